package dev.heartwood.appraisal.appraisal;

import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.directory.Directory;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.PANEL_CHAIR_NOT_MEMBER;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.PANEL_MEMBER_NOT_GOVERNOR;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.PANEL_SIZE;

/** Who may appraise a headteacher: two or three different current governors of the school, one of them the chair. */
record GovernorsPanel(List<StaffId> governorIds, StaffId chairId) {

    void check(SchoolId schoolId, Directory directory) {
        Set<StaffId> distinct = new HashSet<>(governorIds);
        if (distinct.size() != governorIds.size() || distinct.size() < 2 || distinct.size() > 3) {
            throw new DomainRuleViolation(PANEL_SIZE, "A panel has two or three different governors");
        }
        if (!distinct.contains(chairId)) {
            throw new DomainRuleViolation(PANEL_CHAIR_NOT_MEMBER, "The chair must be one of the panel");
        }
        for (StaffId governorId : governorIds) {
            boolean currentGovernor = directory.staffMember(governorId)
                    .filter(facts -> facts.schoolId().equals(schoolId))
                    .filter(facts -> facts.category() == StaffCategory.GOVERNOR)
                    .filter(facts -> !facts.hasLeft())
                    .isPresent();
            if (!currentGovernor) {
                throw new DomainRuleViolation(PANEL_MEMBER_NOT_GOVERNOR,
                        governorId + " is not a current governor of the school");
            }
        }
    }
}
