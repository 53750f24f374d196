package dev.heartwood.reporting.tracker;

import dev.heartwood.appraisal.api.AppraisalCycleOpened;
import dev.heartwood.appraisal.api.CycleDeadlines;
import dev.heartwood.appraisal.api.PayPolicy;
import dev.heartwood.appraisal.api.TrustRegistered;
import dev.heartwood.kernel.TrustId;
import dev.heartwood.reporting.AnAppraisal;
import dev.heartwood.reporting.ProjectionSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CompletionScopeProjectionTest {

    @RegisterExtension
    static final ProjectionSchema schema = new ProjectionSchema();

    private final CompletionScopeProjection projection = new CompletionScopeProjection(schema.jdbc());
    private final AnAppraisal appraisal = new AnAppraisal();

    @Test
    void aCyclesDeadlinesAndEachTrustAreKeptOnce() {
        CycleDeadlines deadlines = new CycleDeadlines(LocalDate.of(2025, 10, 15), LocalDate.of(2026, 2, 13),
                LocalDate.of(2026, 7, 17), LocalDate.of(2026, 10, 30), LocalDate.of(2026, 12, 18));
        AppraisalCycleOpened opened = new AppraisalCycleOpened(appraisal.cycle(), appraisal.school(),
                AnAppraisal.YEAR, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31), deadlines,
                PayPolicy.NOT_PERFORMANCE_RELATED, Map.of(), 3);
        long cycle = schema.apply(projection, opened);
        TrustId trust = new TrustId(UUID.randomUUID());
        long registered = schema.apply(projection, new TrustRegistered(trust, "Riverside Learning Trust"));
        schema.apply(projection, new TrustRegistered(trust, "Riverside Learning Trust"));

        assertThat(schema.rows("""
                        SELECT cycle_id, school_id, academic_year, objectives_by, mid_year_review_by, final_review_by,
                               headteacher_pay_decision_by, last_event_index
                        FROM completion_cycle"""))
                .containsExactly(appraisal.cycle() + " | " + appraisal.school() + " | 2025/26 | 2025-10-15 | "
                        + "2026-02-13 | 2026-07-17 | 2026-12-18 | " + cycle);
        assertThat(schema.rows("SELECT trust_id, last_event_index FROM completion_trust"))
                .containsExactly(trust + " | " + registered);
    }
}
