package dev.heartwood.learning.cpd;

import dev.heartwood.kernel.DevelopmentNeedId;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.learning.api.CpdLinks;
import dev.heartwood.learning.cpd.SchoolRecords.ObjectiveOnRecord;
import dev.heartwood.learning.cpd.SchoolRecords.StaffOnRecord;

import static dev.heartwood.learning.api.CpdErrorCode.DEVELOPMENT_NEED_NOT_FOUND;
import static dev.heartwood.learning.api.CpdErrorCode.LINK_NEEDS_OWN_DEVELOPMENT_NEED;
import static dev.heartwood.learning.api.CpdErrorCode.LINK_NEEDS_OWN_OBJECTIVE;
import static dev.heartwood.learning.api.CpdErrorCode.OBJECTIVE_NOT_FOUND;
import static dev.heartwood.learning.api.CpdErrorCode.OBJECTIVE_WITHDRAWN;
import static dev.heartwood.learning.api.CpdErrorCode.PRIORITY_NOT_FOUND;

/**
 * A person's learning counts towards their own appraisal and their own school's plan only, so that the link
 * between learning and objectives that reports show is one a person actually made.
 */
final class LinkRules {

    private LinkRules() {
    }

    static void linksNeedThePersonsOwnRecords(CpdLinks links, StaffId staffId, SchoolId schoolId,
                                              SchoolRecords records) {
        links.objectives().forEach(objectiveId -> linkNeedsTheAppraiseesOwnObjective(objectiveId, staffId, records));
        links.developmentNeeds().forEach(needId -> linkNeedsThePersonsOwnDevelopmentNeed(needId, staffId, records));
        links.priorities().forEach(priorityId -> linkNeedsThePersonsOwnSchoolsPriority(priorityId, schoolId, records));
    }

    static void linkNeedsTheAppraiseesOwnObjective(ObjectiveId objectiveId, StaffId staffId, SchoolRecords records) {
        ObjectiveOnRecord objective = records.objective(objectiveId)
                .filter(found -> sameSchool(found.appraiseeId(), staffId, records))
                .orElseThrow(() -> new DomainRuleViolation(OBJECTIVE_NOT_FOUND,
                        "No objective " + objectiveId + " has been set"));
        if (!objective.appraiseeId().equals(staffId)) {
            throw new DomainRuleViolation(LINK_NEEDS_OWN_OBJECTIVE,
                    "Objective " + objectiveId + " belongs to someone else's appraisal");
        }
        if (objective.withdrawn()) {
            throw new DomainRuleViolation(OBJECTIVE_WITHDRAWN, "Objective " + objectiveId + " was withdrawn");
        }
    }

    static void linkNeedsThePersonsOwnDevelopmentNeed(DevelopmentNeedId needId, StaffId staffId,
                                                      SchoolRecords records) {
        StaffId owner = records.ownerOf(needId)
                .filter(found -> sameSchool(found, staffId, records))
                .orElseThrow(() -> new DomainRuleViolation(DEVELOPMENT_NEED_NOT_FOUND,
                        "No development need " + needId + " is recorded"));
        if (!owner.equals(staffId)) {
            throw new DomainRuleViolation(LINK_NEEDS_OWN_DEVELOPMENT_NEED,
                    "Development need " + needId + " was identified in someone else's appraisal");
        }
    }

    static void linkNeedsThePersonsOwnSchoolsPriority(PriorityId priorityId, SchoolId schoolId,
                                                      SchoolRecords records) {
        records.schoolOf(priorityId).filter(schoolId::equals).orElseThrow(() ->
                new DomainRuleViolation(PRIORITY_NOT_FOUND, "No school has a priority " + priorityId));
    }

    /**
     * Whether two people are on one school's staff. Records of another school's people are answered as unknown ones,
     * so that an answer never says they exist elsewhere; within a school, someone else's record is refused by name.
     */
    private static boolean sameSchool(StaffId someone, StaffId staffId, SchoolRecords records) {
        return records.staffMember(someone).map(StaffOnRecord::schoolId)
                .equals(records.staffMember(staffId).map(StaffOnRecord::schoolId));
    }
}
