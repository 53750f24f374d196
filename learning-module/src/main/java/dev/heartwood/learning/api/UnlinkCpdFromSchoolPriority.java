package dev.heartwood.learning.api;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.PriorityId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the member of staff or the CPD lead to take back a link to a school priority made in error. */
public record UnlinkCpdFromSchoolPriority(@TargetAggregateIdentifier CpdActivityId activityId, PriorityId priorityId) {
}
