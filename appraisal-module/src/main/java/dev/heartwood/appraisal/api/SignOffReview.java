package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.PersonalText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Sent by the appraisee or the appraiser to sign off the final review and its report.
 * {@code on} is the day it happened, today in the school's zone when none is given.
 */
public record SignOffReview(@TargetAggregateIdentifier AppraisalId appraisalId, AppraisalParty party,
                            PersonalText comment, LocalDate on) {
}
