package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.PersonalText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Sent when the objectives cannot be agreed: the disagreement is recorded in writing.
 * {@code on} is the day it happened, today in the school's zone when none is given.
 */
public record RecordObjectivesDisagreement(@TargetAggregateIdentifier AppraisalId appraisalId,
                                           AppraisalParty party, PersonalText statement, LocalDate on) {
}
