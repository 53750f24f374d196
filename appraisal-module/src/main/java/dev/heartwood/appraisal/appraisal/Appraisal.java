package dev.heartwood.appraisal.appraisal;

import dev.heartwood.appraisal.api.AddProgressNote;
import dev.heartwood.appraisal.api.AgreeObjectives;
import dev.heartwood.appraisal.api.AppointExternalAdviser;
import dev.heartwood.appraisal.api.AppointGovernorsPanel;
import dev.heartwood.appraisal.api.AppraisalCompleted;
import dev.heartwood.appraisal.api.AppraisalExempted;
import dev.heartwood.appraisal.api.AppraisalParty;
import dev.heartwood.appraisal.api.AppraisalReopened;
import dev.heartwood.appraisal.api.AppraisalReportIssued;
import dev.heartwood.appraisal.api.AppraisalStarted;
import dev.heartwood.appraisal.api.AppraisalTerminated;
import dev.heartwood.appraisal.api.AppraiserChanged;
import dev.heartwood.appraisal.api.ChangeAppraiser;
import dev.heartwood.appraisal.api.CommunicateStandards;
import dev.heartwood.appraisal.api.CompleteAppraisal;
import dev.heartwood.appraisal.api.ConsultationStage;
import dev.heartwood.appraisal.api.DevelopmentNeedIdentified;
import dev.heartwood.appraisal.api.EvidenceReferenced;
import dev.heartwood.appraisal.api.ExemptFromAppraisal;
import dev.heartwood.appraisal.api.ExternalAdviserAppointed;
import dev.heartwood.appraisal.api.ExternalAdviserConsulted;
import dev.heartwood.appraisal.api.FinalReviewHeld;
import dev.heartwood.appraisal.api.GovernorsPanelAppointed;
import dev.heartwood.appraisal.api.HoldFinalReview;
import dev.heartwood.appraisal.api.HoldMidYearReview;
import dev.heartwood.appraisal.api.IdentifyDevelopmentNeed;
import dev.heartwood.appraisal.api.IssueAppraisalReport;
import dev.heartwood.appraisal.api.MidYearReviewHeld;
import dev.heartwood.appraisal.api.ObjectiveOutcomeRecorded;
import dev.heartwood.appraisal.api.ObjectiveRevised;
import dev.heartwood.appraisal.api.ObjectiveSet;
import dev.heartwood.appraisal.api.ObjectiveWithdrawn;
import dev.heartwood.appraisal.api.ObjectivesAgreed;
import dev.heartwood.appraisal.api.ObjectivesDisagreementRecorded;
import dev.heartwood.appraisal.api.PayPolicy;
import dev.heartwood.appraisal.api.ProgressNoteAdded;
import dev.heartwood.appraisal.api.RecordExternalAdviserConsulted;
import dev.heartwood.appraisal.api.RecordObjectiveOutcome;
import dev.heartwood.appraisal.api.RecordObjectivesDisagreement;
import dev.heartwood.appraisal.api.ReferenceEvidence;
import dev.heartwood.appraisal.api.ReopenAppraisal;
import dev.heartwood.appraisal.api.ReviewSignedOff;
import dev.heartwood.appraisal.api.ReviseObjective;
import dev.heartwood.appraisal.api.SchoolType;
import dev.heartwood.appraisal.api.SelfReviewSubmitted;
import dev.heartwood.appraisal.api.SetObjective;
import dev.heartwood.appraisal.api.SignOffReview;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StandardsCommunicated;
import dev.heartwood.appraisal.api.StandardsFramework;
import dev.heartwood.appraisal.api.StartAppraisal;
import dev.heartwood.appraisal.api.SubmitSelfReview;
import dev.heartwood.appraisal.api.TerminateAppraisal;
import dev.heartwood.appraisal.api.WithdrawObjective;
import dev.heartwood.appraisal.cycle.CycleFacts;
import dev.heartwood.appraisal.cycle.Cycles;
import dev.heartwood.appraisal.directory.Directory;
import dev.heartwood.appraisal.directory.StaffFacts;
import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.MetadataKeys;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.SchoolTime;
import dev.heartwood.kernel.StaffId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.APPRAISAL_COMPLETED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.APPRAISAL_EXEMPT;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.APPRAISAL_NOT_COMPLETED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.APPRAISAL_TERMINATED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.CYCLE_NOT_FOUND;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.DATE_IN_THE_FUTURE;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.FINAL_REVIEW_ALREADY_HELD;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.HEADTEACHER_APPRAISAL_ONLY;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.NOT_AUTHORISED_TO_REOPEN;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.NOT_THAT_PARTY;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.NO_FRAMEWORK_FOR_CATEGORY;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.NO_OBJECTIVES_TO_AGREE;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.OBJECTIVES_LOCKED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.OBJECTIVE_ALREADY_SET;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.OUTCOMES_MISSING;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.OUTCOME_BEFORE_FINAL_REVIEW;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.PAY_RECOMMENDATION_NOT_ASKED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.PAY_RECOMMENDATION_REQUIRED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.REASON_REQUIRED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.REPORT_ALREADY_ISSUED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.REPORT_BEFORE_FINAL_REVIEW;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.SIGN_OFFS_MISSING;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.SIGN_OFF_NEEDS_REPORT;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.STAFF_MEMBER_NOT_FOUND;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.TOO_MANY_OBJECTIVES;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One person's appraisal in one cycle, from its start (or exemption) through objectives, reviews, the report and
 * both sign-offs to completion. After completion nothing changes except through a reopening.
 */
