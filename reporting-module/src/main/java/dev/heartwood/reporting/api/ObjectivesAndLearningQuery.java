package dev.heartwood.reporting.api;

import dev.heartwood.kernel.AcademicYear;

/**
 * Asks how the objectives of a school or trust and their professional learning compare, from one academic year to
 * another, both included, each year's whole row with a row for each of its priorities or standards, in the order
 * asked for; answered with a {@code ReportPage} of {@link ObjectivesAndLearningRow}.
 */
public record ObjectivesAndLearningQuery(ReportScope scope, AcademicYear from, AcademicYear to,
                                         ObjectivesAndLearningGrouping by, ObjectivesAndLearningSort sort, int page,
                                         int size) {
}
