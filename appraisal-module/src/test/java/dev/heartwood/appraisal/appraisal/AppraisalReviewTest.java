package dev.heartwood.appraisal.appraisal;

import dev.heartwood.appraisal.api.AddProgressNote;
import dev.heartwood.appraisal.api.AppraisalCompleted;
import dev.heartwood.appraisal.api.AppraisalParty;
import dev.heartwood.appraisal.api.AppraisalReopened;
import dev.heartwood.appraisal.api.AppraisalReportIssued;
import dev.heartwood.appraisal.api.CompleteAppraisal;
import dev.heartwood.appraisal.api.DevelopmentNeedIdentified;
import dev.heartwood.appraisal.api.EvidenceReferenced;
import dev.heartwood.appraisal.api.FinalReviewHeld;
import dev.heartwood.appraisal.api.HoldFinalReview;
import dev.heartwood.appraisal.api.HoldMidYearReview;
import dev.heartwood.appraisal.api.IdentifyDevelopmentNeed;
import dev.heartwood.appraisal.api.IssueAppraisalReport;
import dev.heartwood.appraisal.api.MidYearReviewHeld;
import dev.heartwood.appraisal.api.ObjectiveOutcome;
import dev.heartwood.appraisal.api.ObjectiveOutcomeRecorded;
import dev.heartwood.appraisal.api.PayPolicy;
import dev.heartwood.appraisal.api.PayRecommendation;
import dev.heartwood.appraisal.api.ProgressNoteAdded;
import dev.heartwood.appraisal.api.RecordObjectiveOutcome;
import dev.heartwood.appraisal.api.ReferenceEvidence;
import dev.heartwood.appraisal.api.ReopenAppraisal;
import dev.heartwood.appraisal.api.ReviewSignedOff;
import dev.heartwood.appraisal.api.SelfReviewSubmitted;
import dev.heartwood.appraisal.api.SignOffReview;
import dev.heartwood.appraisal.api.SubmitSelfReview;
import dev.heartwood.kernel.ActorRole;
import dev.heartwood.kernel.ConfidentialText;
import dev.heartwood.kernel.DevelopmentNeedId;
import dev.heartwood.kernel.MetadataKeys;
import dev.heartwood.kernel.PersonalText;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.heartwood.testing.Refusals.refusedWith;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.APPRAISAL_COMPLETED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.APPRAISAL_NOT_COMPLETED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.DATE_IN_THE_FUTURE;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.FINAL_REVIEW_ALREADY_HELD;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.NOT_AUTHORISED_TO_REOPEN;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.OUTCOMES_MISSING;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.OUTCOME_BEFORE_FINAL_REVIEW;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.PAY_RECOMMENDATION_NOT_ASKED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.PAY_RECOMMENDATION_REQUIRED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.REASON_REQUIRED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.REPORT_ALREADY_ISSUED;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.REPORT_BEFORE_FINAL_REVIEW;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.SIGN_OFFS_MISSING;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.SIGN_OFF_NEEDS_REPORT;

class AppraisalReviewTest extends AppraisalYear {

    private static final Map<String, String> HEADTEACHER = Map.of(MetadataKeys.ACTOR_ROLE, "HEADTEACHER");
    private static final PersonalText SUMMARY = PersonalText.of("A strong year");
    private static final PayRecommendation PROGRESSION = new PayRecommendation(true, PersonalText.of("All met"));

    @Test
    void recordsProgressNotesAndEvidenceReferencesOnceEach() {
        UUID noteId = UUID.randomUUID();
        ProgressNoteAdded note = new ProgressNoteAdded(appraisal, oakfield, noteId,
                ConfidentialText.of("Guided reading going well"), true, TODAY);
        fixture.given(started())
                .when(new AddProgressNote(appraisal, noteId, ConfidentialText.of("Guided reading going well"), true))
                .expectEvents(note);
        fixture.given(started(), note)
                .when(new AddProgressNote(appraisal, noteId, ConfidentialText.of("Guided reading going well"), true))
                .expectNoEvents();
        UUID evidenceId = UUID.randomUUID();
        fixture.given(started())
                .when(new ReferenceEvidence(appraisal, evidenceId, ConfidentialText.of("Reading data, spring"),
                        ConfidentialText.of("Shared drive / Year 4 / data"), false))
                .expectEvents(new EvidenceReferenced(appraisal, oakfield, evidenceId,
                        ConfidentialText.of("Reading data, spring"),
                        ConfidentialText.of("Shared drive / Year 4 / data"),
                        false, TODAY));
    }

    @Test
    void recordsTheMidYearReviewButNotOneDatedInTheFuture() {
        LocalDate february = LocalDate.of(2026, 2, 12);
        fixture.given(started(), readingSet())
                .when(new HoldMidYearReview(appraisal, february, PersonalText.of("On track")))
                .expectEvents(new MidYearReviewHeld(appraisal, oakfield, february, PersonalText.of("On track")));
        fixture.given(started(), readingSet())
                .when(new HoldMidYearReview(appraisal, TODAY.plusDays(1), null))
                .expectException(refusedWith(DATE_IN_THE_FUTURE));
    }

