package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.PersonalText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the headteacher or HR to correct a completed appraisal; a reason is required. */
public record ReopenAppraisal(@TargetAggregateIdentifier AppraisalId appraisalId, PersonalText reason) {
}
