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
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.Clock;
import java.time.LocalDate;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.FINAL_REVIEW_ALREADY_HELD;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The year's reviews: the mid-year review, the appraisee's self-review, and the final review, which is held once
 * and fixes the objectives. Each is recorded on the day it was held or submitted ({@link StepDays}).
 */
class AppraisalReviews {

    private final AppraisalStage stage;
    private SchoolId schoolId;
    private LocalDate finalReviewOn;

    AppraisalReviews(AppraisalStage stage) {
        this.stage = stage;
    }

    @CommandHandler
    void handle(HoldMidYearReview command, AppraisalRegister register, Clock clock) {
        stage.changesNeedTheAppraisalUnderWay();
        register.stepDaysOf(command.appraisalId()).dayOf(command.heldOn(), clock);
        apply(new MidYearReviewHeld(command.appraisalId(), schoolId, command.heldOn(), command.summary()));
    }

    @CommandHandler
    void handle(SubmitSelfReview command, AppraisalRegister register, Clock clock) {
        stage.changesNeedTheAppraisalUnderWay();
        LocalDate on = register.stepDaysOf(command.appraisalId()).dayOf(command.on(), clock);
        apply(new SelfReviewSubmitted(command.appraisalId(), schoolId, command.reflection(), on));
    }

    @CommandHandler
    void handle(HoldFinalReview command, AppraisalRegister register, Clock clock) {
        stage.changesNeedTheAppraisalUnderWay();
        if (command.heldOn().equals(finalReviewOn)) {
            return;
        }
        if (finalReviewOn != null) {
            throw new DomainRuleViolation(FINAL_REVIEW_ALREADY_HELD, "The final review was held on " + finalReviewOn);
        }
        register.stepDaysOf(command.appraisalId()).dayOf(command.heldOn(), clock);
        apply(new FinalReviewHeld(command.appraisalId(), schoolId, command.heldOn()));
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
