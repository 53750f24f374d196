package dev.heartwood.learning.api;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A piece of professional learning was linked to one of the improvement priorities of the person's school. */
@Revision("1")
public record CpdLinkedToSchoolPriority(CpdActivityId activityId, StaffId staffId, SchoolId schoolId,
                                        PriorityId priorityId, LocalDate linkedOn) {
}
