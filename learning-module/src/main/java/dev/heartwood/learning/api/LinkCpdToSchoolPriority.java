package dev.heartwood.learning.api;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.PriorityId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sent by the member of staff or the CPD lead when a piece of learning turns out to serve one of the improvement
 * priorities of the person's school.
 */
public record LinkCpdToSchoolPriority(@TargetAggregateIdentifier CpdActivityId activityId, PriorityId priorityId) {
}
