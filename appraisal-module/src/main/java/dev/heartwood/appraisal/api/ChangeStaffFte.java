package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.StaffId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Sent when a person's working hours change. */
public record ChangeStaffFte(@TargetAggregateIdentifier StaffId staffId, BigDecimal fte, LocalDate from) {
}
