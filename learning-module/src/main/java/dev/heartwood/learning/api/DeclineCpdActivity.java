package dev.heartwood.learning.api;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.PersonalText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the line manager or CPD lead who turns requested learning down, saying why. */
public record DeclineCpdActivity(@TargetAggregateIdentifier CpdActivityId activityId, PersonalText reason) {
}