    @Test
    void takesTheAppraiseesSelfReviewAndDevelopmentNeeds() {
        DevelopmentNeedId needId = new DevelopmentNeedId(UUID.randomUUID());
        fixture.given(started())
                .when(new SubmitSelfReview(appraisal, PersonalText.of("I grew in confidence"), null))
                .expectEvents(new SelfReviewSubmitted(appraisal, oakfield, PersonalText.of("I grew in confidence"),
                        TODAY));
        fixture.given(started())
                .when(new IdentifyDevelopmentNeed(appraisal, needId, PersonalText.of("Questioning for depth"), null))
                .expectEvents(new DevelopmentNeedIdentified(appraisal, oakfield, needId,
                        PersonalText.of("Questioning for depth"), TODAY));
    }

    @Test
    void holdsTheFinalReviewOnce() {
        LocalDate tenthOfJuly = LocalDate.of(2026, 7, 10);
        fixture.given(started(), readingSet())
                .when(new HoldFinalReview(appraisal, tenthOfJuly))
                .expectEvents(new FinalReviewHeld(appraisal, oakfield, tenthOfJuly));
        fixture.given(started(), readingSet(), finalReview())
                .when(new HoldFinalReview(appraisal, tenthOfJuly)).expectNoEvents();
        fixture.given(started(), readingSet(), finalReview())
                .when(new HoldFinalReview(appraisal, TODAY)).expectException(refusedWith(FINAL_REVIEW_ALREADY_HELD));
    }

    @Test
    void recordsOutcomesOnlyAtTheFinalReview() {
        RecordObjectiveOutcome met = new RecordObjectiveOutcome(appraisal, reading, ObjectiveOutcome.MET, null, null);
        fixture.given(started(), readingSet()).when(met).expectException(refusedWith(OUTCOME_BEFORE_FINAL_REVIEW));
        fixture.given(started(), readingSet(), finalReview()).when(met).expectEvents(readingMet());
        fixture.given(started(), readingSet(), finalReview(), readingMet(), reportIssued()).when(met)
                .expectException(refusedWith(REPORT_ALREADY_ISSUED));
    }

    @Test
    void issuesTheReportOnlyAfterTheFinalReviewWithEveryOutcome() {
        IssueAppraisalReport report = new IssueAppraisalReport(appraisal, SUMMARY, null, null);
        fixture.given(started(), readingSet()).when(report).expectException(refusedWith(REPORT_BEFORE_FINAL_REVIEW));
        fixture.given(started(), readingSet(), finalReview()).when(report)
                .expectException(refusedWith(OUTCOMES_MISSING));
        fixture.given(started(), readingSet(), finalReview(), readingMet()).when(report).expectEvents(reportIssued());
    }

    @Test
    void includesAPayRecommendationOnlyWhereThePolicyAsksForOne() {
        fixture.given(started(), readingSet(), finalReview(), readingMet())
                .when(new IssueAppraisalReport(appraisal, SUMMARY, PROGRESSION, null))
                .expectException(refusedWith(PAY_RECOMMENDATION_NOT_ASKED));
        fixture.given(started(PayPolicy.PERFORMANCE_RELATED), readingSet(), finalReview(), readingMet())
                .when(new IssueAppraisalReport(appraisal, SUMMARY, null, null))
                .expectException(refusedWith(PAY_RECOMMENDATION_REQUIRED));
        fixture.given(started(PayPolicy.HYBRID), readingSet(), finalReview(), readingMet())
                .when(new IssueAppraisalReport(appraisal, SUMMARY, PROGRESSION, null))
                .expectEvents(new AppraisalReportIssued(appraisal, oakfield, SUMMARY, PROGRESSION, TODAY));
    }

    @Test
    void signOffNeedsTheIssuedReport() {
        fixture.given(started(), readingSet(), finalReview(), readingMet())
                .when(new SignOffReview(appraisal, AppraisalParty.APPRAISEE, null, null))
                .expectException(refusedWith(SIGN_OFF_NEEDS_REPORT));
        fixture.given(started(), readingSet(), finalReview(), readingMet(), reportIssued())
                .when(new SignOffReview(appraisal, AppraisalParty.APPRAISEE, PersonalText.of("Agreed"), null))
                .expectEvents(new ReviewSignedOff(appraisal, oakfield, AppraisalParty.APPRAISEE,
                        PersonalText.of("Agreed"), TODAY));
    }

