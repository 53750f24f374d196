package dev.heartwood.learning.api;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.HappenedOn;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** Requested professional learning was declined, for the reason given; nothing about it changes afterwards. */
@Revision("1")
public record CpdActivityDeclined(CpdActivityId activityId, StaffId staffId, SchoolId schoolId,
                                  PersonalText reason, @HappenedOn LocalDate declinedOn) {
}
