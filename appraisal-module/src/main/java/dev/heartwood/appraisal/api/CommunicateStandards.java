package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Sent by the appraiser once the appraisee has been told the standards they are appraised against.
 * {@code on} is the day it happened, today in the school's zone when none is given.
 */
public record CommunicateStandards(@TargetAggregateIdentifier AppraisalId appraisalId, LocalDate on) {
}
