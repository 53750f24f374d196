package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PersonalText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Sent when an objective no longer applies, for example after a change of role.
 * {@code on} is the day it happened, today in the school's zone when none is given.
 */
public record WithdrawObjective(@TargetAggregateIdentifier AppraisalId appraisalId, ObjectiveId objectiveId,
                                PersonalText reason, LocalDate on) {
}
