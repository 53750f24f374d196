package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the appraiser once the appraisee has been told the standards they are appraised against. */
public record CommunicateStandards(@TargetAggregateIdentifier AppraisalId appraisalId) {
}
