package dev.heartwood.reporting.appraisal;

import dev.heartwood.appraisal.api.AppraisalCompleted;
import dev.heartwood.appraisal.api.AppraisalExempted;
import dev.heartwood.appraisal.api.AppraisalReopened;
import dev.heartwood.appraisal.api.AppraiserChanged;
import dev.heartwood.appraisal.api.ExemptionReason;
import dev.heartwood.appraisal.api.ObjectiveOutcome;
import dev.heartwood.appraisal.api.ObjectiveOutcomeRecorded;
import dev.heartwood.appraisal.api.ObjectiveRevised;
import dev.heartwood.appraisal.api.ObjectiveSet;
import dev.heartwood.appraisal.api.ObjectiveWithdrawn;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.reporting.AnAppraisal;
import dev.heartwood.reporting.ProjectionSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AppraisalSummaryProjectionTest {

    @RegisterExtension
    static final ProjectionSchema schema = new ProjectionSchema();

    private final AppraisalSummaryProjection projection = new AppraisalSummaryProjection(schema.jdbc());
    private final AnAppraisal appraisal = new AnAppraisal();
    private final ObjectiveId reading = new ObjectiveId(UUID.randomUUID());
    private final ObjectiveId phonics = new ObjectiveId(UUID.randomUUID());

    private long recorded(Object payload) {
        return schema.apply(projection, appraisal.recorded(schema, payload));
    }

    private ObjectiveSet set(ObjectiveId objective, String title) {
        return new ObjectiveSet(appraisal.id(), appraisal.school(), appraisal.appraisee(), objective,
                PersonalText.of(title), PersonalText.of("Seen in book looks"), List.of("TS2"), List.of(),
                LocalDate.of(2025, 10, 6));
    }

    private List<String> summary() {
        return schema.rows("""
                SELECT cycle_id, school_id, appraisee_id, appraiser_id, academic_year, status, exemption, started_on,
                       last_event_index
                FROM appraisal_summary WHERE appraisal_id = ?""", appraisal.id().value());
    }

    @Test
    void anAppraisalStartsUnderWayAndFollowsItsAppraiserAndStatus() {
        recorded(appraisal.started(LocalDate.of(2025, 9, 15)));
        StaffId newAppraiser = new StaffId(UUID.randomUUID());
        recorded(new AppraiserChanged(appraisal.id(), appraisal.school(), newAppraiser, LocalDate.of(2025, 11, 3)));
        recorded(new AppraisalCompleted(appraisal.id(), appraisal.school(), LocalDate.of(2026, 7, 10)));
        long reopened = recorded(new AppraisalReopened(appraisal.id(), appraisal.school(),
                PersonalText.of("Report sent before the sign-off"), LocalDate.of(2026, 7, 14)));

        assertThat(summary()).containsExactly(appraisal.cycle() + " | " + appraisal.school() + " | "
                + appraisal.appraisee() + " | " + newAppraiser + " | 2025/26 | UNDER_WAY | null | 2025-09-15 | "
                + reopened);
    }

    @Test
    void anExemptionIsASummaryWithoutAnAppraiser() {
        long index = recorded(new AppraisalExempted(appraisal.id(), appraisal.cycle(), appraisal.school(),
                AnAppraisal.YEAR, appraisal.appraisee(), ExemptionReason.INDUCTION, PersonalText.of("ECT year one"),
                LocalDate.of(2025, 9, 2)));

        assertThat(summary()).containsExactly(appraisal.cycle() + " | " + appraisal.school() + " | "
                + appraisal.appraisee() + " | null | 2025/26 | EXEMPT | INDUCTION | 2025-09-02 | " + index);
    }

    @Test
    void objectivesKeepTheirLatestWordingWithdrawalAndOutcome() {
        recorded(appraisal.started(LocalDate.of(2025, 9, 15)));
        recorded(set(reading, "Raise reading ages"));
        recorded(set(phonics, "Lead phonics"));
        recorded(new ObjectiveRevised(appraisal.id(), appraisal.school(), reading,
                PersonalText.of("Raise reading ages in year 4"), PersonalText.of("Termly reading tests"),
                List.of("TS2"), List.of(), PersonalText.of("Narrower"), LocalDate.of(2025, 10, 20)));
        recorded(new ObjectiveWithdrawn(appraisal.id(), appraisal.school(), phonics, PersonalText.of("Left the team"),
                LocalDate.of(2026, 1, 5)));
        long outcome = recorded(new ObjectiveOutcomeRecorded(appraisal.id(), appraisal.school(), reading,
                ObjectiveOutcome.PARTIALLY_MET, PersonalText.of("Most of the class"), LocalDate.of(2026, 7, 1)));

        assertThat(schema.rows("""
                        SELECT title, success_criteria, set_on, withdrawn, outcome FROM appraisal_summary_objective
                        WHERE appraisal_id = ? ORDER BY title""", appraisal.id().value()))
                .containsExactly("Lead phonics | Seen in book looks | 2025-10-06 | t | null",
                        "Raise reading ages in year 4 | Termly reading tests | 2025-10-06 | f | PARTIALLY_MET");
        assertThat(schema.rows("SELECT last_event_index FROM appraisal_summary"))
                .containsExactly(String.valueOf(outcome));
    }

    @Test
    void anAppraisalStartedAgainOnAReplayKeepsItsRow() {
        long first = recorded(appraisal.started(LocalDate.of(2025, 9, 15)));
        recorded(new AppraisalCompleted(appraisal.id(), appraisal.school(), LocalDate.of(2026, 7, 10)));
        recorded(appraisal.started(LocalDate.of(2025, 9, 20)));

        assertThat(schema.rows("SELECT status, started_on, last_event_index FROM appraisal_summary"))
                .containsExactly("COMPLETED | 2025-09-15 | " + (first + 1));
    }
}
