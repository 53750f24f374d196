package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.PriorityId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Sent when an objective changes during the year; it then needs agreeing again.
 * {@code on} is the day it happened, today in the school's zone when none is given.
 */
public record ReviseObjective(@TargetAggregateIdentifier AppraisalId appraisalId, ObjectiveId objectiveId,
                              PersonalText title, PersonalText successCriteria, List<String> standards,
                              List<PriorityId> priorities, PersonalText reason, LocalDate on) {
}