@Aggregate(cache = "appraisalCache")
class Appraisal {

    /** The roles that may reopen a completed appraisal (the roles themselves arrive with single sign-on). */
    static final Set<String> MAY_REOPEN = Set.of("HEADTEACHER", "HR", "TRUST_LEADER", "ADMINISTRATOR");
    /** The roles in which the appraisee and the appraiser act on their own appraisal. */
    private static final Set<String> ACT_AS_A_PARTY = Set.of("STAFF", "APPRAISER");

    private enum Stage { UNDER_WAY, EXEMPT, COMPLETED, TERMINATED }

    @AggregateIdentifier
    private AppraisalId appraisalId;
    private SchoolId schoolId;
    private AcademicYear academicYear;
    private StaffId appraiseeId;
    private StaffId appraiserId;
    private StandardsFramework framework;
    private PayPolicy payPolicy;
    private int maxObjectives;
    private Stage stage;
    private boolean standardsCommunicated;
    private LocalDate finalReviewOn;
    private boolean reportIssued;
    private final Objectives objectives = new Objectives();
    private final Set<AppraisalParty> agreedBy = EnumSet.noneOf(AppraisalParty.class);
    private final Set<AppraisalParty> signedOffBy = EnumSet.noneOf(AppraisalParty.class);
    private final Set<Object> recorded = new HashSet<>();
    /** Only in a headteacher's appraisal. */
    private HeadteacherOversight oversight;

    Appraisal() {
        // for Axon, which rebuilds the appraisal from its events
    }

    @CommandHandler
    Appraisal(StartAppraisal command, Directory directory, Cycles cycles, AppraisalRegister register, Clock clock) {
        CycleFacts cycle = cycle(command.cycleId(), cycles);
        StaffFacts appraisee = AppraisalEligibility.appraiseeIn(cycle, command.appraiseeId(), directory, register);
        new AppraiserChoice(appraisee, command.appraiserId()).check(directory);
        StandardsFramework framework = cycle.frameworkFor(appraisee.category()).orElseThrow(() ->
                new DomainRuleViolation(NO_FRAMEWORK_FOR_CATEGORY, "The cycle names no standards for "
                        + appraisee.category().name().toLowerCase().replace('_', ' ')));
        boolean adviserRequired = appraisee.category() == StaffCategory.HEADTEACHER
                && directory.school(cycle.schoolId()).map(school -> school.type() == SchoolType.MAINTAINED)
                .orElse(false);
        apply(new AppraisalStarted(command.appraisalId(), cycle.cycleId(), cycle.schoolId(), cycle.academicYear(),
                command.appraiseeId(), command.appraiserId(), appraisee.category(), framework, cycle.payPolicy(),
                cycle.maxObjectives(), adviserRequired, SchoolTime.today(clock)));
    }

