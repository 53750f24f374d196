package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A person's appraisal for an academic year began on {@code startedOn}, with their appraiser assigned. */
@Revision("1")
public record AppraisalStarted(AppraisalId appraisalId, SchoolId schoolId, StaffId appraiseeId, StaffId appraiserId,
                               AcademicYear academicYear, LocalDate startedOn) {
}
