package dev.heartwood.learning.api;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.PersonalText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the member of staff after completed learning, saying what they took from it and will do differently. */
public record ReflectOnCpdActivity(@TargetAggregateIdentifier CpdActivityId activityId, PersonalText reflection) {
}
