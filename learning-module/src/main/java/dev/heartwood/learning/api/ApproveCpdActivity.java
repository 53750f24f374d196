package dev.heartwood.learning.api;

import dev.heartwood.kernel.CpdActivityId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the line manager or CPD lead who agrees to requested learning, its cost and its cover. */
public record ApproveCpdActivity(@TargetAggregateIdentifier CpdActivityId activityId) {
}
