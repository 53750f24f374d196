package dev.heartwood.appraisal.appraisal;

import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.directory.Directory;
import dev.heartwood.appraisal.directory.StaffFacts;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.StaffId;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.APPRAISER_HAS_LEFT;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.APPRAISER_IS_APPRAISEE;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.APPRAISER_NOT_FOUND;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.HEADTEACHER_APPRAISER_MUST_BE_GOVERNOR;

/**
 * Who may appraise whom: a different person, currently on the same school's staff (anyone else is not found); for
 * the headteacher, a
 * governor (the chair of the governors' panel).
 */
record AppraiserChoice(StaffFacts appraisee, StaffId appraiserId) {

    void check(Directory directory) {
        if (appraisee.staffId().equals(appraiserId)) {
            throw new DomainRuleViolation(APPRAISER_IS_APPRAISEE, "An appraiser cannot appraise themselves");
        }
        // someone at another school is answered as someone unknown: an answer never says they exist elsewhere
        StaffFacts appraiser = directory.staffMember(appraiserId)
                .filter(colleague -> colleague.schoolId().equals(appraisee.schoolId()))
                .orElseThrow(() -> new DomainRuleViolation(APPRAISER_NOT_FOUND,
                        "No staff member " + appraiserId + " is registered to appraise"));
        if (appraiser.hasLeft()) {
            throw new DomainRuleViolation(APPRAISER_HAS_LEFT, "The appraiser left on " + appraiser.leftOn());
        }
        if (appraisee.category() == StaffCategory.HEADTEACHER && appraiser.category() != StaffCategory.GOVERNOR) {
            throw new DomainRuleViolation(HEADTEACHER_APPRAISER_MUST_BE_GOVERNOR,
                    "The headteacher is appraised by governors");
        }
    }
}
