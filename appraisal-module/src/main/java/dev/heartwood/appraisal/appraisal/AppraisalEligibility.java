package dev.heartwood.appraisal.appraisal;

import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.cycle.CycleFacts;
import dev.heartwood.appraisal.directory.Directory;
import dev.heartwood.appraisal.directory.StaffFacts;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.StaffId;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.APPRAISAL_ALREADY_STARTED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.GOVERNORS_ARE_NOT_APPRAISED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.ON_INDUCTION;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.STAFF_MEMBER_HAS_LEFT;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.STAFF_MEMBER_NOT_FOUND;

/**
 * Who can have an appraisal (or an exemption) in a cycle: a current member of the school's staff, once; and who is
 * appraised: not an early career teacher serving induction.
 */
public final class AppraisalEligibility {

    private AppraisalEligibility() {
    }

    static StaffFacts appraiseeIn(CycleFacts cycle, StaffId appraiseeId, Directory directory,
                                  AppraisalRegister register) {
        // someone at another school is answered as someone unknown: an answer never says they exist elsewhere
        StaffFacts appraisee = directory.staffMember(appraiseeId)
                .filter(person -> person.schoolId().equals(cycle.schoolId()))
                .orElseThrow(() -> new DomainRuleViolation(STAFF_MEMBER_NOT_FOUND,
                        "No staff member " + appraiseeId + " is registered"));
        if (appraisee.hasLeft()) {
            throw new DomainRuleViolation(STAFF_MEMBER_HAS_LEFT, "This person left on " + appraisee.leftOn());
        }
        if (appraisee.category() == StaffCategory.GOVERNOR) {
            throw new DomainRuleViolation(GOVERNORS_ARE_NOT_APPRAISED, "Governors are not appraised");
        }
        if (register.appraisalOf(appraiseeId, cycle.cycleId()).isPresent()) {
            throw new DomainRuleViolation(APPRAISAL_ALREADY_STARTED,
                    "This person already has an appraisal (or an exemption) in the cycle");
        }
        return appraisee;
    }

    /**
     * Early career teachers serving induction are assessed through induction, not appraised under the 2012
     * Regulations. The directory says who they are by their category: once induction is passed the school changes
     * it to teacher, and from then on they are appraised.
     */
    public static StaffFacts appraisedIn(CycleFacts cycle, StaffId appraiseeId, Directory directory,
                                         AppraisalRegister register) {
        StaffFacts appraisee = appraiseeIn(cycle, appraiseeId, directory, register);
        if (appraisee.category() == StaffCategory.EARLY_CAREER_TEACHER) {
            throw new DomainRuleViolation(ON_INDUCTION,
                    "Early career teachers serving induction are assessed through induction, not appraised");
        }
        return appraisee;
    }
}
