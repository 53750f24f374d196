package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.PersonalText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the appraisee with their reflection on the year before the final review. */
public record SubmitSelfReview(@TargetAggregateIdentifier AppraisalId appraisalId, PersonalText reflection) {
}
