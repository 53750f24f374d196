package dev.heartwood.appraisal.appraisal;

import dev.heartwood.appraisal.api.AgreeObjectives;
import dev.heartwood.appraisal.api.AppraisalParty;
import dev.heartwood.appraisal.api.AppraisalStarted;
import dev.heartwood.appraisal.api.ConsultationStage;
import dev.heartwood.appraisal.api.ObjectiveOutcomeRecorded;
import dev.heartwood.appraisal.api.ObjectiveRevised;
import dev.heartwood.appraisal.api.ObjectiveSet;
import dev.heartwood.appraisal.api.ObjectiveWithdrawn;
import dev.heartwood.appraisal.api.ObjectivesAgreed;
import dev.heartwood.appraisal.api.ObjectivesDisagreementRecorded;
import dev.heartwood.appraisal.api.RecordObjectiveOutcome;
import dev.heartwood.appraisal.api.RecordObjectivesDisagreement;
import dev.heartwood.appraisal.api.ReviseObjective;
import dev.heartwood.appraisal.api.SetObjective;
import dev.heartwood.appraisal.api.StandardsFramework;
import dev.heartwood.appraisal.api.WithdrawObjective;
import dev.heartwood.appraisal.directory.Directory;
import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.MetadataKeys;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.SchoolId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.NO_OBJECTIVES_TO_AGREE;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.OBJECTIVE_ALREADY_SET;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.OUTCOMES_MISSING;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.TOO_MANY_OBJECTIVES;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The appraisee's objectives for the year: set, revised and withdrawn until the final review, agreed by both
 * parties (a change needs agreeing again) or disagreed with in writing, and given their outcomes at the review. Each
 * objective links only to standards of the appraisee's framework and to the school's priorities for the year.
 */
class AppraisalObjectives {

    private final AppraisalStage stage;
    private final AppraisalParties parties;
    private final HeadteacherOversight oversight;
    private SchoolId schoolId;
    private AcademicYear academicYear;
    private StandardsFramework framework;
    private int maxObjectives;
    private final Objectives objectives = new Objectives();
    private final Set<AppraisalParty> agreedBy = EnumSet.noneOf(AppraisalParty.class);

    AppraisalObjectives(AppraisalStage stage, AppraisalParties parties, HeadteacherOversight oversight) {
        this.stage = stage;
        this.parties = parties;
        this.oversight = oversight;
    }

    @CommandHandler
    void handle(SetObjective command, Directory directory, AppraisalRegister register, Clock clock) {
        stage.changesNeedTheAppraisalUnderWay();
        stage.objectivesCannotChangeAfterTheFinalReview();
        oversight.headteachersObjectivesWaitForThePanel();
        LocalDate on = register.stepDaysOf(command.appraisalId()).dayOf(command.on(), clock);
        oversight.headteachersObjectivesNotBeforeThePanel(on);
        ObjectiveTerms terms = new ObjectiveTerms(command.title(), command.successCriteria(), command.standards(),
                command.priorities());
        var existing = objectives.termsOf(command.objectiveId());
        if (existing.filter(terms::equals).isPresent()) {
            return; // the same request again: it is already recorded
        }
        if (existing.isPresent()) {
            throw new DomainRuleViolation(OBJECTIVE_ALREADY_SET,
                    "Objective " + command.objectiveId() + " is already set; a change is a revision");
        }
        noMoreObjectivesThanTheCycleAllows();
        terms.checkLinks(framework, schoolId, academicYear, directory);
        apply(new ObjectiveSet(command.appraisalId(), schoolId, parties.appraiseeId(), command.objectiveId(),
                command.title(), command.successCriteria(), terms.standards(), terms.priorities(), on));
    }

    @CommandHandler
    void handle(ReviseObjective command, Directory directory, AppraisalRegister register, Clock clock) {
        stage.changesNeedTheAppraisalUnderWay();
        stage.objectivesCannotChangeAfterTheFinalReview();
        objectives.requireActive(command.objectiveId());
        LocalDate on = register.stepDaysOf(command.appraisalId()).dayOf(command.on(), clock);
        changeNotBeforeTheObjectiveWasSet(command.objectiveId(), on);
        ObjectiveTerms terms = new ObjectiveTerms(command.title(), command.successCriteria(), command.standards(),
                command.priorities());
        if (objectives.termsOf(command.objectiveId()).filter(terms::equals).isPresent()) {
            return;
        }
        terms.checkLinks(framework, schoolId, academicYear, directory);
        apply(new ObjectiveRevised(command.appraisalId(), schoolId, command.objectiveId(), command.title(),
                command.successCriteria(), terms.standards(), terms.priorities(), command.reason(), on));
    }

    @CommandHandler
    void handle(WithdrawObjective command, AppraisalRegister register, Clock clock) {
        stage.changesNeedTheAppraisalUnderWay();
        stage.objectivesCannotChangeAfterTheFinalReview();
        objectives.requireActive(command.objectiveId());
        LocalDate on = register.stepDaysOf(command.appraisalId()).dayOf(command.on(), clock);
        changeNotBeforeTheObjectiveWasSet(command.objectiveId(), on);
        apply(new ObjectiveWithdrawn(command.appraisalId(), schoolId, command.objectiveId(), command.reason(), on));
    }

