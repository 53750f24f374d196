package dev.heartwood.reporting.api;

import dev.heartwood.kernel.AcademicYear;

/**
 * Asks for the objectives of a year at each school of a scope, counted as the whole year's row of
 * {@link ObjectivesAndLearningQuery} counts them; answered with a {@code ReportPage<SchoolObjectivesRow>} of every
 * school with totals that year.
 */
public record ObjectivesBySchoolQuery(ReportScope scope, AcademicYear academicYear) {
}
