package dev.heartwood.learning.api;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.DevelopmentNeedId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the member of staff or their appraiser to take back a link to a development need made in error. */
public record UnlinkCpdFromDevelopmentNeed(@TargetAggregateIdentifier CpdActivityId activityId,
                                           DevelopmentNeedId needId) {
}
