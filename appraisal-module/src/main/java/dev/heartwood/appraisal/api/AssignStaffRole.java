package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Sent when a person takes on a role such as designated safeguarding lead. */
public record AssignStaffRole(@TargetAggregateIdentifier StaffId staffId, StaffRole role, LocalDate from) {
}
