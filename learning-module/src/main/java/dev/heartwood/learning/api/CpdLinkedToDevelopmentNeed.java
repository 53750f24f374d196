package dev.heartwood.learning.api;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.DevelopmentNeedId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A piece of professional learning was linked to a development need identified in the person's appraisal. */
@Revision("1")
public record CpdLinkedToDevelopmentNeed(CpdActivityId activityId, StaffId staffId, SchoolId schoolId,
                                         DevelopmentNeedId needId, LocalDate linkedOn) {
}
