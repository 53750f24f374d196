package dev.heartwood.reporting.api;

import dev.heartwood.kernel.AcademicYear;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Asks how far the appraisals of a year have come at each school of a trust, counted as the completion tracker of
 * the trust ({@link CompletionTrackerQuery}) would list them; answered with an optional
 * {@code ReportPage<SchoolCompletionRow>} of every school with an appraisal that year, empty when the trust is
 * unknown.
 *
 * @param today the day against which steps not yet done are late
 */
public record TrustCompletionQuery(UUID trustId, AcademicYear academicYear, LocalDate today) {
}
