package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.HappenedOn;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A person's appraisal began with their appraiser assigned. It carries what the cycle decided for this person
 * (framework, pay policy, objective limit) and whether an external adviser must be consulted (a maintained
 * school's headteacher), so that the appraisal's rules never depend on a later change elsewhere.
 */
@Revision("1")
public record AppraisalStarted(AppraisalId appraisalId, CycleId cycleId, SchoolId schoolId,
                               AcademicYear academicYear, StaffId appraiseeId, StaffId appraiserId,
                               StaffCategory category, StandardsFramework framework, PayPolicy payPolicy,
                               int maxObjectives, boolean externalAdviserRequired, @HappenedOn LocalDate startedOn) {
}
