package dev.heartwood.appraisal.appraisal;

import dev.heartwood.appraisal.directory.Directory;
import dev.heartwood.appraisal.directory.StaffFacts;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.APPRAISER_AT_ANOTHER_SCHOOL;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.APPRAISER_IS_APPRAISEE;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.APPRAISER_NOT_FOUND;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.STAFF_MEMBER_NOT_FOUND;

/** Who appraises whom: two different people on the staff of the same school. */
record AppraiserAssignment(StaffId appraiseeId, StaffId appraiserId) {

    AppraiserAssignment {
        if (appraiseeId.equals(appraiserId)) {
            throw new DomainRuleViolation(APPRAISER_IS_APPRAISEE, "An appraiser cannot appraise themselves");
        }
    }

    /** The school both belong to; refuses people who are not in the directory or are at different schools. */
    SchoolId school(Directory directory) {
        SchoolId appraiseeSchool = directory.staffMember(appraiseeId).map(StaffFacts::schoolId).orElseThrow(() -> new DomainRuleViolation(
                STAFF_MEMBER_NOT_FOUND, "No staff member " + appraiseeId + " is registered"));
        SchoolId appraiserSchool = directory.staffMember(appraiserId).map(StaffFacts::schoolId).orElseThrow(() -> new DomainRuleViolation(
                APPRAISER_NOT_FOUND, "No staff member " + appraiserId + " is registered to appraise"));
        if (!appraiseeSchool.equals(appraiserSchool)) {
            throw new DomainRuleViolation(APPRAISER_AT_ANOTHER_SCHOOL,
                    "The appraiser must be on the staff of the appraisee's school");
        }
        return appraiseeSchool;
    }
}
