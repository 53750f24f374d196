package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Sent once both parties have signed off; the appraisal then changes only through a reopening.
 * {@code on} is the day it happened, today in the school's zone when none is given.
 */
public record CompleteAppraisal(@TargetAggregateIdentifier AppraisalId appraisalId, LocalDate on) {
}
