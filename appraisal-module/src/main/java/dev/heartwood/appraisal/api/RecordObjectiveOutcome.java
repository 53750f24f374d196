package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PersonalText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Sent by the appraiser at or after the final review, one objective at a time.
 * {@code on} is the day it happened, today in the school's zone when none is given.
 */
public record RecordObjectiveOutcome(@TargetAggregateIdentifier AppraisalId appraisalId, ObjectiveId objectiveId,
                                     ObjectiveOutcome outcome, PersonalText comment, LocalDate on) {
}
