package dev.heartwood.learning.api;

import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.PersonalText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Sent by the line manager or CPD lead who turns requested learning down, saying why.
 * {@code on} is the day it happened, today in the school's zone when none is given.
 */
public record DeclineCpdActivity(@TargetAggregateIdentifier CpdActivityId activityId, PersonalText reason,
                                 LocalDate on) {
}
