package dev.heartwood.reporting.tracker;

import dev.heartwood.appraisal.api.AppraisalCompleted;
import dev.heartwood.appraisal.api.AppraisalParty;
import dev.heartwood.appraisal.api.AppraisalReopened;
import dev.heartwood.appraisal.api.AppraisalReportIssued;
import dev.heartwood.appraisal.api.FinalReviewHeld;
import dev.heartwood.appraisal.api.MidYearReviewHeld;
import dev.heartwood.appraisal.api.ObjectivesAgreed;
import dev.heartwood.appraisal.api.ObjectivesDisagreementRecorded;
import dev.heartwood.appraisal.api.ReviewSignedOff;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.reporting.AnAppraisal;
import dev.heartwood.reporting.ProjectionSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CompletionTrackerProjectionTest {

    @RegisterExtension
    static final ProjectionSchema schema = new ProjectionSchema();

    private final CompletionTrackerProjection projection = new CompletionTrackerProjection(schema.jdbc());
    private final AnAppraisal appraisal = new AnAppraisal();

    private long recorded(Object payload) {
        return schema.apply(projection, appraisal.recorded(schema, payload));
    }

    private ObjectivesAgreed agreed(AppraisalParty party, LocalDate on) {
        return new ObjectivesAgreed(appraisal.id(), appraisal.school(), party, List.of(), on);
    }

    private ReviewSignedOff signedOff(AppraisalParty party, LocalDate on) {
        return new ReviewSignedOff(appraisal.id(), appraisal.school(), party, PersonalText.of("Agreed"), on);
    }

    private List<String> steps() {
        return schema.rows("""
                SELECT status, category, appraisee_agreed_on, appraiser_agreed_on, objectives_done_on,
                       mid_year_review_on, final_review_on, report_issued_on, appraisee_signed_off_on,
                       appraiser_signed_off_on, completed_on, last_event_index
                FROM completion_appraisal WHERE appraisal_id = ?""", appraisal.id().value());
    }

    @Test
    void theObjectivesStepIsDoneOnTheLaterAgreementAndAReviewOnTheFirstTimeItWasHeld() {
        recorded(appraisal.started(LocalDate.of(2025, 9, 15)));
        recorded(agreed(AppraisalParty.APPRAISER, LocalDate.of(2025, 10, 8)));
        recorded(agreed(AppraisalParty.APPRAISEE, LocalDate.of(2025, 10, 20)));
        recorded(new MidYearReviewHeld(appraisal.id(), appraisal.school(), LocalDate.of(2026, 2, 10),
                PersonalText.of("On track")));
        long followUp = recorded(new MidYearReviewHeld(appraisal.id(), appraisal.school(),
                LocalDate.of(2026, 3, 2), PersonalText.of("Follow-up")));

        assertThat(steps()).containsExactly("UNDER_WAY | TEACHER | 2025-10-20 | 2025-10-08 | 2025-10-20 | "
                + "2026-02-10 | null | null | null | null | null | " + followUp);
    }

    @Test
    void aDisagreementInWritingDoesTheObjectivesStep() {
        recorded(appraisal.started(LocalDate.of(2025, 9, 15)));
        recorded(new ObjectivesDisagreementRecorded(appraisal.id(), appraisal.school(), AppraisalParty.APPRAISEE,
                PersonalText.of("Too many objectives"), LocalDate.of(2025, 10, 30)));

        assertThat(schema.rows("""
                        SELECT disagreement_recorded, disagreement_recorded_on, objectives_done_on
                        FROM completion_appraisal"""))
                .containsExactly("t | 2025-10-30 | 2025-10-30");
    }

    @Test
    void aReopenedAppraisalNeedsItsReportSignOffsAndCompletionAgain() {
        recorded(appraisal.started(LocalDate.of(2025, 9, 15)));
        recorded(new FinalReviewHeld(appraisal.id(), appraisal.school(), LocalDate.of(2026, 7, 1)));
        recorded(new AppraisalReportIssued(appraisal.id(), appraisal.school(), PersonalText.of("A good year"), null,
                LocalDate.of(2026, 7, 3)));
        recorded(signedOff(AppraisalParty.APPRAISEE, LocalDate.of(2026, 7, 6)));
        recorded(signedOff(AppraisalParty.APPRAISER, LocalDate.of(2026, 7, 7)));
        recorded(new AppraisalCompleted(appraisal.id(), appraisal.school(), LocalDate.of(2026, 7, 8)));

        assertThat(steps()).singleElement().asString()
                .startsWith("COMPLETED | TEACHER | null | null | null | null | 2026-07-01 | 2026-07-03 | 2026-07-06 | "
                        + "2026-07-07 | 2026-07-08 | ");

        long reopened = recorded(new AppraisalReopened(appraisal.id(), appraisal.school(),
                PersonalText.of("Wrong report"), LocalDate.of(2026, 7, 9)));

        assertThat(steps()).containsExactly("UNDER_WAY | TEACHER | null | null | null | null | 2026-07-01 | null | "
                + "null | null | null | " + reopened);
    }
}
