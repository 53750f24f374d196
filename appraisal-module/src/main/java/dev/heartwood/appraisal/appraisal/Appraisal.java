package dev.heartwood.appraisal.appraisal;

import dev.heartwood.appraisal.api.AddProgressNote;
import dev.heartwood.appraisal.api.AppraisalCompleted;
import dev.heartwood.appraisal.api.AppraisalExempted;
import dev.heartwood.appraisal.api.AppraisalReopened;
import dev.heartwood.appraisal.api.AppraisalStarted;
import dev.heartwood.appraisal.api.AppraisalTerminated;
import dev.heartwood.appraisal.api.CommunicateStandards;
import dev.heartwood.appraisal.api.CompleteAppraisal;
import dev.heartwood.appraisal.api.DevelopmentNeedIdentified;
import dev.heartwood.appraisal.api.EvidenceReferenced;
import dev.heartwood.appraisal.api.ExemptFromAppraisal;
import dev.heartwood.appraisal.api.IdentifyDevelopmentNeed;
import dev.heartwood.appraisal.api.ProgressNoteAdded;
import dev.heartwood.appraisal.api.ReferenceEvidence;
import dev.heartwood.appraisal.api.ReopenAppraisal;
import dev.heartwood.appraisal.api.SchoolType;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StandardsCommunicated;
import dev.heartwood.appraisal.api.StandardsFramework;
import dev.heartwood.appraisal.api.StartAppraisal;
import dev.heartwood.appraisal.api.TerminateAppraisal;
import dev.heartwood.appraisal.cycle.CycleFacts;
import dev.heartwood.appraisal.cycle.Cycles;
import dev.heartwood.appraisal.directory.Directory;
import dev.heartwood.appraisal.directory.StaffFacts;
import dev.heartwood.kernel.ActorRole;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.MetadataKeys;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.SchoolTime;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.CYCLE_NOT_FOUND;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.NOT_AUTHORISED_TO_REOPEN;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.NO_FRAMEWORK_FOR_CATEGORY;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.REASON_REQUIRED;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One person's appraisal in one cycle, from its start (or exemption) through objectives, reviews, the report and
 * both sign-offs to completion. After completion nothing changes except through a reopening. The root starts,
 * completes, reopens and ends the appraisal and keeps what is recorded along the way (standards communicated,
 * progress notes, evidence, development needs); its members decide the rest: {@link AppraisalStage} what may happen
 * when, {@link AppraisalParties} who speaks for whom, {@link AppraisalObjectives}, {@link AppraisalReviews},
 * {@link AppraisalReport} and the {@link HeadteacherOversight}. Each step is recorded with the day it happened
 * ({@link StepDays}); a progress note or a reference to evidence is a writing, dated the day it is recorded.
 */
@Aggregate(cache = "appraisalCache")
class Appraisal {

    /** The roles that may reopen a completed appraisal. */
    private static final Set<ActorRole> MAY_REOPEN = EnumSet.of(ActorRole.HEADTEACHER, ActorRole.TRUST_LEADER,
            ActorRole.ADMINISTRATOR);

    @AggregateIdentifier
    private AppraisalId appraisalId;
    private SchoolId schoolId;
    private StandardsFramework framework;
    private boolean standardsCommunicated;
    private final Set<Object> recorded = new HashSet<>();
    // one instance of each member, handed to those that read its state (entities of one aggregate may): declared
    // in the order they are needed
    @AggregateMember
    private final AppraisalStage stage = new AppraisalStage();
    @AggregateMember
    private final AppraisalParties parties = new AppraisalParties(stage);
    @AggregateMember
    private final HeadteacherOversight oversight = new HeadteacherOversight(stage);
    @AggregateMember
    private final AppraisalReviews reviews = new AppraisalReviews(stage);
    @AggregateMember
    private final AppraisalObjectives objectives = new AppraisalObjectives(stage, parties, oversight);
    @AggregateMember
    private final AppraisalReport report = new AppraisalReport(stage, parties, objectives, oversight);

    Appraisal() {
        // for Axon, which rebuilds the appraisal from its events
    }

