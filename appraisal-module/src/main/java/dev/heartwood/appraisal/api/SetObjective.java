package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.PriorityId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Sent by the appraiser when setting one of the year's objectives. Sending the same objective again is a
 * harmless retry; changing it is a revision.
 */
public record SetObjective(@TargetAggregateIdentifier AppraisalId appraisalId, ObjectiveId objectiveId,
                           PersonalText title, PersonalText successCriteria, List<String> standards,
                           List<PriorityId> priorities) {
}
