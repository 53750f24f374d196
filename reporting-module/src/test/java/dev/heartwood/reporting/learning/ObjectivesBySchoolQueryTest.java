package dev.heartwood.reporting.learning;

import dev.heartwood.appraisal.api.ObjectiveSet;
import dev.heartwood.appraisal.api.SchoolPriorityAdded;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.PriorityId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.learning.api.CpdActivityRequested;
import dev.heartwood.learning.api.CpdLinks;
import dev.heartwood.learning.api.CpdProposal;
import dev.heartwood.learning.api.CpdType;
import dev.heartwood.reporting.AnAppraisal;
import dev.heartwood.reporting.ProjectionSchema;
import dev.heartwood.reporting.api.Freshness;
import dev.heartwood.reporting.api.ObjectivesAndLearningGrouping;
import dev.heartwood.reporting.api.ObjectivesAndLearningQuery;
import dev.heartwood.reporting.api.ObjectivesAndLearningRow;
import dev.heartwood.reporting.api.ObjectivesAndLearningSort;
import dev.heartwood.reporting.api.ObjectivesBySchoolQuery;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.ReportScope;
import dev.heartwood.reporting.api.SchoolObjectivesRow;
import dev.heartwood.reporting.query.EventStreamHead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ObjectivesBySchoolQueryTest {

    @RegisterExtension
    static final ProjectionSchema schema = new ProjectionSchema();

    private static final long HEAD = 1000;

    private final ObjectiveTotals totals = new ObjectiveTotals(schema.jdbc());
    private final ObjectiveReportProjection objectives = new ObjectiveReportProjection(schema.jdbc(), totals);
    private final CpdReportProjection learning = new CpdReportProjection(schema.jdbc(), totals);
    private final EventStreamHead head = mock(EventStreamHead.class);
    private final ObjectivesAndLearningQueries queries = new ObjectivesAndLearningQueries(schema.jdbc(),
            new LearningReportFreshness(schema.jdbc(), head));
    private final UUID trust = UUID.randomUUID();
    private final SchoolId oakfield = new SchoolId(UUID.randomUUID());
    private final SchoolId elmhurst = new SchoolId(UUID.randomUUID());
    private final SchoolId elsewhere = new SchoolId(UUID.randomUUID());

    ObjectivesBySchoolQueryTest() {
        when(head.freshness(anyLong(), anyString()))
                .thenAnswer(asked -> new Freshness(asked.getArgument(0), HEAD, 0));
    }

    /** The directory's school, as its own projection places it in a trust. */
    private void school(SchoolId school, UUID of, String name) {
        schema.jdbc().sql("""
                        INSERT INTO school_view (school_id, trust_id, name, type, last_event_index)
                        VALUES (?, ?, ?, 'PRIMARY', 1)""")
                .params(school.value(), of, name).update();
    }

    private AnAppraisal appraisalAt(SchoolId school) {
        AnAppraisal appraisal = new AnAppraisal(new AppraisalId(UUID.randomUUID()), new CycleId(UUID.randomUUID()),
                school, new StaffId(UUID.randomUUID()), new StaffId(UUID.randomUUID()));
        schema.apply(objectives, appraisal.recorded(schema, appraisal.started(LocalDate.of(2025, 9, 15))));
        return appraisal;
    }

    private ObjectiveId set(AnAppraisal appraisal, List<PriorityId> priorities) {
        ObjectiveId objective = new ObjectiveId(UUID.randomUUID());
        schema.apply(objectives, appraisal.recorded(schema, new ObjectiveSet(appraisal.id(), appraisal.school(),
                appraisal.appraisee(), objective, PersonalText.of("An objective"), PersonalText.of("Its criteria"),
                List.of("TS2"), priorities, LocalDate.of(2025, 10, 6))));
        return objective;
    }

    private void learningRequestedFor(AnAppraisal appraisal, ObjectiveId objective) {
        schema.apply(learning, new CpdActivityRequested(new CpdActivityId(UUID.randomUUID()), appraisal.appraisee(),
                appraisal.school(), new CpdProposal(PersonalText.of("Teaching early reading"), CpdType.COURSE, null,
                LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 12), new BigDecimal("6"), new BigDecimal("120"),
                BigDecimal.ZERO, PersonalText.of("Better phonics")), new CpdLinks(List.of(objective), List.of(),
                List.of()), LocalDate.of(2025, 12, 1)));
    }

    @SuppressWarnings("unchecked")
    private ReportPage<SchoolObjectivesRow> bySchool(ReportScope scope) {
        return queries.handle(new ObjectivesBySchoolQuery(scope, AnAppraisal.YEAR));
    }

    @SuppressWarnings("unchecked")
    private ObjectivesAndLearningRow wholeYearOf(SchoolId school) {
        return ((ReportPage<ObjectivesAndLearningRow>) queries.handle(new ObjectivesAndLearningQuery(
                ReportScope.school(school.value()), AnAppraisal.YEAR, AnAppraisal.YEAR,
                ObjectivesAndLearningGrouping.PRIORITY, ObjectivesAndLearningSort.YEAR, 0, 100))).rows().stream()
                .filter(row -> row.priorityId() == null).findFirst().orElseThrow();
    }

    @Test
    void eachSchoolOfTheTrustHasItsYearsObjectivesAsItsOwnReportsWholeYear() {
        school(oakfield, trust, "Oakfield Primary");
        school(elmhurst, trust, "Elmhurst Academy");
        school(elsewhere, UUID.randomUUID(), "Another trust's school");
        PriorityId literacy = new PriorityId(UUID.randomUUID());
        schema.apply(objectives, new SchoolPriorityAdded(oakfield, literacy, AnAppraisal.YEAR, "Literacy"));
        AnAppraisal atOakfield = appraisalAt(oakfield);
        // counted in the priority's and the standard's rows too, but once in the school's
        ObjectiveId reading = set(atOakfield, List.of(literacy));
        set(atOakfield, List.of());
        learningRequestedFor(atOakfield, reading);
        set(appraisalAt(elmhurst), List.of());
        set(appraisalAt(elsewhere), List.of());

        ReportPage<SchoolObjectivesRow> counted = bySchool(ReportScope.trust(trust));

        assertThat(counted.rows()).containsExactlyInAnyOrder(new SchoolObjectivesRow(oakfield.value(), 2, 1),
                new SchoolObjectivesRow(elmhurst.value(), 1, 0));
        for (SchoolObjectivesRow school : counted.rows()) {
            ObjectivesAndLearningRow report = wholeYearOf(new SchoolId(school.schoolId()));
            assertThat(school.objectivesSet()).isEqualTo(report.objectivesSet());
            assertThat(school.objectivesWithLinkedLearning()).isEqualTo(report.objectivesWithLinkedLearning());
        }
        assertThat(counted.freshness().lastEventIndex()).isEqualTo(schema.jdbc()
                .sql("SELECT max(last_event_index) FROM learning_report_objective").query(Long.class).single());
    }

    @Test
    void aSchoolAskedForOnItsOwnHasItsRowOnly() {
        school(oakfield, trust, "Oakfield Primary");
        school(elmhurst, trust, "Elmhurst Academy");
        set(appraisalAt(oakfield), List.of());
        set(appraisalAt(elmhurst), List.of());

        assertThat(bySchool(ReportScope.school(oakfield.value())).rows())
                .containsExactly(new SchoolObjectivesRow(oakfield.value(), 1, 0));
    }
}
