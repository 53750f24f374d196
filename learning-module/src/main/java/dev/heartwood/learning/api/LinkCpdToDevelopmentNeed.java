package dev.heartwood.learning.api;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.DevelopmentNeedId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sent by the member of staff or their appraiser when a piece of learning turns out to meet a development need
 * identified in the person's appraisal, often after the final review in the summer term.
 */
public record LinkCpdToDevelopmentNeed(@TargetAggregateIdentifier CpdActivityId activityId, DevelopmentNeedId needId) {
}
