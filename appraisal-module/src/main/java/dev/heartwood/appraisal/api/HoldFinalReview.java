package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Sent by the appraiser after the final review meeting; from then on the objectives cannot change. */
public record HoldFinalReview(@TargetAggregateIdentifier AppraisalId appraisalId, LocalDate heldOn) {
}
