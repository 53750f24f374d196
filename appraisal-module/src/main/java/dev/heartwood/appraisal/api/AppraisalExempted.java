package dev.heartwood.appraisal.api;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.HappenedOn;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A person is not appraised this cycle, for the reason given. */
@Revision("1")
public record AppraisalExempted(AppraisalId appraisalId, CycleId cycleId, SchoolId schoolId,
                                AcademicYear academicYear, StaffId appraiseeId, ExemptionReason reason,
                                PersonalText note, @HappenedOn LocalDate exemptedOn) {
}
