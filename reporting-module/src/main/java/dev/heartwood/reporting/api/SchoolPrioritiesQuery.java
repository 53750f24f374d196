package dev.heartwood.reporting.api;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.SchoolId;

/**
 * Asks for a school's improvement priorities for an academic year, which objectives and learning can serve; sent by
 * the forms that link to them. Answered with a list of {@link SchoolPriorityRow}, by title.
 */
public record SchoolPrioritiesQuery(SchoolId schoolId, AcademicYear academicYear) {
}
