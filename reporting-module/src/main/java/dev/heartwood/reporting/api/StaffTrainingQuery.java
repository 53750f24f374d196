package dev.heartwood.reporting.api;

import dev.heartwood.kernel.StaffId;

import java.time.LocalDate;

/**
 * Asks how a person stands against each requirement that applies to them on a day; answered with an optional
 * {@link StaffTrainingView}.
 */
public record StaffTrainingQuery(StaffId staffId, LocalDate on) {
}
