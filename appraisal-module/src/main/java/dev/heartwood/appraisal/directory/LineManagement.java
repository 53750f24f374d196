package dev.heartwood.appraisal.directory;

import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.LINE_MANAGEMENT_CYCLE;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.LINE_MANAGER_HAS_LEFT;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.LINE_MANAGER_IS_SELF;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.LINE_MANAGER_NOT_FOUND;

/** Who may line-manage whom: a current colleague at the same school, and never in a loop. */
record LineManagement(StaffId staffId, SchoolId schoolId, StaffId lineManagerId) {

    /** Far deeper than any school's structure; it only bounds the walk up the chain. */
    private static final int MAXIMUM_CHAIN = 200;

    void check(Directory directory) {
        if (staffId.equals(lineManagerId)) {
            throw new DomainRuleViolation(LINE_MANAGER_IS_SELF, "Nobody line-manages themselves");
        }
        // someone at another school is answered as someone unknown: an answer never says they exist elsewhere
        StaffFacts manager = directory.staffMember(lineManagerId)
                .filter(colleague -> colleague.schoolId().equals(schoolId))
                .orElseThrow(() -> new DomainRuleViolation(LINE_MANAGER_NOT_FOUND,
                        "No staff member " + lineManagerId + " is registered"));
        if (manager.hasLeft()) {
            throw new DomainRuleViolation(LINE_MANAGER_HAS_LEFT, "The line manager left on " + manager.leftOn());
        }
        StaffId above = manager.lineManagerId();
        for (int step = 0; above != null && step < MAXIMUM_CHAIN; step++) {
            if (above.equals(staffId)) {
                throw new DomainRuleViolation(LINE_MANAGEMENT_CYCLE,
                        "This person already manages their proposed line manager, directly or through others");
            }
            above = directory.staffMember(above).map(StaffFacts::lineManagerId).orElse(null);
        }
    }
}
