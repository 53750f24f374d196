package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.PersonalText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Sent by the appraisee with their reflection on the year before the final review.
 * {@code on} is the day it happened, today in the school's zone when none is given.
 */
public record SubmitSelfReview(@TargetAggregateIdentifier AppraisalId appraisalId, PersonalText reflection,
                               LocalDate on) {
}