    @Test
    void completesOnlyWithBothSignOffs() {
        fixture.given(started(), readingSet(), finalReview(), readingMet(), reportIssued(),
                        signedOffBy(AppraisalParty.APPRAISER))
                .when(new CompleteAppraisal(appraisal, null))
                .expectException(refusedWith(SIGN_OFFS_MISSING));
        fixture.given(signedOffByBoth())
                .when(new CompleteAppraisal(appraisal, null))
                .expectEvents(new AppraisalCompleted(appraisal, oakfield, TODAY));
    }

    @Test
    void nothingChangesACompletedAppraisal() {
        fixture.given(signedOffByBoth()).andGiven(new AppraisalCompleted(appraisal, oakfield, TODAY))
                .when(new SubmitSelfReview(appraisal, PersonalText.of("One more thought"), null))
                .expectException(refusedWith(APPRAISAL_COMPLETED));
        fixture.given(signedOffByBoth()).andGiven(new AppraisalCompleted(appraisal, oakfield, TODAY))
                .when(new CompleteAppraisal(appraisal, null))
                .expectNoEvents();
    }

    @Test
    void reopensACompletedAppraisalForAnAuthorisedActorWithAReason() {
        ReopenAppraisal reopen = new ReopenAppraisal(appraisal, PersonalText.of("Outcome recorded wrongly"), null);
        fixture.given(signedOffByBoth()).andGiven(new AppraisalCompleted(appraisal, oakfield, TODAY))
                .when(reopen, HEADTEACHER)
                .expectEvents(new AppraisalReopened(appraisal, oakfield, PersonalText.of("Outcome recorded wrongly"),
                        TODAY));
        fixture.given(signedOffByBoth()).andGiven(new AppraisalCompleted(appraisal, oakfield, TODAY))
                .when(reopen, Map.of(MetadataKeys.ACTOR_ROLE, "TEACHER"))
                .expectException(refusedWith(NOT_AUTHORISED_TO_REOPEN));
        fixture.given(signedOffByBoth()).andGiven(new AppraisalCompleted(appraisal, oakfield, TODAY))
                .when(new ReopenAppraisal(appraisal, PersonalText.of("  "), null), HEADTEACHER)
                .expectException(refusedWith(REASON_REQUIRED));
        fixture.given(signedOffByBoth())
                .when(reopen, HEADTEACHER)
                .expectException(refusedWith(APPRAISAL_NOT_COMPLETED));
    }

    @Test
    void onlyTheHeadteacherATrustLeaderOrAnAdministratorReopens() {
        ReopenAppraisal reopen = new ReopenAppraisal(appraisal, PersonalText.of("Outcome recorded wrongly"), null);
        AppraisalCompleted completed = new AppraisalCompleted(appraisal, oakfield, TODAY);
        for (ActorRole role : List.of(ActorRole.HEADTEACHER, ActorRole.TRUST_LEADER, ActorRole.ADMINISTRATOR)) {
            fixture.given(signedOffByBoth()).andGiven(completed)
                    .when(reopen, Map.of(MetadataKeys.ACTOR_ROLE, role.name()))
                    .expectEvents(new AppraisalReopened(appraisal, oakfield,
                            PersonalText.of("Outcome recorded wrongly"), TODAY));
        }
        // HR keeps the directory and never sees an appraisal (ADR 9), so it reopens none either
        for (ActorRole role : List.of(ActorRole.STAFF, ActorRole.APPRAISER, ActorRole.SENIOR_LEADER,
                ActorRole.GOVERNOR, ActorRole.HR)) {
            fixture.given(signedOffByBoth()).andGiven(completed)
                    .when(reopen, Map.of(MetadataKeys.ACTOR_ROLE, role.name()))
                    .expectException(refusedWith(NOT_AUTHORISED_TO_REOPEN));
        }
        fixture.given(signedOffByBoth()).andGiven(completed).when(reopen)
                .expectException(refusedWith(NOT_AUTHORISED_TO_REOPEN));
    }

    @Test
    void aReopenedAppraisalTakesNewOutcomesAReportAndSignOffsAgain() {
        fixture.given(signedOffByBoth()).andGiven(new AppraisalCompleted(appraisal, oakfield, TODAY),
                        new AppraisalReopened(appraisal, oakfield, PersonalText.of("Outcome wrong"), TODAY))
                .when(new RecordObjectiveOutcome(appraisal, reading, ObjectiveOutcome.PARTIALLY_MET, null, null))
                .expectEvents(new ObjectiveOutcomeRecorded(appraisal, oakfield, reading,
                        ObjectiveOutcome.PARTIALLY_MET, null, TODAY));
        fixture.given(signedOffByBoth()).andGiven(new AppraisalCompleted(appraisal, oakfield, TODAY),
                        new AppraisalReopened(appraisal, oakfield, PersonalText.of("Outcome wrong"), TODAY))
                .when(new CompleteAppraisal(appraisal, null))
                .expectException(refusedWith(SIGN_OFFS_MISSING));
    }
}