    @CommandHandler
    Appraisal(ExemptFromAppraisal command, Directory directory, Cycles cycles, AppraisalRegister register,
              Clock clock) {
        CycleFacts cycle = cycle(command.cycleId(), cycles);
        AppraisalEligibility.appraiseeIn(cycle, command.appraiseeId(), directory, register);
        apply(new AppraisalExempted(command.appraisalId(), cycle.cycleId(), cycle.schoolId(), cycle.academicYear(),
                command.appraiseeId(), command.reason(), command.note(), SchoolTime.today(clock)));
    }

    @CommandHandler
    void handle(ChangeAppraiser command, Directory directory, Clock clock) {
        underWay();
        if (command.appraiserId().equals(appraiserId)) {
            return;
        }
        StaffFacts appraisee = directory.staffMember(appraiseeId).orElseThrow(() ->
                new DomainRuleViolation(STAFF_MEMBER_NOT_FOUND, "The appraisee is not in the directory"));
        new AppraiserChoice(appraisee, command.appraiserId()).check(directory);
        apply(new AppraiserChanged(appraisalId, schoolId, command.appraiserId(), SchoolTime.today(clock)));
    }

    @CommandHandler
    void handle(CommunicateStandards command, Clock clock) {
        underWay();
        if (!standardsCommunicated) {
            apply(new StandardsCommunicated(appraisalId, schoolId, framework.name(), SchoolTime.today(clock)));
        }
    }

    @CommandHandler
    void handle(SetObjective command, Directory directory, Clock clock) {
        underWay();
        objectivesStillOpen();
        if (oversight != null) {
            oversight.requirePanel();
        }
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
        if (objectives.active().size() >= maxObjectives) {
            throw new DomainRuleViolation(TOO_MANY_OBJECTIVES,
                    "The cycle allows " + maxObjectives + " objectives; withdraw one first");
        }
        terms.checkLinks(framework, schoolId, academicYear, directory);
        apply(new ObjectiveSet(appraisalId, schoolId, appraiseeId, command.objectiveId(), command.title(),
                command.successCriteria(), terms.standards(), terms.priorities(), SchoolTime.today(clock)));
    }

    @CommandHandler
    void handle(ReviseObjective command, Directory directory, Clock clock) {
        underWay();
        objectivesStillOpen();
        objectives.requireActive(command.objectiveId());
        ObjectiveTerms terms = new ObjectiveTerms(command.title(), command.successCriteria(), command.standards(),
                command.priorities());
        if (objectives.termsOf(command.objectiveId()).filter(terms::equals).isPresent()) {
            return;
        }
        terms.checkLinks(framework, schoolId, academicYear, directory);
        apply(new ObjectiveRevised(appraisalId, schoolId, command.objectiveId(), command.title(),
                command.successCriteria(), terms.standards(), terms.priorities(), command.reason(),
                SchoolTime.today(clock)));
    }

    @CommandHandler
    void handle(WithdrawObjective command, Clock clock) {
        underWay();
        objectivesStillOpen();
        objectives.requireActive(command.objectiveId());
        apply(new ObjectiveWithdrawn(appraisalId, schoolId, command.objectiveId(), command.reason(),
                SchoolTime.today(clock)));
    }

    @CommandHandler
    void handle(AgreeObjectives command, @MetaDataValue(MetadataKeys.ACTOR_ID) String actorId,
                @MetaDataValue(MetadataKeys.ACTOR_ROLE) String actorRole, Clock clock) {
        speaksFor(command.party(), actorId, actorRole);
        underWay();
        objectivesStillOpen();
        somethingToAgree();
        if (oversight != null) {
            oversight.requireConsulted(ConsultationStage.OBJECTIVE_SETTING);
        }
        if (!agreedBy.contains(command.party())) {
            apply(new ObjectivesAgreed(appraisalId, schoolId, command.party(), objectives.active(),
                    SchoolTime.today(clock)));
        }
    }

    @CommandHandler
    void handle(RecordObjectivesDisagreement command, @MetaDataValue(MetadataKeys.ACTOR_ID) String actorId,
                @MetaDataValue(MetadataKeys.ACTOR_ROLE) String actorRole, Clock clock) {
        speaksFor(command.party(), actorId, actorRole);
        underWay();
        somethingToAgree();
        apply(new ObjectivesDisagreementRecorded(appraisalId, schoolId, command.party(), command.statement(),
                SchoolTime.today(clock)));
    }

