package dev.heartwood.reporting.api;

import dev.heartwood.kernel.AcademicYear;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Asks for the governors' report on a school's headteacher appraisal in a year; answered with an optional
 * {@link HeadteacherAppraisalReport}, empty when the school has no cycle that year.
 *
 * @param today the day against which an appraisal not yet completed is judged on time
 */
public record HeadteacherAppraisalQuery(UUID schoolId, AcademicYear academicYear, LocalDate today) {
}
