package dev.heartwood.appraisal.appraisal;

import dev.heartwood.appraisal.api.AppraisalCompleted;
import dev.heartwood.appraisal.api.AppraisalExempted;
import dev.heartwood.appraisal.api.AppraisalReopened;
import dev.heartwood.appraisal.api.AppraisalReportIssued;
import dev.heartwood.appraisal.api.AppraisalStarted;
import dev.heartwood.appraisal.api.AppraisalTerminated;
import dev.heartwood.appraisal.api.FinalReviewHeld;
import dev.heartwood.kernel.DomainRuleViolation;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.APPRAISAL_COMPLETED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.APPRAISAL_EXEMPT;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.APPRAISAL_NOT_COMPLETED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.APPRAISAL_TERMINATED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.OBJECTIVES_LOCKED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.OUTCOME_BEFORE_FINAL_REVIEW;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.REPORT_ALREADY_ISSUED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.REPORT_BEFORE_FINAL_REVIEW;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.SIGN_OFF_NEEDS_REPORT;

/**
 * Where an appraisal stands in its year, and so what may happen to it. While it is under way its objectives are
 * open until the final review; after the review the outcomes are recorded and the report is issued, and the issued
 * report is what the parties sign off. An exempt, completed or ended appraisal changes no further, except that a
 * completed one may be reopened. The rules about the order of the year speak of an appraisal under way: whether it
 * is under way is asked first.
 */
class AppraisalStage {

    private enum Stage { IN_YEAR, FINAL_REVIEW_HELD, REPORT_ISSUED, COMPLETED, EXEMPT, TERMINATED }

    private static final Set<Stage> UNDER_WAY = EnumSet.of(Stage.IN_YEAR, Stage.FINAL_REVIEW_HELD,
            Stage.REPORT_ISSUED);

    /** The step by which the appraisal reached its stage, and its day. */
    private record Reached(String step, LocalDate on) {
    }

    private Stage stage;
    /** None while the year is under way: its steps follow no other. */
    private Reached reached;

    void changesNeedTheAppraisalUnderWay() {
        switch (stage) {
            case EXEMPT -> throw new DomainRuleViolation(APPRAISAL_EXEMPT, "This person is exempt this cycle");
            case TERMINATED -> throw new DomainRuleViolation(APPRAISAL_TERMINATED, "The appraisee has left");
            case COMPLETED -> throw new DomainRuleViolation(APPRAISAL_COMPLETED,
                    "The appraisal is complete; only a reopening changes it");
            case IN_YEAR, FINAL_REVIEW_HELD, REPORT_ISSUED -> {
                // changes are allowed
            }
        }
    }

    void objectivesCannotChangeAfterTheFinalReview() {
        if (stage == Stage.FINAL_REVIEW_HELD || stage == Stage.REPORT_ISSUED) {
            throw new DomainRuleViolation(OBJECTIVES_LOCKED, "Objectives are fixed once the final review is held");
        }
    }

    void outcomesNeedTheFinalReview() {
        if (stage == Stage.IN_YEAR) {
            throw new DomainRuleViolation(OUTCOME_BEFORE_FINAL_REVIEW, "Outcomes are decided at the final review");
        }
    }

    void reportNeedsTheFinalReview() {
        if (stage == Stage.IN_YEAR) {
            throw new DomainRuleViolation(REPORT_BEFORE_FINAL_REVIEW, "The report follows the final review");
        }
    }

    /** Once the report is issued neither it nor the outcomes it reports change, unless the appraisal is reopened. */
    void issuedReportIsFinal() {
        if (stage == Stage.REPORT_ISSUED) {
            throw new DomainRuleViolation(REPORT_ALREADY_ISSUED, "The report has been issued");
        }
    }

    void signOffNeedsIssuedReport() {
        if (stage == Stage.IN_YEAR || stage == Stage.FINAL_REVIEW_HELD) {
            throw new DomainRuleViolation(SIGN_OFF_NEEDS_REPORT, "Sign-off follows the written report");
        }
    }

    /**
     * What follows the final review, the report or the completion is not dated before it, nor before a reopening
     * that sent the appraisal back: the outcomes and the report follow the review, the sign-offs the report, and a
     * reopening the completion.
     */
    void notBeforeTheStepItFollows(LocalDate on) {
        if (reached != null) {
            StepDays.inOrder(on, reached.on(), reached.step());
        }
    }

    void onlyACompletedAppraisalIsReopened() {
        if (stage != Stage.COMPLETED) {
            throw new DomainRuleViolation(APPRAISAL_NOT_COMPLETED, "Only a completed appraisal is reopened");
        }
    }

    boolean completed() {
        return stage == Stage.COMPLETED;
    }

    /** A leaver's appraisal ends where it stands; one that is exempt, complete or already ended stays as it is. */
    boolean endsWhenTheAppraiseeLeaves() {
        return UNDER_WAY.contains(stage);
    }

    @EventSourcingHandler
    void on(AppraisalStarted event) {
        stage = Stage.IN_YEAR;
    }

    @EventSourcingHandler
    void on(AppraisalExempted event) {
        stage = Stage.EXEMPT;
    }

    @EventSourcingHandler
    void on(FinalReviewHeld event) {
        stage = Stage.FINAL_REVIEW_HELD;
        reached = new Reached("the final review", event.heldOn());
    }

    @EventSourcingHandler
    void on(AppraisalReportIssued event) {
        stage = Stage.REPORT_ISSUED;
        reached = new Reached("the report", event.issuedOn());
    }

    @EventSourcingHandler
    void on(AppraisalCompleted event) {
        stage = Stage.COMPLETED;
        reached = new Reached("the completion", event.completedOn());
    }

    /** A completed appraisal had its final review, which stands; the report and the sign-offs are done again. */
    @EventSourcingHandler
    void on(AppraisalReopened event) {
        stage = Stage.FINAL_REVIEW_HELD;
        reached = new Reached("the reopening", event.reopenedOn());
    }

    @EventSourcingHandler
    void on(AppraisalTerminated event) {
        stage = Stage.TERMINATED;
    }
}
