package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.PersonalText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the appraisee or the appraiser to sign off the final review and its report. */
public record SignOffReview(@TargetAggregateIdentifier AppraisalId appraisalId, AppraisalParty party,
                            PersonalText comment) {
}