    @CommandHandler
    void handle(AddProgressNote command, Clock clock) {
        underWay();
        if (!recorded.contains(command.noteId())) {
            apply(new ProgressNoteAdded(appraisalId, schoolId, command.noteId(), command.note(),
                    command.confidential(), SchoolTime.today(clock)));
        }
    }

    @CommandHandler
    void handle(ReferenceEvidence command, Clock clock) {
        underWay();
        if (!recorded.contains(command.evidenceId())) {
            apply(new EvidenceReferenced(appraisalId, schoolId, command.evidenceId(), command.description(),
                    command.reference(), command.confidential(), SchoolTime.today(clock)));
        }
    }

    @CommandHandler
    void handle(HoldMidYearReview command, Clock clock) {
        underWay();
        notInTheFuture(command.heldOn(), clock);
        apply(new MidYearReviewHeld(appraisalId, schoolId, command.heldOn(), command.summary()));
    }

    @CommandHandler
    void handle(SubmitSelfReview command, Clock clock) {
        underWay();
        apply(new SelfReviewSubmitted(appraisalId, schoolId, command.reflection(), SchoolTime.today(clock)));
    }

    @CommandHandler
    void handle(HoldFinalReview command, Clock clock) {
        underWay();
        if (command.heldOn().equals(finalReviewOn)) {
            return;
        }
        if (finalReviewOn != null) {
            throw new DomainRuleViolation(FINAL_REVIEW_ALREADY_HELD, "The final review was held on " + finalReviewOn);
        }
        notInTheFuture(command.heldOn(), clock);
        apply(new FinalReviewHeld(appraisalId, schoolId, command.heldOn()));
    }

    @CommandHandler
    void handle(RecordObjectiveOutcome command, Clock clock) {
        underWay();
        objectives.requireActive(command.objectiveId());
        if (finalReviewOn == null) {
            throw new DomainRuleViolation(OUTCOME_BEFORE_FINAL_REVIEW, "Outcomes are decided at the final review");
        }
        reportNotYetIssued();
        apply(new ObjectiveOutcomeRecorded(appraisalId, schoolId, command.objectiveId(), command.outcome(),
                command.comment(), SchoolTime.today(clock)));
    }

    @CommandHandler
    void handle(IdentifyDevelopmentNeed command, Clock clock) {
        underWay();
        if (!recorded.contains(command.needId())) {
            apply(new DevelopmentNeedIdentified(appraisalId, schoolId, command.needId(), command.description(),
                    SchoolTime.today(clock)));
        }
    }

    @CommandHandler
    void handle(IssueAppraisalReport command, Clock clock) {
        underWay();
        if (finalReviewOn == null) {
            throw new DomainRuleViolation(REPORT_BEFORE_FINAL_REVIEW, "The report follows the final review");
        }
        reportNotYetIssued();
        if (!objectives.allActiveHaveOutcomes()) {
            throw new DomainRuleViolation(OUTCOMES_MISSING, "Every objective needs its outcome before the report");
        }
        if (payPolicy.asksForPayRecommendation() && command.payRecommendation() == null) {
            throw new DomainRuleViolation(PAY_RECOMMENDATION_REQUIRED, "The cycle's pay policy asks for one");
        }
        if (!payPolicy.asksForPayRecommendation() && command.payRecommendation() != null) {
            throw new DomainRuleViolation(PAY_RECOMMENDATION_NOT_ASKED,
                    "The cycle's pay policy does not link appraisal to pay");
        }
        apply(new AppraisalReportIssued(appraisalId, schoolId, command.summary(), command.payRecommendation(),
                SchoolTime.today(clock)));
    }

    @CommandHandler
    void handle(SignOffReview command, @MetaDataValue(MetadataKeys.ACTOR_ID) String actorId,
                @MetaDataValue(MetadataKeys.ACTOR_ROLE) String actorRole, Clock clock) {
        speaksFor(command.party(), actorId, actorRole);
        underWay();
        if (!reportIssued) {
            throw new DomainRuleViolation(SIGN_OFF_NEEDS_REPORT, "Sign-off follows the written report");
        }
        if (oversight != null) {
            oversight.requireConsulted(ConsultationStage.FINAL_REVIEW);
        }
        if (!signedOffBy.contains(command.party())) {
            apply(new ReviewSignedOff(appraisalId, schoolId, command.party(), command.comment(),
                    SchoolTime.today(clock)));
        }
    }

