package dev.heartwood.appraisal.appraisal;

import dev.heartwood.appraisal.api.AppraisalParty;
import dev.heartwood.appraisal.api.AppraisalReopened;
import dev.heartwood.appraisal.api.AppraisalReportIssued;
import dev.heartwood.appraisal.api.AppraisalStarted;
import dev.heartwood.appraisal.api.ConsultationStage;
import dev.heartwood.appraisal.api.IssueAppraisalReport;
import dev.heartwood.appraisal.api.PayPolicy;
import dev.heartwood.appraisal.api.PayRecommendation;
import dev.heartwood.appraisal.api.ReviewSignedOff;
import dev.heartwood.appraisal.api.SignOffReview;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.MetadataKeys;
import dev.heartwood.kernel.SchoolId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.PAY_RECOMMENDATION_NOT_ASKED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.PAY_RECOMMENDATION_REQUIRED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.SIGN_OFFS_MISSING;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The written report that follows the final review, with a pay recommendation only where the cycle's pay policy
 * asks for one, and its sign-off by both parties, which the completion waits for. A reopening takes back the
 * report and the sign-offs (the appraisal's {@link dev.heartwood.appraisal.api.ClosingStep}s, with the completion).
 */
class AppraisalReport {

    private final AppraisalStage stage;
    private final AppraisalParties parties;
    private final AppraisalObjectives objectives;
    private final HeadteacherOversight oversight;
    private SchoolId schoolId;
    private PayPolicy payPolicy;
    private final Map<AppraisalParty, LocalDate> signedOffOn = new EnumMap<>(AppraisalParty.class);

    AppraisalReport(AppraisalStage stage, AppraisalParties parties, AppraisalObjectives objectives,
                    HeadteacherOversight oversight) {
        this.stage = stage;
        this.parties = parties;
        this.objectives = objectives;
        this.oversight = oversight;
    }

    @CommandHandler
    void handle(IssueAppraisalReport command, AppraisalRegister register, Clock clock) {
        stage.changesNeedTheAppraisalUnderWay();
        stage.reportNeedsTheFinalReview();
        stage.issuedReportIsFinal();
        objectives.reportNeedsEveryOutcome();
        payRecommendationOnlyWhereThePolicyAsks(command.payRecommendation());
        LocalDate on = register.stepDaysOf(command.appraisalId()).dayOf(command.on(), clock);
        stage.notBeforeTheStepItFollows(on);
        objectives.reportNotBeforeTheOutcomes(on);
        apply(new AppraisalReportIssued(command.appraisalId(), schoolId, command.summary(),
                command.payRecommendation(), on));
    }

    @CommandHandler
    void handle(SignOffReview command, @MetaDataValue(MetadataKeys.ACTOR_ID) String actorId,
                @MetaDataValue(MetadataKeys.ACTOR_ROLE) String actorRole, AppraisalRegister register,
                Clock clock) {
        parties.aPartySpeaksOnlyForThemselves(command.party(), actorId, actorRole);
        stage.changesNeedTheAppraisalUnderWay();
        stage.signOffNeedsIssuedReport();
        oversight.adviserConsultedAt(ConsultationStage.FINAL_REVIEW);
        LocalDate on = register.stepDaysOf(command.appraisalId()).dayOf(command.on(), clock);
        stage.notBeforeTheStepItFollows(on);
        oversight.notBeforeTheAdviserWasConsultedAt(ConsultationStage.FINAL_REVIEW, on);
        if (!signedOffOn.containsKey(command.party())) {
            apply(new ReviewSignedOff(command.appraisalId(), schoolId, command.party(), command.comment(), on));
        }
    }

    private void payRecommendationOnlyWhereThePolicyAsks(PayRecommendation recommendation) {
        if (payPolicy.asksForPayRecommendation() && recommendation == null) {
            throw new DomainRuleViolation(PAY_RECOMMENDATION_REQUIRED, "The cycle's pay policy asks for one");
        }
        if (!payPolicy.asksForPayRecommendation() && recommendation != null) {
            throw new DomainRuleViolation(PAY_RECOMMENDATION_NOT_ASKED,
                    "The cycle's pay policy does not link appraisal to pay");
        }
    }

    void completionNeedsBothSignOffs() {
        if (signedOffOn.size() < AppraisalParty.values().length) {
            throw new DomainRuleViolation(SIGN_OFFS_MISSING, "Both appraisee and appraiser sign off first");
        }
    }

    void completionNotBeforeTheSignOffs(LocalDate on) {
        signedOffOn.forEach((party, signedOn) -> StepDays.inOrder(on, signedOn,
                "the " + party.name().toLowerCase() + "'s sign-off"));
    }

    @EventSourcingHandler
    void on(AppraisalStarted event) {
        schoolId = event.schoolId();
        payPolicy = event.payPolicy();
    }

    @EventSourcingHandler
    void on(ReviewSignedOff event) {
        signedOffOn.put(event.party(), event.signedOn());
    }

    @EventSourcingHandler
    void on(AppraisalReopened event) {
        signedOffOn.clear();
    }
}
