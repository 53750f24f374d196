package dev.heartwood.reporting.api;

import java.util.UUID;

/**
 * The appraisals of a year at one school, counted: all of them, those at the stage {@code COMPLETED}, and those late
 * against a deadline (a {@link CompletionRow#daysLate()} over 0).
 */
public record SchoolCompletionRow(UUID schoolId, long appraisals, long completed, long late) {
}
