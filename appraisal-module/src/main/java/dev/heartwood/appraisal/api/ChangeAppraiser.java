package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Sent when the appraiser changes during the year, for example when a line manager leaves.
 * {@code on} is the day it happened, today in the school's zone when none is given.
 */
public record ChangeAppraiser(@TargetAggregateIdentifier AppraisalId appraisalId, StaffId appraiserId, LocalDate on) {
}
