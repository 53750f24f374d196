package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.PersonalText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Sent by the appraiser with the written report; a pay recommendation only where the cycle's policy asks.
 * {@code on} is the day it happened, today in the school's zone when none is given.
 */
public record IssueAppraisalReport(@TargetAggregateIdentifier AppraisalId appraisalId, PersonalText summary,
                                   PayRecommendation payRecommendation, LocalDate on) {
}
