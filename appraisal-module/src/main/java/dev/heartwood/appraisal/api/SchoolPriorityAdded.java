package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.kernel.SchoolId;
import org.axonframework.serialization.Revision;

/** One of the school's improvement priorities for an academic year. */
@Revision("1")
public record SchoolPriorityAdded(SchoolId schoolId, PriorityId priorityId, AcademicYear academicYear, String title) {
}
