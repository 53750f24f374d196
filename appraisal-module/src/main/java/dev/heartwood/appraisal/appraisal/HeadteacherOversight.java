package dev.heartwood.appraisal.appraisal;

import dev.heartwood.appraisal.api.ConsultationStage;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.directory.Directory;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.EXTERNAL_ADVISER_NOT_APPOINTED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.EXTERNAL_ADVISER_NOT_CONSULTED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.GOVERNORS_PANEL_REQUIRED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.PANEL_CHAIR_NOT_MEMBER;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.PANEL_MEMBER_NOT_GOVERNOR;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.PANEL_SIZE;

/**
 * The governors' oversight of a headteacher's appraisal: a panel of two or three governors with a chair, and,
 * where required (maintained schools), an external adviser consulted before the objectives are agreed and
 * before the final review is signed off.
 */
class HeadteacherOversight {

    private final boolean adviserRequired;
    private boolean panelAppointed;
    private boolean adviserAppointed;
    private final Set<ConsultationStage> consulted = EnumSet.noneOf(ConsultationStage.class);

    HeadteacherOversight(boolean adviserRequired) {
        this.adviserRequired = adviserRequired;
    }

    static void checkPanel(List<StaffId> governorIds, StaffId chairId, SchoolId schoolId, Directory directory) {
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

    void requirePanel() {
        if (!panelAppointed) {
            throw new DomainRuleViolation(GOVERNORS_PANEL_REQUIRED,
                    "Governors appoint their panel before the headteacher's objectives are set");
        }
    }

    void requireAdviserAppointed() {
        if (!adviserAppointed) {
            throw new DomainRuleViolation(EXTERNAL_ADVISER_NOT_APPOINTED, "No external adviser has been appointed");
        }
    }

    void requireConsulted(ConsultationStage stage) {
        if (adviserRequired && !consulted.contains(stage)) {
            throw new DomainRuleViolation(EXTERNAL_ADVISER_NOT_CONSULTED,
                    "The external adviser must be consulted at " + stage.name().toLowerCase().replace('_', ' '));
        }
    }

    void panelAppointed() {
        panelAppointed = true;
    }

    void adviserAppointed() {
        adviserAppointed = true;
    }

    void consulted(ConsultationStage stage) {
        consulted.add(stage);
    }
}
