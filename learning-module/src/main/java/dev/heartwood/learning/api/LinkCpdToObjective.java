package dev.heartwood.learning.api;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.ObjectiveId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sent by the member of staff or their appraiser when a piece of learning turns out to serve one of the person's
 * appraisal objectives, for instance an objective set in the autumn after the learning was requested.
 */
public record LinkCpdToObjective(@TargetAggregateIdentifier CpdActivityId activityId, ObjectiveId objectiveId) {
}
