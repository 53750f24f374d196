package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Sent when a person's line manager (and so usually their appraiser) is set or changes. */
public record AssignLineManager(@TargetAggregateIdentifier StaffId staffId, StaffId lineManagerId, LocalDate from) {
}
