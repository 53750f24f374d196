package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PersonalText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent when an objective no longer applies, for example after a change of role. */
public record WithdrawObjective(@TargetAggregateIdentifier AppraisalId appraisalId, ObjectiveId objectiveId,
                                PersonalText reason) {
}
