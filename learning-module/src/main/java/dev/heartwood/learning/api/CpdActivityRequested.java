package dev.heartwood.learning.api;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.HappenedOn;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A member of staff's professional learning was asked for, with what it is meant to serve; it awaits a decision. */
@Revision("1")
public record CpdActivityRequested(CpdActivityId activityId, StaffId staffId, SchoolId schoolId,
                                   CpdProposal proposal, CpdLinks links, @HappenedOn LocalDate requestedOn) {
}
