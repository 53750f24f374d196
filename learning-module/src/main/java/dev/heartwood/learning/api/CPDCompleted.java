package dev.heartwood.learning.api;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.HappenedOn;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Approved professional learning was completed on {@code completedOn}, taking {@code hours} and costing
 * {@code cost} pounds in the end.
 *
 * @param certificateReference where the certificate is kept, or {@code null} when there is none
 */
@Revision("1")
public record CPDCompleted(CpdActivityId activityId, StaffId staffId, SchoolId schoolId,
                           @HappenedOn LocalDate completedOn, BigDecimal hours, BigDecimal cost,
                           String certificateReference) {
}
