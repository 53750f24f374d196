package dev.heartwood.reporting.history;

import dev.heartwood.appraisal.api.AppraisalCompleted;
import dev.heartwood.appraisal.api.StaffCategory;
import dev.heartwood.appraisal.api.StaffMemberRegistered;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.reporting.AnAppraisal;
import dev.heartwood.reporting.ProjectionSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StaffTimelineProjectionTest {

    @RegisterExtension
    static final ProjectionSchema schema = new ProjectionSchema();

    private final StaffTimelineProjection projection = new StaffTimelineProjection(schema.jdbc(), schema.appends());
    private final AnAppraisal appraisal = new AnAppraisal();

    private List<String> timeline() {
        return schema.rows("""
                SELECT global_index, occurred_at AT TIME ZONE 'UTC', happened_on, kind, summary, aggregate_type,
                       aggregate_id
                FROM staff_timeline WHERE staff_id = ? ORDER BY global_index""", appraisal.appraisee().value());
    }

    @Test
    void aPersonsLinesIncludeTheirAppraisalsEventsWhichNameOnlyTheAppraisal() {
        long joined = schema.apply(projection, schema.event("StaffMember", appraisal.appraisee().toString(),
                new StaffMemberRegistered(appraisal.appraisee(), appraisal.school(), "T042",
                        PersonalText.of("Asha Patel"), PersonalText.of("asha@oakfield.example"),
                        StaffCategory.TEACHER, LocalDate.of(2025, 9, 1), new BigDecimal("0.8")), Map.of()));
        long started = schema.apply(projection,
                appraisal.recorded(schema, appraisal.started(LocalDate.of(2025, 9, 15))));
        long completed = schema.apply(projection, appraisal.recorded(schema,
                new AppraisalCompleted(appraisal.id(), appraisal.school(), LocalDate.of(2026, 7, 10))));

        assertThat(timeline()).containsExactly(
                joined + " | 2025-09-01 08:00:00 | null | StaffMemberRegistered | "
                        + "Joined the staff as TEACHER from 2025-09-01, FTE 0.8 | StaffMember | "
                        + appraisal.appraisee(),
                started + " | 2025-09-01 08:01:00 | 2025-09-15 | AppraisalStarted | Appraisal for 2025/26 started, "
                        + "appraised by " + appraisal.appraiser() + " | Appraisal | " + appraisal.id(),
                completed + " | 2025-09-01 08:02:00 | 2026-07-10 | AppraisalCompleted | Appraisal completed | "
                        + "Appraisal | " + appraisal.id());
    }

    @Test
    void anAppraisalsEventAppliedAgainAddsNoSecondLine() {
        schema.apply(projection, appraisal.recorded(schema, appraisal.started(LocalDate.of(2025, 9, 15))));
        var completed = appraisal.recorded(schema,
                new AppraisalCompleted(appraisal.id(), appraisal.school(), LocalDate.of(2026, 7, 10)));
        schema.apply(projection, completed);

        schema.reapply(projection, completed);

        assertThat(timeline()).hasSize(2);
    }
}
