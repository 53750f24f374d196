package dev.heartwood.appraisal.appraisal;

import dev.heartwood.appraisal.api.AgreeObjectives;
import dev.heartwood.appraisal.api.AppraisalCompleted;
import dev.heartwood.appraisal.api.AppraisalParty;
import dev.heartwood.appraisal.api.AppraisalReopened;
import dev.heartwood.appraisal.api.CompleteAppraisal;
import dev.heartwood.appraisal.api.IssueAppraisalReport;
import dev.heartwood.appraisal.api.ObjectiveOutcome;
import dev.heartwood.appraisal.api.ObjectiveRevised;
import dev.heartwood.appraisal.api.ObjectiveSet;
import dev.heartwood.appraisal.api.ObjectivesAgreed;
import dev.heartwood.appraisal.api.ObjectivesDisagreementRecorded;
import dev.heartwood.appraisal.api.RecordObjectiveOutcome;
import dev.heartwood.appraisal.api.RecordObjectivesDisagreement;
import dev.heartwood.appraisal.api.ReopenAppraisal;
import dev.heartwood.appraisal.api.ReviewSignedOff;
import dev.heartwood.appraisal.api.ReviseObjective;
import dev.heartwood.appraisal.api.SetObjective;
import dev.heartwood.appraisal.api.SignOffReview;
import dev.heartwood.appraisal.api.WithdrawObjective;
import dev.heartwood.kernel.MetadataKeys;
import dev.heartwood.kernel.PersonalText;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dev.heartwood.testing.Refusals.refusedWith;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.DATE_BEFORE_THE_CYCLE;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.DATE_BEFORE_THE_PERSON_STARTED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.DATE_IN_THE_FUTURE;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.DATE_OUT_OF_ORDER;

/**
 * Each step is recorded on the day it happened, which a school often enters weeks later: never a day still to come,
 * nor one before the cycle or before the appraisee joined, nor one before a step it follows.
 */
class AppraisalDaysTest extends AppraisalYear {

    private static final LocalDate OBJECTIVES_MEETING = LocalDate.of(2025, 10, 20);
    private static final LocalDate FINAL_REVIEW = LocalDate.of(2026, 7, 10);

    private SetObjective setReadingOn(LocalDate on) {
        return new SetObjective(appraisal, reading, PersonalText.of("Raise Year 4 reading fluency"),
                PersonalText.of("80% at the expected standard by July"), List.of("TS2"), List.of(readingPriority), on);
    }

    private ObjectiveSet readingSetOn(LocalDate on) {
        return new ObjectiveSet(appraisal, oakfield, teacher, reading, PersonalText.of("Raise Year 4 reading fluency"),
                PersonalText.of("80% at the expected standard by July"), List.of("TS2"), List.of(readingPriority), on);
    }

    private ReviewSignedOff signedOffOn(AppraisalParty party, LocalDate on) {
        return new ReviewSignedOff(appraisal, oakfield, party, null, on);
    }

    @Test
    void recordsAnObjectivesMeetingOnTheDayItWasHeldNotTheDayItIsEntered() {
        fixture.given(started()).when(setReadingOn(OBJECTIVES_MEETING)).expectEvents(readingSetOn(OBJECTIVES_MEETING));
        fixture.given(started(), readingSetOn(OBJECTIVES_MEETING))
                .when(new AgreeObjectives(appraisal, AppraisalParty.APPRAISEE, OBJECTIVES_MEETING))
                .expectEvents(new ObjectivesAgreed(appraisal, oakfield, AppraisalParty.APPRAISEE, List.of(reading),
                        OBJECTIVES_MEETING));
    }

    @Test
    void refusesAStepDatedOnADayStillToCome() {
        fixture.given(started())
                .when(setReadingOn(TODAY.plusDays(1)))
                .expectException(refusedWith(DATE_IN_THE_FUTURE));
        fixture.given(signedOffByBoth())
                .when(new CompleteAppraisal(appraisal, TODAY.plusDays(1)))
                .expectException(refusedWith(DATE_IN_THE_FUTURE));
    }

    @Test
    void refusesAStepDatedBeforeTheCycleBeganOrBeforeTheAppraiseeJoined() {
        fixture.given(started())
                .when(setReadingOn(SEPTEMBER.minusDays(1)))
                .expectException(refusedWith(DATE_BEFORE_THE_CYCLE));
        appraisals.beginning(SEPTEMBER, LocalDate.of(2026, 1, 5));
        fixture.given(started())
                .when(setReadingOn(LocalDate.of(2026, 1, 4)))
                .expectException(refusedWith(DATE_BEFORE_THE_PERSON_STARTED));
        fixture.given(started())
                .when(setReadingOn(LocalDate.of(2026, 1, 5)))
                .expectEvents(readingSetOn(LocalDate.of(2026, 1, 5)));
    }

