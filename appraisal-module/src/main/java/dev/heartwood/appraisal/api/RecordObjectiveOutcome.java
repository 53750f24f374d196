package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PersonalText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the appraiser at or after the final review, one objective at a time. */
public record RecordObjectiveOutcome(@TargetAggregateIdentifier AppraisalId appraisalId, ObjectiveId objectiveId,
                                     ObjectiveOutcome outcome, PersonalText comment) {
}
