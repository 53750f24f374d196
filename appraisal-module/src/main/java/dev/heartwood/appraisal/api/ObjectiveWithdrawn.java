package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.HappenedOn;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** An objective was withdrawn, for the reason given. */
@Revision("1")
public record ObjectiveWithdrawn(AppraisalId appraisalId, SchoolId schoolId, ObjectiveId objectiveId,
                                 PersonalText reason, @HappenedOn LocalDate withdrawnOn) {
}
