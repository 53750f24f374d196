package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.PersonalText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent when the objectives cannot be agreed: the disagreement is recorded in writing. */
public record RecordObjectivesDisagreement(@TargetAggregateIdentifier AppraisalId appraisalId,
                                           AppraisalParty party, PersonalText statement) {
}
