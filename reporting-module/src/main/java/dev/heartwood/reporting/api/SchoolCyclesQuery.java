package dev.heartwood.reporting.api;

import dev.heartwood.kernel.SchoolId;

/**
 * Asks for a page of a school's appraisal cycles, the latest year first; answered with a {@code ReportPage} of
 * {@link CycleView}.
 */
public record SchoolCyclesQuery(SchoolId schoolId, int page, int size) {
}
