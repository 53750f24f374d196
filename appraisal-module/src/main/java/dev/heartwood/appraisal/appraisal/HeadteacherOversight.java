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
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

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
    private LocalDate panelAppointedOn;
    /** The present adviser's appointment, whom a consultation is with. */
    private LocalDate adviserAppointedOn;
    /** The day of the first consultation at each stage, which is the one the stage's step waits for. */
    private final Map<ConsultationStage, LocalDate> consultedOn = new EnumMap<>(ConsultationStage.class);

    HeadteacherOversight(AppraisalStage stage) {
        this.stage = stage;
    }

    @CommandHandler
    void handle(AppointGovernorsPanel command, Directory directory, AppraisalRegister register, Clock clock) {
        stage.changesNeedTheAppraisalUnderWay();
        onlyInAHeadteachersAppraisal();
        new GovernorsPanel(command.governorIds(), command.chairId()).check(schoolId, directory);
        LocalDate on = register.stepDaysOf(command.appraisalId()).dayOf(command.on(), clock);
        apply(new GovernorsPanelAppointed(command.appraisalId(), schoolId, command.governorIds(), command.chairId(),
                on));
    }

    @CommandHandler
    void handle(AppointExternalAdviser command, AppraisalRegister register, Clock clock) {
        stage.changesNeedTheAppraisalUnderWay();
        onlyInAHeadteachersAppraisal();
        LocalDate on = register.stepDaysOf(command.appraisalId()).dayOf(command.on(), clock);
        apply(new ExternalAdviserAppointed(command.appraisalId(), schoolId, command.name(), command.organisation(),
                on));
    }

    @CommandHandler
    void handle(RecordExternalAdviserConsulted command, AppraisalRegister register, Clock clock) {
        stage.changesNeedTheAppraisalUnderWay();
        onlyInAHeadteachersAppraisal();
        consultingNeedsAnAppointedAdviser();
        LocalDate on = register.stepDaysOf(command.appraisalId()).dayOf(command.on(), clock);
        consultationNotBeforeTheAdviserWasAppointed(on);
        apply(new ExternalAdviserConsulted(command.appraisalId(), schoolId, command.stage(), command.advice(), on));
    }

    private void onlyInAHeadteachersAppraisal() {
        if (!headteachersAppraisal) {
            throw new DomainRuleViolation(HEADTEACHER_APPRAISAL_ONLY,
                    "Governors' panels and external advisers belong to the headteacher's appraisal");
        }
    }

    private void consultingNeedsAnAppointedAdviser() {
        if (adviserAppointedOn == null) {
            throw new DomainRuleViolation(EXTERNAL_ADVISER_NOT_APPOINTED, "No external adviser has been appointed");
        }
    }

    private void consultationNotBeforeTheAdviserWasAppointed(LocalDate on) {
        StepDays.inOrder(on, adviserAppointedOn, "the external adviser was appointed");
    }

    void headteachersObjectivesWaitForThePanel() {
        if (headteachersAppraisal && panelAppointedOn == null) {
            throw new DomainRuleViolation(GOVERNORS_PANEL_REQUIRED,
                    "Governors appoint their panel before the headteacher's objectives are set");
        }
    }

    void headteachersObjectivesNotBeforeThePanel(LocalDate on) {
        StepDays.inOrder(on, panelAppointedOn, "the governors' panel was appointed");
    }

    void adviserConsultedAt(ConsultationStage consultation) {
        if (adviserRequired && !consultedOn.containsKey(consultation)) {
            throw new DomainRuleViolation(EXTERNAL_ADVISER_NOT_CONSULTED, "The external adviser must be consulted at "
                    + named(consultation));
        }
    }

    /** The step that waits for the adviser is not dated before the adviser was consulted. */
    void notBeforeTheAdviserWasConsultedAt(ConsultationStage consultation, LocalDate on) {
        if (adviserRequired) {
            StepDays.inOrder(on, consultedOn.get(consultation), "the external adviser was consulted at "
                    + named(consultation));
        }
    }

    private static String named(ConsultationStage consultation) {
        return consultation.name().toLowerCase().replace('_', ' ');
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
        // the objectives wait for the first panel; a later change of its members does not undo that
        if (panelAppointedOn == null) {
            panelAppointedOn = event.appointedOn();
        }
    }

    @EventSourcingHandler
    void on(ExternalAdviserAppointed event) {
        adviserAppointedOn = event.appointedOn();
    }

    @EventSourcingHandler
    void on(ExternalAdviserConsulted event) {
        consultedOn.putIfAbsent(event.stage(), event.consultedOn());
    }
}
