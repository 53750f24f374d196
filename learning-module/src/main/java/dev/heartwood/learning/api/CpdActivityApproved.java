package dev.heartwood.learning.api;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.HappenedOn;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** Requested professional learning was approved, with the cost and cover it asked for. */
@Revision("1")
public record CpdActivityApproved(CpdActivityId activityId, StaffId staffId, SchoolId schoolId,
                                  @HappenedOn LocalDate approvedOn) {
}
