package dev.heartwood.appraisal.appraisal;

import dev.heartwood.appraisal.api.AppointExternalAdviser;
import dev.heartwood.appraisal.api.AppointGovernorsPanel;
import dev.heartwood.appraisal.api.AppraisalStarted;
import dev.heartwood.appraisal.api.ConsultationStage;
import dev.heartwood.appraisal.api.ExternalAdviserAppointed;
import dev.heartwood.appraisal.api.ExternalAdviserConsulted;
import dev.heartwood.appraisal.api.GovernorsPanelAppointed;
import dev.heartwood.appraisal.api.RecordExternalAdviserConsulted;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.directory.Directory;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.SchoolTime;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.EXTERNAL_ADVISER_NOT_APPOINTED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.EXTERNAL_ADVISER_NOT_CONSULTED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.GOVERNORS_PANEL_REQUIRED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.HEADTEACHER_APPRAISAL_ONLY;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The governors' oversight of a headteacher's appraisal: a panel of two or three governors with a chair, appointed
 * before the objectives are set, and, where required (maintained schools), an external adviser consulted before the
 * objectives are agreed and before the final review is signed off. Anyone else's appraisal has none of it.
 */
class HeadteacherOversight {

    private final AppraisalStage stage;
    private SchoolId schoolId;
    private boolean headteachersAppraisal;
    private boolean adviserRequired;
    private boolean panelAppointed;
    private boolean adviserAppointed;
    private final Set<ConsultationStage> consulted = EnumSet.noneOf(ConsultationStage.class);

    HeadteacherOversight(AppraisalStage stage) {
        this.stage = stage;
    }

    @CommandHandler
    void handle(AppointGovernorsPanel command, Directory directory, Clock clock) {
        stage.changesNeedTheAppraisalUnderWay();
        onlyInAHeadteachersAppraisal();
        new GovernorsPanel(command.governorIds(), command.chairId()).check(schoolId, directory);
        apply(new GovernorsPanelAppointed(command.appraisalId(), schoolId, command.governorIds(), command.chairId(),
                SchoolTime.today(clock)));
    }

    @CommandHandler
    void handle(AppointExternalAdviser command, Clock clock) {
        stage.changesNeedTheAppraisalUnderWay();
        onlyInAHeadteachersAppraisal();
        apply(new ExternalAdviserAppointed(command.appraisalId(), schoolId, command.name(), command.organisation(),
                SchoolTime.today(clock)));
    }

    @CommandHandler
    void handle(RecordExternalAdviserConsulted command, Clock clock) {
        stage.changesNeedTheAppraisalUnderWay();
        onlyInAHeadteachersAppraisal();
        consultingNeedsAnAppointedAdviser();
        apply(new ExternalAdviserConsulted(command.appraisalId(), schoolId, command.stage(), command.advice(),
                SchoolTime.today(clock)));
    }

    private void onlyInAHeadteachersAppraisal() {
        if (!headteachersAppraisal) {
            throw new DomainRuleViolation(HEADTEACHER_APPRAISAL_ONLY,
                    "Governors' panels and external advisers belong to the headteacher's appraisal");
        }
    }

    private void consultingNeedsAnAppointedAdviser() {
        if (!adviserAppointed) {
            throw new DomainRuleViolation(EXTERNAL_ADVISER_NOT_APPOINTED, "No external adviser has been appointed");
        }
    }

    void headteachersObjectivesWaitForThePanel() {
        if (headteachersAppraisal && !panelAppointed) {
            throw new DomainRuleViolation(GOVERNORS_PANEL_REQUIRED,
                    "Governors appoint their panel before the headteacher's objectives are set");
        }
    }

    void adviserConsultedAt(ConsultationStage consultation) {
        if (adviserRequired && !consulted.contains(consultation)) {
            throw new DomainRuleViolation(EXTERNAL_ADVISER_NOT_CONSULTED, "The external adviser must be consulted at "
                    + consultation.name().toLowerCase().replace('_', ' '));
        }
    }

    @EventSourcingHandler
    void on(AppraisalStarted event) {
        schoolId = event.schoolId();
        headteachersAppraisal = event.category() == StaffCategory.HEADTEACHER;
        // an adviser is consulted in a headteacher's appraisal only (the start asks for one only there)
        adviserRequired = headteachersAppraisal && event.externalAdviserRequired();
    }

    @EventSourcingHandler
    void on(GovernorsPanelAppointed event) {
        panelAppointed = true;
    }

    @EventSourcingHandler
    void on(ExternalAdviserAppointed event) {
        adviserAppointed = true;
    }

    @EventSourcingHandler
    void on(ExternalAdviserConsulted event) {
        consulted.add(event.stage());
    }
}
