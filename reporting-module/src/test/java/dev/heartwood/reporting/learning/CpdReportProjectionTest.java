package dev.heartwood.reporting.learning;

import dev.heartwood.appraisal.api.ObjectiveSet;
import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.learning.api.CPDCompleted;
import dev.heartwood.learning.api.CpdActivityApproved;
import dev.heartwood.learning.api.CpdActivityRequested;
import dev.heartwood.learning.api.CpdLinks;
import dev.heartwood.learning.api.CpdProposal;
import dev.heartwood.learning.api.CpdType;
import dev.heartwood.learning.api.CpdUnlinkedFromObjective;
import dev.heartwood.reporting.AnAppraisal;
import dev.heartwood.reporting.ProjectionSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CpdReportProjectionTest {

    @RegisterExtension
    static final ProjectionSchema schema = new ProjectionSchema();

    private final ObjectiveTotals totals = new ObjectiveTotals(schema.jdbc());
    private final ObjectiveReportProjection objectives = new ObjectiveReportProjection(schema.jdbc(), totals);
    private final CpdReportProjection projection = new CpdReportProjection(schema.jdbc(), totals);
    private final AnAppraisal appraisal = new AnAppraisal();
    private final ObjectiveId reading = new ObjectiveId(UUID.randomUUID());
    private final CpdActivityId course = new CpdActivityId(UUID.randomUUID());

    private void anObjectiveSet() {
        schema.apply(objectives, appraisal.recorded(schema, appraisal.started(LocalDate.of(2025, 9, 15))));
        schema.apply(objectives, appraisal.recorded(schema, new ObjectiveSet(appraisal.id(), appraisal.school(),
                appraisal.appraisee(), reading, PersonalText.of("Raise reading ages"), PersonalText.of("Tests"),
                List.of(), List.of(), LocalDate.of(2025, 10, 6))));
    }

    private CpdActivityRequested requestedFor(ObjectiveId objective) {
        return new CpdActivityRequested(course, appraisal.appraisee(), appraisal.school(), new CpdProposal(
                PersonalText.of("Teaching early reading"), CpdType.COURSE, null, LocalDate.of(2026, 1, 12),
                LocalDate.of(2026, 1, 12), new BigDecimal("6"), new BigDecimal("120"), new BigDecimal("1"),
                PersonalText.of("Better phonics")), new CpdLinks(List.of(objective), List.of(), List.of()),
                LocalDate.of(2025, 12, 1));
    }

    private List<String> yearTotals() {
        return schema.rows("""
                SELECT objectives_set, objectives_with_linked_learning, linked_hours, linked_cost,
                       no_outcome_yet_with_learning, no_outcome_yet_without_learning
                FROM learning_report_objective_totals WHERE priority_id IS NULL AND standard IS NULL""");
    }

    @Test
    void learningIsCountedInTheTermItWasCompletedAndItsHoursInTheTotalsOfTheObjectiveItServes() {
        anObjectiveSet();
        schema.apply(projection, requestedFor(reading));
        schema.apply(projection, new CpdActivityApproved(course, appraisal.appraisee(), appraisal.school(),
                LocalDate.of(2025, 12, 8)));
        long completed = schema.apply(projection, new CPDCompleted(course, appraisal.appraisee(), appraisal.school(),
                LocalDate.of(2026, 4, 20), new BigDecimal("7.5"), new BigDecimal("130"), null));

        assertThat(schema.rows("""
                        SELECT type, requested, approved, declined, completed, planned_hours, planned_cost, cover_days,
                               completed_hours, completed_cost, learning_date, academic_year, term, last_event_index
                        FROM learning_report_activity WHERE activity_id = ?""", course.value()))
                .containsExactly("COURSE | t | t | f | t | 6 | 120 | 1 | 7.5 | 130 | 2026-04-20 | 2025/26 | SUMMER | "
                        + completed);
        assertThat(schema.rows("SELECT kind, target_id FROM learning_report_activity_link"))
                .containsExactly("OBJECTIVE | " + reading);
        assertThat(yearTotals()).containsExactly("1 | 1 | 7.5 | 130 | 1 | 0");
    }

    @Test
    void anUnlinkedObjectiveIsCountedAgainWithoutTheLearning() {
        anObjectiveSet();
        schema.apply(projection, requestedFor(reading));
        assertThat(yearTotals()).containsExactly("1 | 1 | 0 | 0 | 1 | 0");

        schema.apply(projection, new CpdUnlinkedFromObjective(course, appraisal.appraisee(), appraisal.school(),
                reading, LocalDate.of(2026, 1, 5)));

        assertThat(schema.rows("SELECT count(*) FROM learning_report_activity_link")).containsExactly("0");
        assertThat(yearTotals()).containsExactly("1 | 0 | 0 | 0 | 0 | 1");
    }
}
