package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Sent when a person's post changes, for example an early career teacher completing induction. */
public record ChangeStaffCategory(@TargetAggregateIdentifier StaffId staffId, StaffCategory category, LocalDate from) {
}
