package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.HappenedOn;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** How an objective ended the year. */
@Revision("1")
public record ObjectiveOutcomeRecorded(AppraisalId appraisalId, SchoolId schoolId, ObjectiveId objectiveId,
                                       ObjectiveOutcome outcome, PersonalText comment,
                                       @HappenedOn LocalDate recordedOn) {
}
