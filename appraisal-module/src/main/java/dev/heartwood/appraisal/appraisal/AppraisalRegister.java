package dev.heartwood.appraisal.appraisal;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.StaffId;

/** Which appraisals exist, as the rule "one appraisal per person and year" needs to know before it decides. */
public interface AppraisalRegister {

    boolean hasAppraisal(StaffId appraiseeId, AcademicYear academicYear);
}
