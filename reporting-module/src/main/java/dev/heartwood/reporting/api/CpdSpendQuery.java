package dev.heartwood.reporting.api;

import dev.heartwood.kernel.AcademicYear;

/**
 * Asks for a page of the CPD hours and spend of a school or trust in an academic year, grouped one way and sorted
 * one way; answered with a {@code ReportPage} of {@link CpdSpendRow}.
 */
public record CpdSpendQuery(ReportScope scope, AcademicYear academicYear, CpdGrouping by, CpdSpendSort sort, int page,
                            int size) {
}
