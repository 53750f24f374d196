package dev.heartwood.web.cycle;

import dev.heartwood.appraisal.api.BulkAppraisals;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class BulkOutcomeTest {

    @Test
    void namesEachPersonLeftOutWithTheReasonInWordsByName() {
        UUID zoe = UUID.randomUUID();
        UUID amir = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();

        BulkOutcome outcome = BulkOutcome.of("Appraisals opened for " + BulkOutcome.people(1), List.of(
                new BulkAppraisals.Refusal(zoe, "no-line-manager", "No line manager is recorded to appraise them"),
                new BulkAppraisals.Refusal(unknown, "staff-member-not-found", "Not registered"),
                new BulkAppraisals.Refusal(amir, "on-induction", "Assessed through induction")),
                Map.of(zoe, "Zoe Park", amir, "Amir Khan"));

        assertThat(outcome.done()).isEqualTo("Appraisals opened for 1 person");
        assertThat(outcome.skipped()).containsExactly(
                new BulkOutcome.Skipped("Amir Khan", "Assessed through induction"),
                new BulkOutcome.Skipped("Someone no longer on record", "Not registered"),
                new BulkOutcome.Skipped("Zoe Park", "No line manager is recorded to appraise them"));
        assertThat(BulkOutcome.people(12)).isEqualTo("12 people");
    }
}
