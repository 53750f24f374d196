package dev.heartwood.reporting.tracker;

import dev.heartwood.appraisal.api.AppraisalParty;
import dev.heartwood.appraisal.api.ObjectiveRevised;
import dev.heartwood.appraisal.api.ObjectiveSet;
import dev.heartwood.appraisal.api.ObjectiveWithdrawn;
import dev.heartwood.appraisal.api.ObjectivesAgreed;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.reporting.AnAppraisal;
import dev.heartwood.reporting.ProjectionSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CompletionObjectivesProjectionTest {

    @RegisterExtension
    static final ProjectionSchema schema = new ProjectionSchema();

    private final CompletionTrackerProjection tracker = new CompletionTrackerProjection(schema.jdbc());
    private final CompletionObjectivesProjection projection = new CompletionObjectivesProjection(schema.jdbc());
    private final AnAppraisal appraisal = new AnAppraisal();
    private final ObjectiveId reading = new ObjectiveId(UUID.randomUUID());
    private final ObjectiveId phonics = new ObjectiveId(UUID.randomUUID());

    private long objectives(Object payload) {
        return schema.apply(projection, appraisal.recorded(schema, payload));
    }

    private ObjectiveSet set(ObjectiveId objective, LocalDate on) {
        return new ObjectiveSet(appraisal.id(), appraisal.school(), appraisal.appraisee(), objective,
                PersonalText.of("An objective"), PersonalText.of("Its criteria"), List.of(), List.of(), on);
    }

    private void bothAgreed() {
        for (AppraisalParty party : AppraisalParty.values()) {
            schema.apply(tracker, appraisal.recorded(schema, new ObjectivesAgreed(appraisal.id(), appraisal.school(),
                    party, List.of(reading, phonics), LocalDate.of(2025, 10, 20))));
        }
    }

    private List<String> counts() {
        return schema.rows("""
                SELECT objectives, objectives_set_on, appraisee_agreed_on, appraiser_agreed_on, last_event_index
                FROM completion_appraisal WHERE appraisal_id = ?""", appraisal.id().value());
    }

    @Test
    void aWithdrawalLowersTheCountAndLeavesTheAgreementStanding() {
        schema.apply(tracker, appraisal.recorded(schema, appraisal.started(LocalDate.of(2025, 9, 15))));
        objectives(set(reading, LocalDate.of(2025, 10, 6)));
        objectives(set(phonics, LocalDate.of(2025, 10, 1)));
        bothAgreed();
        long withdrawn = objectives(new ObjectiveWithdrawn(appraisal.id(), appraisal.school(), phonics,
                PersonalText.of("Left the team"), LocalDate.of(2026, 1, 5)));

        assertThat(counts()).containsExactly("1 | 2025-10-06 | 2025-10-20 | 2025-10-20 | " + withdrawn);
    }

    @Test
    void aRevisedObjectiveNeedsAgreeingAgain() {
        schema.apply(tracker, appraisal.recorded(schema, appraisal.started(LocalDate.of(2025, 9, 15))));
        objectives(set(reading, LocalDate.of(2025, 10, 6)));
        bothAgreed();
        long revised = objectives(new ObjectiveRevised(appraisal.id(), appraisal.school(), reading,
                PersonalText.of("Reading in year 4"), PersonalText.of("Termly tests"), List.of(), List.of(),
                PersonalText.of("Narrower"), LocalDate.of(2026, 2, 2)));

        assertThat(counts()).containsExactly("1 | 2025-10-06 | null | null | " + revised);
    }
}