    @CommandHandler
    void handle(AgreeObjectives command, @MetaDataValue(MetadataKeys.ACTOR_ID) String actorId,
                @MetaDataValue(MetadataKeys.ACTOR_ROLE) String actorRole, AppraisalRegister register,
                Clock clock) {
        parties.aPartySpeaksOnlyForThemselves(command.party(), actorId, actorRole);
        stage.changesNeedTheAppraisalUnderWay();
        stage.objectivesCannotChangeAfterTheFinalReview();
        agreementNeedsObjectives();
        oversight.adviserConsultedAt(ConsultationStage.OBJECTIVE_SETTING);
        LocalDate on = register.stepDaysOf(command.appraisalId()).dayOf(command.on(), clock);
        agreementNotBeforeTheObjectivesWereSet(on);
        oversight.notBeforeTheAdviserWasConsultedAt(ConsultationStage.OBJECTIVE_SETTING, on);
        if (!agreedBy.contains(command.party())) {
            apply(new ObjectivesAgreed(command.appraisalId(), schoolId, command.party(), objectives.active(), on));
        }
    }

    @CommandHandler
    void handle(RecordObjectivesDisagreement command, @MetaDataValue(MetadataKeys.ACTOR_ID) String actorId,
                @MetaDataValue(MetadataKeys.ACTOR_ROLE) String actorRole, AppraisalRegister register,
                Clock clock) {
        parties.aPartySpeaksOnlyForThemselves(command.party(), actorId, actorRole);
        stage.changesNeedTheAppraisalUnderWay();
        agreementNeedsObjectives();
        LocalDate on = register.stepDaysOf(command.appraisalId()).dayOf(command.on(), clock);
        agreementNotBeforeTheObjectivesWereSet(on);
        apply(new ObjectivesDisagreementRecorded(command.appraisalId(), schoolId, command.party(),
                command.statement(), on));
    }

    @CommandHandler
    void handle(RecordObjectiveOutcome command, AppraisalRegister register, Clock clock) {
        stage.changesNeedTheAppraisalUnderWay();
        objectives.requireActive(command.objectiveId());
        stage.outcomesNeedTheFinalReview();
        stage.issuedReportIsFinal();
        LocalDate on = register.stepDaysOf(command.appraisalId()).dayOf(command.on(), clock);
        stage.notBeforeTheStepItFollows(on);
        apply(new ObjectiveOutcomeRecorded(command.appraisalId(), schoolId, command.objectiveId(), command.outcome(),
                command.comment(), on));
    }

    private void noMoreObjectivesThanTheCycleAllows() {
        if (objectives.active().size() >= maxObjectives) {
            throw new DomainRuleViolation(TOO_MANY_OBJECTIVES,
                    "The cycle allows " + maxObjectives + " objectives; withdraw one first");
        }
    }

    /** A revision or a withdrawal changes an objective already set, so it is not dated before it was set. */
    private void changeNotBeforeTheObjectiveWasSet(ObjectiveId objectiveId, LocalDate on) {
        StepDays.inOrder(on, objectives.changedOn(objectiveId), "the objective was set or last revised");
    }

    /** Agreement, or a disagreement, is with the objectives as they stand: not dated before they took their terms. */
    private void agreementNotBeforeTheObjectivesWereSet(LocalDate on) {
        StepDays.inOrder(on, objectives.lastChangedOn(), "the objectives were last set or revised");
    }

    /** The report reports the outcomes, so it is not dated before the last of them was recorded. */
    void reportNotBeforeTheOutcomes(LocalDate on) {
        StepDays.inOrder(on, objectives.lastOutcomeOn(), "the last outcome was recorded");
    }

    /** Agreement, or a disagreement, is about objectives that have been set. */
    private void agreementNeedsObjectives() {
        if (objectives.active().isEmpty()) {
            throw new DomainRuleViolation(NO_OBJECTIVES_TO_AGREE, "No objectives have been set");
        }
    }

    void reportNeedsEveryOutcome() {
        if (!objectives.allActiveHaveOutcomes()) {
            throw new DomainRuleViolation(OUTCOMES_MISSING, "Every objective needs its outcome before the report");
        }
    }

    @EventSourcingHandler
    void on(AppraisalStarted event) {
        schoolId = event.schoolId();
        academicYear = event.academicYear();
        framework = event.framework();
        maxObjectives = event.maxObjectives();
    }

    @EventSourcingHandler
    void on(ObjectiveSet event) {
        objectives.set(event.objectiveId(), new ObjectiveTerms(event.title(), event.successCriteria(),
                event.standards(), event.priorities()), event.setOn());
        agreedBy.clear();
    }

    @EventSourcingHandler
    void on(ObjectiveRevised event) {
        objectives.revise(event.objectiveId(), new ObjectiveTerms(event.title(), event.successCriteria(),
                event.standards(), event.priorities()), event.revisedOn());
        agreedBy.clear();
    }

    @EventSourcingHandler
    void on(ObjectiveWithdrawn event) {
        objectives.withdraw(event.objectiveId());
    }

    @EventSourcingHandler
    void on(ObjectivesAgreed event) {
        agreedBy.add(event.party());
    }

    @EventSourcingHandler
    void on(ObjectiveOutcomeRecorded event) {
        objectives.recordOutcome(event.objectiveId(), event.outcome(), event.recordedOn());
    }
}
