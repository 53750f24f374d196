package dev.heartwood.learning.api;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.DevelopmentNeedId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A piece of professional learning no longer counts towards a development need of the person's. */
@Revision("1")
public record CpdUnlinkedFromDevelopmentNeed(CpdActivityId activityId, StaffId staffId, SchoolId schoolId,
                                             DevelopmentNeedId needId, LocalDate unlinkedOn) {
}
