package dev.heartwood.learning.api;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.ObjectiveId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sent by the member of staff or their appraiser to take back a link to an objective made in error or no longer
 * true, for instance after the objective was revised.
 */
public record UnlinkCpdFromObjective(@TargetAggregateIdentifier CpdActivityId activityId, ObjectiveId objectiveId) {
}
