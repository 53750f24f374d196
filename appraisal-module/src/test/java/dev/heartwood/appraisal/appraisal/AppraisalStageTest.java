package dev.heartwood.appraisal.appraisal;

import dev.heartwood.appraisal.api.AppraisalCompleted;
import dev.heartwood.appraisal.api.AppraisalErrorCode;
import dev.heartwood.appraisal.api.AppraisalExempted;
import dev.heartwood.appraisal.api.AppraisalReopened;
import dev.heartwood.appraisal.api.AppraisalTerminated;
import dev.heartwood.appraisal.api.ExemptionReason;
import dev.heartwood.kernel.DomainRuleViolation;
import dev.heartwood.kernel.PersonalText;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.APPRAISAL_COMPLETED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.APPRAISAL_EXEMPT;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.APPRAISAL_NOT_COMPLETED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.APPRAISAL_TERMINATED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.OBJECTIVES_LOCKED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.OUTCOME_BEFORE_FINAL_REVIEW;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.REPORT_ALREADY_ISSUED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.REPORT_BEFORE_FINAL_REVIEW;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.SIGN_OFF_NEEDS_REPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The stage read on its own, fed the events that move it as the aggregate feeds them. */
class AppraisalStageTest extends AppraisalYear {

    private final AppraisalStage stage = new AppraisalStage();

    @Test
    void inTheYearTheObjectivesAreOpenAndNothingOfTheYearsEndIsDueYet() {
        inTheYear();

        allows(stage::changesNeedTheAppraisalUnderWay);
        allows(stage::objectivesCannotChangeAfterTheFinalReview);
        refuses(stage::outcomesNeedTheFinalReview, OUTCOME_BEFORE_FINAL_REVIEW);
        refuses(stage::reportNeedsTheFinalReview, REPORT_BEFORE_FINAL_REVIEW);
        allows(stage::issuedReportIsFinal);
        refuses(stage::signOffNeedsIssuedReport, SIGN_OFF_NEEDS_REPORT);
        refuses(stage::onlyACompletedAppraisalIsReopened, APPRAISAL_NOT_COMPLETED);
        assertThat(stage.endsWhenTheAppraiseeLeaves()).isTrue();
    }

    @Test
    void theFinalReviewFixesTheObjectivesAndOpensTheOutcomesAndTheReport() {
        afterTheFinalReview();

        allows(stage::changesNeedTheAppraisalUnderWay);
        refuses(stage::objectivesCannotChangeAfterTheFinalReview, OBJECTIVES_LOCKED);
        allows(stage::outcomesNeedTheFinalReview);
        allows(stage::reportNeedsTheFinalReview);
        allows(stage::issuedReportIsFinal);
        refuses(stage::signOffNeedsIssuedReport, SIGN_OFF_NEEDS_REPORT);
        assertThat(stage.endsWhenTheAppraiseeLeaves()).isTrue();
    }

    @Test
    void theIssuedReportIsFinalAndIsWhatThePartiesSignOff() {
        afterTheReport();

        allows(stage::changesNeedTheAppraisalUnderWay);
        refuses(stage::objectivesCannotChangeAfterTheFinalReview, OBJECTIVES_LOCKED);
        refuses(stage::issuedReportIsFinal, REPORT_ALREADY_ISSUED);
        allows(stage::signOffNeedsIssuedReport);
        refuses(stage::onlyACompletedAppraisalIsReopened, APPRAISAL_NOT_COMPLETED);
        assertThat(stage.completed()).isFalse();
        assertThat(stage.endsWhenTheAppraiseeLeaves()).isTrue();
    }

    @Test
    void aCompletedAppraisalChangesOnlyByReopeningAndDoesNotEndWhenTheAppraiseeLeaves() {
        afterCompletion();

        refuses(stage::changesNeedTheAppraisalUnderWay, APPRAISAL_COMPLETED);
        allows(stage::onlyACompletedAppraisalIsReopened);
        assertThat(stage.completed()).isTrue();
        assertThat(stage.endsWhenTheAppraiseeLeaves()).isFalse();
    }

    @Test
    void reopeningKeepsTheFinalReviewAndTakesBackTheReport() {
        afterCompletion();
        stage.on(new AppraisalReopened(appraisal, oakfield, PersonalText.of("Outcome recorded wrongly"), TODAY));

        allows(stage::changesNeedTheAppraisalUnderWay);
        refuses(stage::objectivesCannotChangeAfterTheFinalReview, OBJECTIVES_LOCKED);
        allows(stage::outcomesNeedTheFinalReview);
        allows(stage::issuedReportIsFinal);
        refuses(stage::signOffNeedsIssuedReport, SIGN_OFF_NEEDS_REPORT);
        assertThat(stage.completed()).isFalse();
    }

    @Test
    void anExemptAppraisalChangesNoFurtherAndHasNothingToEnd() {
        stage.on(new AppraisalExempted(appraisal, cycle, oakfield, YEAR, teacher, ExemptionReason.INDUCTION, null,
                SEPTEMBER));

        refuses(stage::changesNeedTheAppraisalUnderWay, APPRAISAL_EXEMPT);
        refuses(stage::onlyACompletedAppraisalIsReopened, APPRAISAL_NOT_COMPLETED);
        assertThat(stage.endsWhenTheAppraiseeLeaves()).isFalse();
    }

    @Test
    void anEndedAppraisalChangesNoFurtherAndEndsOnlyOnce() {
        inTheYear();
        stage.on(new AppraisalTerminated(appraisal, oakfield, LocalDate.of(2026, 3, 31), TODAY));

        refuses(stage::changesNeedTheAppraisalUnderWay, APPRAISAL_TERMINATED);
        refuses(stage::onlyACompletedAppraisalIsReopened, APPRAISAL_NOT_COMPLETED);
        assertThat(stage.endsWhenTheAppraiseeLeaves()).isFalse();
    }

    private void inTheYear() {
        stage.on(started());
    }

    private void afterTheFinalReview() {
        inTheYear();
        stage.on(finalReview());
    }

    private void afterTheReport() {
        afterTheFinalReview();
        stage.on(reportIssued());
    }

    private void afterCompletion() {
        afterTheReport();
        stage.on(new AppraisalCompleted(appraisal, oakfield, TODAY));
    }

    private static void allows(ThrowingCallable rule) {
        assertThatCode(rule).doesNotThrowAnyException();
    }

    private static void refuses(ThrowingCallable rule, AppraisalErrorCode code) {
        assertThatThrownBy(rule).isInstanceOfSatisfying(DomainRuleViolation.class,
                refusal -> assertThat(refusal.getErrorCode()).isEqualTo(code));
    }
}
