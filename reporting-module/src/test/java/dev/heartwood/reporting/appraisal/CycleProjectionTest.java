package dev.heartwood.reporting.appraisal;

import dev.heartwood.appraisal.api.AppraisalCycleOpened;
import dev.heartwood.appraisal.api.CycleDeadlines;
import dev.heartwood.appraisal.api.PayPolicy;
import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.reporting.ProjectionSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CycleProjectionTest {

    @RegisterExtension
    static final ProjectionSchema schema = new ProjectionSchema();

    private final CycleProjection projection = new CycleProjection(schema.jdbc());
    private final CycleId cycle = new CycleId(UUID.randomUUID());
    private final SchoolId school = new SchoolId(UUID.randomUUID());

    private AppraisalCycleOpened opened(PayPolicy payPolicy) {
        AcademicYear year = AcademicYear.parse("2025/26");
        return new AppraisalCycleOpened(cycle, school, year, LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31),
                CycleDeadlines.defaultsFor(year), payPolicy, Map.of(), 3);
    }

    @Test
    void keepsTheCyclesPeriodPayPolicyAndDeadlinesAsOpened() {
        long index = schema.apply(projection, schema.event("AppraisalCycle", cycle.toString(),
                opened(PayPolicy.HYBRID), Map.of()));

        assertThat(schema.rows("""
                        SELECT school_id, academic_year, period_start, period_end, pay_policy, objectives_by,
                               mid_year_review_by, final_review_by, teacher_pay_decision_by,
                               headteacher_pay_decision_by, last_event_index
                        FROM cycle_view WHERE cycle_id = ?""", cycle.value()))
                .containsExactly(school + " | 2025/26 | 2025-09-01 | 2026-08-31 | HYBRID | 2025-10-31 | 2026-02-28 | "
                        + "2026-07-31 | 2026-10-31 | 2026-12-31 | " + index);
    }

    @Test
    void aCycleOpenedAgainOnAReplayKeepsItsFirstRow() {
        long first = schema.apply(projection, schema.event("AppraisalCycle", cycle.toString(),
                opened(PayPolicy.HYBRID), Map.of()));
        schema.apply(projection, opened(PayPolicy.PERFORMANCE_RELATED));

        assertThat(schema.rows("SELECT pay_policy, last_event_index FROM cycle_view"))
                .containsExactly("HYBRID | " + first);
    }
}
