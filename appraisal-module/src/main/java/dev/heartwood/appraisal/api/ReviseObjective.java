package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.PriorityId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Sent when an objective changes during the year; it then needs agreeing again. */
public record ReviseObjective(@TargetAggregateIdentifier AppraisalId appraisalId, ObjectiveId objectiveId,
                              PersonalText title, PersonalText successCriteria, List<String> standards,
                              List<PriorityId> priorities, PersonalText reason) {
}
