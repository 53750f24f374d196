package dev.heartwood.learning.api;

import dev.heartwood.kernel.CpdActivityId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Sent by the line manager or CPD lead who agrees to requested learning, its cost and its cover.
 * {@code on} is the day it happened, today in the school's zone when none is given.
 */
public record ApproveCpdActivity(@TargetAggregateIdentifier CpdActivityId activityId, LocalDate on) {
}
