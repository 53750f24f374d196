package dev.heartwood.learning.api;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A piece of professional learning was linked to one of the person's appraisal objectives. */
@Revision("1")
public record CpdLinkedToObjective(CpdActivityId activityId, StaffId staffId, SchoolId schoolId,
                                   ObjectiveId objectiveId, LocalDate linkedOn) {
}
