package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent once both parties have signed off; the appraisal then changes only through a reopening. */
public record CompleteAppraisal(@TargetAggregateIdentifier AppraisalId appraisalId) {
}