    @CommandHandler
    void handle(CompleteAppraisal command, Clock clock) {
        if (stage == Stage.COMPLETED) {
            return;
        }
        underWay();
        if (signedOffBy.size() < AppraisalParty.values().length) {
            throw new DomainRuleViolation(SIGN_OFFS_MISSING, "Both appraisee and appraiser sign off first");
        }
        apply(new AppraisalCompleted(appraisalId, schoolId, SchoolTime.today(clock)));
    }

    @CommandHandler
    void handle(ReopenAppraisal command, @MetaDataValue(MetadataKeys.ACTOR_ROLE) String actorRole, Clock clock) {
        if (actorRole == null || !MAY_REOPEN.contains(actorRole)) {
            throw new DomainRuleViolation(NOT_AUTHORISED_TO_REOPEN,
                    "Only the headteacher, HR or a trust leader may reopen a completed appraisal");
        }
        if (stage != Stage.COMPLETED) {
            throw new DomainRuleViolation(APPRAISAL_NOT_COMPLETED, "Only a completed appraisal is reopened");
        }
        if (command.reason() == null || command.reason().text().isBlank()) {
            throw new DomainRuleViolation(REASON_REQUIRED, "A reopening needs a reason");
        }
        apply(new AppraisalReopened(appraisalId, schoolId, command.reason(), SchoolTime.today(clock)));
    }

    @CommandHandler
    void handle(TerminateAppraisal command, Clock clock) {
        if (stage == Stage.UNDER_WAY) {
            apply(new AppraisalTerminated(appraisalId, schoolId, command.leftOn(), SchoolTime.today(clock)));
        }
    }

    @CommandHandler
    void handle(AppointGovernorsPanel command, Directory directory, Clock clock) {
        underWay();
        headteacherAppraisal();
        HeadteacherOversight.checkPanel(command.governorIds(), command.chairId(), schoolId, directory);
        apply(new GovernorsPanelAppointed(appraisalId, schoolId, command.governorIds(), command.chairId(),
                SchoolTime.today(clock)));
    }

    @CommandHandler
    void handle(AppointExternalAdviser command, Clock clock) {
        underWay();
        headteacherAppraisal();
        apply(new ExternalAdviserAppointed(appraisalId, schoolId, command.name(), command.organisation(),
                SchoolTime.today(clock)));
    }

    @CommandHandler
    void handle(RecordExternalAdviserConsulted command, Clock clock) {
        underWay();
        headteacherAppraisal();
        oversight.requireAdviserAppointed();
        apply(new ExternalAdviserConsulted(appraisalId, schoolId, command.stage(), command.advice(),
                SchoolTime.today(clock)));
    }

    private static CycleFacts cycle(CycleId cycleId, Cycles cycles) {
        return cycles.cycle(cycleId).orElseThrow(() ->
                new DomainRuleViolation(CYCLE_NOT_FOUND, "No appraisal cycle " + cycleId + " is open"));
    }

    /**
     * A party agrees, disagrees and signs off for themselves: an appraisee or appraiser acting in that role speaks
     * only for their own side. An administrator correcting the record may speak for either.
     */
    private void speaksFor(AppraisalParty party, String actorId, String actorRole) {
        if (!ACT_AS_A_PARTY.contains(String.valueOf(actorRole))) {
            return;
        }
        StaffId them = party == AppraisalParty.APPRAISEE ? appraiseeId : appraiserId;
        if (!them.value().toString().equals(actorId)) {
            throw new DomainRuleViolation(NOT_THAT_PARTY, "Only the " + party.name().toLowerCase()
                    + " speaks for the " + party.name().toLowerCase());
        }
    }

    private void underWay() {
        switch (stage) {
            case EXEMPT -> throw new DomainRuleViolation(APPRAISAL_EXEMPT, "This person is exempt this cycle");
            case TERMINATED -> throw new DomainRuleViolation(APPRAISAL_TERMINATED, "The appraisee has left");
            case COMPLETED -> throw new DomainRuleViolation(APPRAISAL_COMPLETED,
                    "The appraisal is complete; only a reopening changes it");
            case UNDER_WAY -> {
                // changes are allowed
            }
        }
    }

