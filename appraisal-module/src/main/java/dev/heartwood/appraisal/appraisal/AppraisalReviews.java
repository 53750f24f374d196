package dev.heartwood.appraisal.appraisal;

import dev.heartwood.appraisal.api.AppraisalStarted;
import dev.heartwood.appraisal.api.FinalReviewHeld;
import dev.heartwood.appraisal.api.HoldFinalReview;
import dev.heartwood.appraisal.api.HoldMidYearReview;
import dev.heartwood.appraisal.api.MidYearReviewHeld;
import dev.heartwood.appraisal.api.SelfReviewSubmitted;
import dev.heartwood.appraisal.api.SubmitSelfReview;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.SchoolTime;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Clock;
import java.time.LocalDate;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.DATE_IN_THE_FUTURE;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.FINAL_REVIEW_ALREADY_HELD;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The year's reviews: the mid-year review, the appraisee's self-review, and the final review, which is held once
 * and fixes the objectives. A review is recorded on the day it was held, never on one still to come.
 */
class AppraisalReviews {

    private final AppraisalStage stage;
    private SchoolId schoolId;
    private LocalDate finalReviewOn;

    AppraisalReviews(AppraisalStage stage) {
        this.stage = stage;
    }

    @CommandHandler
    void handle(HoldMidYearReview command, Clock clock) {
        stage.changesNeedTheAppraisalUnderWay();
        notInTheFuture(command.heldOn(), clock);
        apply(new MidYearReviewHeld(command.appraisalId(), schoolId, command.heldOn(), command.summary()));
    }

    @CommandHandler
    void handle(SubmitSelfReview command, Clock clock) {
        stage.changesNeedTheAppraisalUnderWay();
        apply(new SelfReviewSubmitted(command.appraisalId(), schoolId, command.reflection(), SchoolTime.today(clock)));
    }

    @CommandHandler
    void handle(HoldFinalReview command, Clock clock) {
        stage.changesNeedTheAppraisalUnderWay();
        if (command.heldOn().equals(finalReviewOn)) {
            return;
        }
        if (finalReviewOn != null) {
            throw new DomainRuleViolation(FINAL_REVIEW_ALREADY_HELD, "The final review was held on " + finalReviewOn);
        }
        notInTheFuture(command.heldOn(), clock);
        apply(new FinalReviewHeld(command.appraisalId(), schoolId, command.heldOn()));
    }

    private static void notInTheFuture(LocalDate date, Clock clock) {
        if (date.isAfter(SchoolTime.today(clock))) {
            throw new DomainRuleViolation(DATE_IN_THE_FUTURE, date + " has not happened yet");
        }
    }

    @EventSourcingHandler
    void on(AppraisalStarted event) {
        schoolId = event.schoolId();
    }

    @EventSourcingHandler
    void on(FinalReviewHeld event) {
        finalReviewOn = event.heldOn();
    }
}
