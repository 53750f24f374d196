package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.PersonalText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Sent by the headteacher or HR to correct a completed appraisal; a reason is required.
 * {@code on} is the day it happened, today in the school's zone when none is given.
 */
public record ReopenAppraisal(@TargetAggregateIdentifier AppraisalId appraisalId, PersonalText reason, LocalDate on) {
}