    @Test
    void agreementOrDisagreementIsNotDatedBeforeTheObjectivesTookTheirPresentTerms() {
        ObjectiveRevised revised = new ObjectiveRevised(appraisal, oakfield, reading,
                PersonalText.of("Raise Year 4 reading fluency"), PersonalText.of("75% at the expected standard"),
                List.of("TS2"), List.of(readingPriority), PersonalText.of("New class"), OBJECTIVES_MEETING);
        fixture.given(started(), readingSet(), revised)
                .when(new AgreeObjectives(appraisal, AppraisalParty.APPRAISER, OBJECTIVES_MEETING.minusDays(1)))
                .expectException(refusedWith(DATE_OUT_OF_ORDER));
        fixture.given(started(), readingSet(), revised)
                .when(new RecordObjectivesDisagreement(appraisal, AppraisalParty.APPRAISEE,
                        PersonalText.of("The target is too high"), OBJECTIVES_MEETING.minusDays(1)))
                .expectException(refusedWith(DATE_OUT_OF_ORDER));
        fixture.given(started(), readingSet(), revised)
                .when(new RecordObjectivesDisagreement(appraisal, AppraisalParty.APPRAISEE,
                        PersonalText.of("The target is too high"), OBJECTIVES_MEETING))
                .expectEvents(new ObjectivesDisagreementRecorded(appraisal, oakfield, AppraisalParty.APPRAISEE,
                        PersonalText.of("The target is too high"), OBJECTIVES_MEETING));
    }

    @Test
    void aRevisionOrAWithdrawalIsNotDatedBeforeTheObjectiveWasSet() {
        fixture.given(started(), readingSetOn(OBJECTIVES_MEETING))
                .when(new ReviseObjective(appraisal, reading, PersonalText.of("Raise Year 4 reading fluency"),
                        PersonalText.of("75% at the expected standard"), List.of("TS2"), List.of(readingPriority),
                        PersonalText.of("New class"), OBJECTIVES_MEETING.minusDays(7)))
                .expectException(refusedWith(DATE_OUT_OF_ORDER));
        fixture.given(started(), readingSetOn(OBJECTIVES_MEETING))
                .when(new WithdrawObjective(appraisal, reading, PersonalText.of("New role"),
                        OBJECTIVES_MEETING.minusDays(7)))
                .expectException(refusedWith(DATE_OUT_OF_ORDER));
    }

    @Test
    void outcomesAndTheReportAreNotDatedBeforeTheFinalReviewNorTheReportBeforeTheOutcomes() {
        fixture.given(started(), readingSet(), agreedBy(AppraisalParty.APPRAISEE),
                        agreedBy(AppraisalParty.APPRAISER), finalReview())
                .when(new RecordObjectiveOutcome(appraisal, reading, ObjectiveOutcome.MET, null,
                        FINAL_REVIEW.minusDays(1)))
                .expectException(refusedWith(DATE_OUT_OF_ORDER));
        fixture.given(started(), readingSet(), agreedBy(AppraisalParty.APPRAISEE),
                        agreedBy(AppraisalParty.APPRAISER), finalReview(), readingMet())
                .when(new IssueAppraisalReport(appraisal, PersonalText.of("A strong year"), null, FINAL_REVIEW))
                .expectException(refusedWith(DATE_OUT_OF_ORDER));
        fixture.given(started(), readingSet(), agreedBy(AppraisalParty.APPRAISEE),
                        agreedBy(AppraisalParty.APPRAISER), finalReview(), readingMet())
                .when(new IssueAppraisalReport(appraisal, PersonalText.of("A strong year"), null, TODAY))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aSignOffFollowsTheReportAndTheCompletionFollowsBothSignOffs() {
        fixture.given(started(), readingSet(), agreedBy(AppraisalParty.APPRAISEE),
                        agreedBy(AppraisalParty.APPRAISER), finalReview(), readingMet(), reportIssued())
                .when(new SignOffReview(appraisal, AppraisalParty.APPRAISEE, null, TODAY.minusDays(1)))
                .expectException(refusedWith(DATE_OUT_OF_ORDER));
        fixture.given(started(), readingSet(), agreedBy(AppraisalParty.APPRAISEE),
                        agreedBy(AppraisalParty.APPRAISER), finalReview(), readingMet(), reportIssued(),
                        signedOffOn(AppraisalParty.APPRAISEE, TODAY), signedOffOn(AppraisalParty.APPRAISER, TODAY))
                .when(new CompleteAppraisal(appraisal, TODAY.minusDays(1)))
                .expectException(refusedWith(DATE_OUT_OF_ORDER));
        fixture.given(signedOffByBoth())
                .when(new CompleteAppraisal(appraisal, TODAY))
                .expectEvents(new AppraisalCompleted(appraisal, oakfield, TODAY));
    }

    @Test
    void aReopeningFollowsTheCompletionAndTheNewReportFollowsTheReopening() {
        AppraisalCompleted completed = new AppraisalCompleted(appraisal, oakfield, LocalDate.of(2026, 7, 13));
        fixture.given(signedOffByBoth()).andGiven(completed)
                .when(new ReopenAppraisal(appraisal, PersonalText.of("Outcome recorded wrongly"),
                        LocalDate.of(2026, 7, 12)), Map.of(MetadataKeys.ACTOR_ROLE, "HEADTEACHER"))
                .expectException(refusedWith(DATE_OUT_OF_ORDER));
        fixture.given(signedOffByBoth()).andGiven(completed, new AppraisalReopened(appraisal, oakfield,
                        PersonalText.of("Outcome recorded wrongly"), TODAY))
                .when(new RecordObjectiveOutcome(appraisal, reading, ObjectiveOutcome.PARTIALLY_MET, null,
                        LocalDate.of(2026, 7, 14)))
                .expectException(refusedWith(DATE_OUT_OF_ORDER));
    }
}
