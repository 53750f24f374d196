package dev.heartwood.reporting.api;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.StaffId;

/**
 * Asks what a person's professional learning can be linked to in an academic year: the objectives in force and the
 * development needs of their appraisal for that year, and their school's improvement priorities for it; answered
 * with a {@link LearningLinkOptionsView}, empty lists where there are none.
 */
public record LearningLinkOptionsQuery(StaffId staffId, AcademicYear academicYear) {
}