    @CommandHandler
    Appraisal(StartAppraisal command, Directory directory, Cycles cycles, AppraisalRegister register, Clock clock) {
        CycleFacts cycle = cycle(command.cycleId(), cycles);
        StaffFacts appraisee = AppraisalEligibility.appraisedIn(cycle, command.appraiseeId(), directory, register);
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
    void handle(CommunicateStandards command, AppraisalRegister register, Clock clock) {
        stage.changesNeedTheAppraisalUnderWay();
        LocalDate on = register.stepDaysOf(appraisalId).dayOf(command.on(), clock);
        if (!standardsCommunicated) {
            apply(new StandardsCommunicated(appraisalId, schoolId, framework.name(), on));
        }
    }

    @CommandHandler
    void handle(AddProgressNote command, Clock clock) {
        stage.changesNeedTheAppraisalUnderWay();
        if (!recorded.contains(command.noteId())) {
            apply(new ProgressNoteAdded(appraisalId, schoolId, command.noteId(), command.note(),
                    command.confidential(), SchoolTime.today(clock)));
        }
    }

    @CommandHandler
    void handle(ReferenceEvidence command, Clock clock) {
        stage.changesNeedTheAppraisalUnderWay();
        if (!recorded.contains(command.evidenceId())) {
            apply(new EvidenceReferenced(appraisalId, schoolId, command.evidenceId(), command.description(),
                    command.reference(), command.confidential(), SchoolTime.today(clock)));
        }
    }

    @CommandHandler
    void handle(IdentifyDevelopmentNeed command, AppraisalRegister register, Clock clock) {
        stage.changesNeedTheAppraisalUnderWay();
        LocalDate on = register.stepDaysOf(appraisalId).dayOf(command.on(), clock);
        if (!recorded.contains(command.needId())) {
            apply(new DevelopmentNeedIdentified(appraisalId, schoolId, command.needId(), command.description(), on));
        }
    }

    @CommandHandler
    void handle(CompleteAppraisal command, AppraisalRegister register, Clock clock) {
        if (stage.completed()) {
            return;
        }
        stage.changesNeedTheAppraisalUnderWay();
        report.completionNeedsBothSignOffs();
        LocalDate on = register.stepDaysOf(appraisalId).dayOf(command.on(), clock);
        report.completionNotBeforeTheSignOffs(on);
        apply(new AppraisalCompleted(appraisalId, schoolId, on));
    }

    @CommandHandler
    void handle(ReopenAppraisal command, @MetaDataValue(MetadataKeys.ACTOR_ROLE) String actorRole,
                AppraisalRegister register, Clock clock) {
        reopeningNeedsAnAuthorisedRole(actorRole);
        stage.onlyACompletedAppraisalIsReopened();
        reopeningNeedsAReason(command.reason());
        LocalDate on = register.stepDaysOf(appraisalId).dayOf(command.on(), clock);
        stage.notBeforeTheStepItFollows(on);
        apply(new AppraisalReopened(appraisalId, schoolId, command.reason(), on));
    }

    @CommandHandler
    void handle(TerminateAppraisal command, Clock clock) {
        if (stage.endsWhenTheAppraiseeLeaves()) {
            apply(new AppraisalTerminated(appraisalId, schoolId, command.leftOn(), SchoolTime.today(clock)));
        }
    }

    private static void reopeningNeedsAnAuthorisedRole(String actorRole) {
        if (ActorRole.named(actorRole).filter(MAY_REOPEN::contains).isEmpty()) {
            throw new DomainRuleViolation(NOT_AUTHORISED_TO_REOPEN,
                    "Only the headteacher or a trust leader may reopen a completed appraisal");
        }
    }

    private static void reopeningNeedsAReason(PersonalText reason) {
        if (reason == null || reason.text().isBlank()) {
            throw new DomainRuleViolation(REASON_REQUIRED, "A reopening needs a reason");
        }
    }

    private static CycleFacts cycle(CycleId cycleId, Cycles cycles) {
        return cycles.cycle(cycleId).orElseThrow(() ->
                new DomainRuleViolation(CYCLE_NOT_FOUND, "No appraisal cycle " + cycleId + " is open"));
    }

    @EventSourcingHandler
    void on(AppraisalStarted event) {
        appraisalId = event.appraisalId();
        schoolId = event.schoolId();
        framework = event.framework();
    }

    @EventSourcingHandler
    void on(AppraisalExempted event) {
        appraisalId = event.appraisalId();
    }

    @EventSourcingHandler
    void on(StandardsCommunicated event) {
        standardsCommunicated = true;
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
}
