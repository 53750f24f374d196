package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.PersonalText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the appraiser with the written report; a pay recommendation only where the cycle's policy asks. */
public record IssueAppraisalReport(@TargetAggregateIdentifier AppraisalId appraisalId, PersonalText summary,
                                   PayRecommendation payRecommendation) {
}
