package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the appraisee or the appraiser to agree the objectives as they now stand. */
public record AgreeObjectives(@TargetAggregateIdentifier AppraisalId appraisalId, AppraisalParty party) {
}
