package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.PersonalText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Sent by the appraiser after the mid-year review meeting. */
public record HoldMidYearReview(@TargetAggregateIdentifier AppraisalId appraisalId, LocalDate heldOn,
                                PersonalText summary) {
}
