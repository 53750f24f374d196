package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Sent when the appraisee leaves the school before the appraisal is complete. */
public record TerminateAppraisal(@TargetAggregateIdentifier AppraisalId appraisalId, LocalDate leftOn) {
}