    private void objectivesStillOpen() {
        if (finalReviewOn != null) {
            throw new DomainRuleViolation(OBJECTIVES_LOCKED, "Objectives are fixed once the final review is held");
        }
    }

    private void somethingToAgree() {
        if (objectives.active().isEmpty()) {
            throw new DomainRuleViolation(NO_OBJECTIVES_TO_AGREE, "No objectives have been set");
        }
    }

    private void reportNotYetIssued() {
        if (reportIssued) {
            throw new DomainRuleViolation(REPORT_ALREADY_ISSUED, "The report has been issued");
        }
    }

    private void headteacherAppraisal() {
        if (oversight == null) {
            throw new DomainRuleViolation(HEADTEACHER_APPRAISAL_ONLY,
                    "Governors' panels and external advisers belong to the headteacher's appraisal");
        }
    }

    private static void notInTheFuture(LocalDate date, Clock clock) {
        if (date.isAfter(SchoolTime.today(clock))) {
            throw new DomainRuleViolation(DATE_IN_THE_FUTURE, date + " has not happened yet");
        }
    }

    @EventSourcingHandler
    void on(AppraisalStarted event) {
        appraisalId = event.appraisalId();
        schoolId = event.schoolId();
        academicYear = event.academicYear();
        appraiseeId = event.appraiseeId();
        appraiserId = event.appraiserId();
        framework = event.framework();
        payPolicy = event.payPolicy();
        maxObjectives = event.maxObjectives();
        stage = Stage.UNDER_WAY;
        if (event.category() == StaffCategory.HEADTEACHER) {
            oversight = new HeadteacherOversight(event.externalAdviserRequired());
        }
    }

    @EventSourcingHandler
    void on(AppraisalExempted event) {
        appraisalId = event.appraisalId();
        stage = Stage.EXEMPT;
    }

    @EventSourcingHandler
    void on(AppraiserChanged event) {
        appraiserId = event.appraiserId();
    }

    @EventSourcingHandler
    void on(StandardsCommunicated event) {
        standardsCommunicated = true;
    }

    @EventSourcingHandler
    void on(ObjectiveSet event) {
        objectives.set(event.objectiveId(), new ObjectiveTerms(event.title(), event.successCriteria(),
                event.standards(), event.priorities()));
        agreedBy.clear();
    }

    @EventSourcingHandler
    void on(ObjectiveRevised event) {
        objectives.revise(event.objectiveId(), new ObjectiveTerms(event.title(), event.successCriteria(),
                event.standards(), event.priorities()));
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
    void on(ProgressNoteAdded event) {
        recorded.add(event.noteId());
    }

    @EventSourcingHandler
    void on(EvidenceReferenced event) {
        recorded.add(event.evidenceId());
    }

    @EventSourcingHandler
    void on(DevelopmentNeedIdentified event) {
        recorded.add(event.needId());
    }

    @EventSourcingHandler
    void on(FinalReviewHeld event) {
        finalReviewOn = event.heldOn();
    }

    @EventSourcingHandler
    void on(ObjectiveOutcomeRecorded event) {
        objectives.recordOutcome(event.objectiveId(), event.outcome());
    }

    @EventSourcingHandler
    void on(AppraisalReportIssued event) {
        reportIssued = true;
    }

    @EventSourcingHandler
    void on(ReviewSignedOff event) {
        signedOffBy.add(event.party());
    }

    @EventSourcingHandler
    void on(AppraisalCompleted event) {
        stage = Stage.COMPLETED;
    }

    @EventSourcingHandler
    void on(AppraisalReopened event) {
        stage = Stage.UNDER_WAY;
        reportIssued = false;
        signedOffBy.clear();
    }

    @EventSourcingHandler
    void on(AppraisalTerminated event) {
        stage = Stage.TERMINATED;
    }

    @EventSourcingHandler
    void on(GovernorsPanelAppointed event) {
        oversight.panelAppointed();
    }

    @EventSourcingHandler
    void on(ExternalAdviserAppointed event) {
        oversight.adviserAppointed();
    }

    @EventSourcingHandler
    void on(ExternalAdviserConsulted event) {
        oversight.consulted(event.stage());
    }
}
