package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Sent by the appraisee or the appraiser to agree the objectives as they now stand.
 * {@code on} is the day it happened, today in the school's zone when none is given.
 */
public record AgreeObjectives(@TargetAggregateIdentifier AppraisalId appraisalId, AppraisalParty party, LocalDate on) {
}
