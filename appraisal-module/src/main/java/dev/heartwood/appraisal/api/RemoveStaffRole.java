package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Sent when a person gives up a role. */
public record RemoveStaffRole(@TargetAggregateIdentifier StaffId staffId, StaffRole role, LocalDate from) {
}
