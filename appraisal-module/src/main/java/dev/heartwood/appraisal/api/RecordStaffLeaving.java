package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Sent when a person leaves the school; their open appraisal ends early. */
public record RecordStaffLeaving(@TargetAggregateIdentifier StaffId staffId, LocalDate leaveDate) {
}
