package dev.heartwood.learning.api;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.HappenedOn;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A member of staff reflected on completed professional learning; a later reflection adds to the earlier ones. */
@Revision("1")
public record CpdReflectionRecorded(CpdActivityId activityId, StaffId staffId, SchoolId schoolId,
                                    PersonalText reflection, @HappenedOn LocalDate reflectedOn) {
}
