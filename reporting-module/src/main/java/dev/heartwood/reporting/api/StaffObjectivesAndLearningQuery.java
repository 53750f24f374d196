package dev.heartwood.reporting.api;

import dev.heartwood.kernel.StaffId;

/**
 * Asks how a person's own objectives and the learning linked to them compare across their years: a whole year's
 * {@link ObjectivesAndLearningRow} (no priority, no standard) for each academic year in which they were appraised,
 * the earliest first; answered with a {@code ReportPage} of them.
 */
public record StaffObjectivesAndLearningQuery(StaffId staffId, int page, int size) {
}
