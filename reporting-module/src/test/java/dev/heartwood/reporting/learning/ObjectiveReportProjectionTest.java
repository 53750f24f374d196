package dev.heartwood.reporting.learning;

import dev.heartwood.appraisal.api.ObjectiveOutcome;
import dev.heartwood.appraisal.api.ObjectiveOutcomeRecorded;
import dev.heartwood.appraisal.api.ObjectiveRevised;
import dev.heartwood.appraisal.api.ObjectiveSet;
import dev.heartwood.appraisal.api.ObjectiveWithdrawn;
import dev.heartwood.appraisal.api.SchoolPriorityAdded;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.reporting.AnAppraisal;
import dev.heartwood.reporting.ProjectionSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ObjectiveReportProjectionTest {

    @RegisterExtension
    static final ProjectionSchema schema = new ProjectionSchema();

    private final ObjectiveReportProjection projection =
            new ObjectiveReportProjection(schema.jdbc(), new ObjectiveTotals(schema.jdbc()));
    private final AnAppraisal appraisal = new AnAppraisal();
    private final PriorityId literacy = new PriorityId(UUID.randomUUID());
    private final ObjectiveId reading = new ObjectiveId(UUID.randomUUID());
    private final ObjectiveId phonics = new ObjectiveId(UUID.randomUUID());
    private final ObjectiveId trips = new ObjectiveId(UUID.randomUUID());

    private long recorded(Object payload) {
        return schema.apply(projection, appraisal.recorded(schema, payload));
    }

    private ObjectiveSet set(ObjectiveId objective, List<PriorityId> priorities) {
        return serving(objective, List.of(), priorities);
    }

    private ObjectiveSet serving(ObjectiveId objective, List<String> standards, List<PriorityId> priorities) {
        return new ObjectiveSet(appraisal.id(), appraisal.school(), appraisal.appraisee(), objective,
                PersonalText.of("An objective"), PersonalText.of("Its criteria"), standards, priorities,
                LocalDate.of(2025, 10, 6));
    }

    private List<String> standardTotals() {
        return schema.rows("""
                SELECT standard, objectives_set, met_without_learning, no_outcome_yet_without_learning, priority_id
                FROM learning_report_objective_totals
                WHERE school_id = ? AND academic_year = '2025/26' AND standard IS NOT NULL
                ORDER BY standard""", appraisal.school().value());
    }

    private List<String> totals() {
        return schema.rows("""
                SELECT coalesce(priority_id::text, 'the year'), objectives_set, met_without_learning,
                       not_met_without_learning, no_outcome_yet_without_learning, objectives_with_linked_learning
                FROM learning_report_objective_totals
                WHERE school_id = ? AND academic_year = '2025/26' AND standard IS NULL
                ORDER BY priority_id NULLS FIRST""", appraisal.school().value());
    }

    @Test
    void objectivesTakeTheirAppraisalsYearAndTheYearsTotalsCountThemByOutcomeAndPriority() {
        schema.apply(projection, new SchoolPriorityAdded(appraisal.school(), literacy, AnAppraisal.YEAR,
                "Literacy across the curriculum"));
        recorded(appraisal.started(LocalDate.of(2025, 9, 15)));
        recorded(set(reading, List.of(literacy)));
        recorded(set(phonics, List.of()));
        recorded(set(trips, List.of(literacy)));
        recorded(new ObjectiveWithdrawn(appraisal.id(), appraisal.school(), trips, PersonalText.of("No budget"),
                LocalDate.of(2025, 12, 1)));
        recorded(new ObjectiveOutcomeRecorded(appraisal.id(), appraisal.school(), reading, ObjectiveOutcome.MET,
                PersonalText.of("Well done"), LocalDate.of(2026, 7, 1)));
        long notMet = recorded(new ObjectiveOutcomeRecorded(appraisal.id(), appraisal.school(), phonics,
                ObjectiveOutcome.NOT_MET, PersonalText.of("Next year"), LocalDate.of(2026, 7, 1)));

        assertThat(schema.rows("""
                        SELECT objective_id, school_id, academic_year, withdrawn, outcome, last_event_index
                        FROM learning_report_objective WHERE objective_id = ?""", phonics.value()))
                .containsExactly(phonics + " | " + appraisal.school() + " | 2025/26 | f | NOT_MET | " + notMet);
        assertThat(totals()).containsExactly("the year | 2 | 1 | 1 | 0 | 0", literacy + " | 1 | 1 | 0 | 0 | 0");
    }

    @Test
    void aRevisedObjectiveServesTheSchoolPrioritiesItNowNames() {
        schema.apply(projection, new SchoolPriorityAdded(appraisal.school(), literacy, AnAppraisal.YEAR,
                "Literacy across the curriculum"));
        recorded(appraisal.started(LocalDate.of(2025, 9, 15)));
        recorded(set(phonics, List.of()));
        recorded(new ObjectiveRevised(appraisal.id(), appraisal.school(), phonics, PersonalText.of("Phonics"),
                PersonalText.of("Screening check"), List.of(), List.of(literacy), PersonalText.of("Serves literacy"),
                LocalDate.of(2025, 11, 3)));

        assertThat(schema.rows("SELECT objective_id, priority_id FROM learning_report_objective_priority"))
                .containsExactly(phonics + " | " + literacy);
        assertThat(totals()).containsExactly("the year | 1 | 0 | 0 | 1 | 0", literacy + " | 1 | 0 | 0 | 1 | 0");
    }

    @Test
    void theYearsTotalsCountTheObjectivesServingEachStandardThatWasNotWithdrawn() {
        recorded(appraisal.started(LocalDate.of(2025, 9, 15)));
        recorded(serving(reading, List.of("TS1", "TS2"), List.of(literacy)));
        recorded(serving(phonics, List.of("TS2"), List.of()));
        recorded(serving(trips, List.of("TS8"), List.of()));
        recorded(new ObjectiveWithdrawn(appraisal.id(), appraisal.school(), trips, PersonalText.of("No budget"),
                LocalDate.of(2025, 12, 1)));
        recorded(new ObjectiveOutcomeRecorded(appraisal.id(), appraisal.school(), reading, ObjectiveOutcome.MET,
                PersonalText.of("Well done"), LocalDate.of(2026, 7, 1)));

        assertThat(schema.rows("SELECT appraisee_id FROM learning_report_appraisal WHERE appraisal_id = ?",
                appraisal.id().value())).containsExactly(appraisal.appraisee().toString());
        assertThat(schema.rows("""
                        SELECT objective_id, standard FROM learning_report_objective_standard
                        WHERE objective_id = ? ORDER BY standard""", reading.value()))
                .containsExactly(reading + " | TS1", reading + " | TS2");
        assertThat(standardTotals()).containsExactly("TS1 | 1 | 1 | 0 | null", "TS2 | 2 | 1 | 1 | null");
        assertThat(totals()).containsExactly("the year | 2 | 1 | 0 | 1 | 0");
    }

    @Test
    void aStandardNoObjectiveServesOnceRevisedLeavesTheYearsTotals() {
        recorded(appraisal.started(LocalDate.of(2025, 9, 15)));
        recorded(serving(phonics, List.of("TS3"), List.of()));
        assertThat(standardTotals()).containsExactly("TS3 | 1 | 0 | 1 | null");

        recorded(new ObjectiveRevised(appraisal.id(), appraisal.school(), phonics, PersonalText.of("Phonics"),
                PersonalText.of("Screening check"), List.of("TS4"), List.of(), PersonalText.of("Planning"),
                LocalDate.of(2025, 11, 3)));

        assertThat(schema.rows("SELECT standard FROM learning_report_objective_standard")).containsExactly("TS4");
        assertThat(standardTotals()).containsExactly("TS4 | 1 | 0 | 1 | null");
    }
}
