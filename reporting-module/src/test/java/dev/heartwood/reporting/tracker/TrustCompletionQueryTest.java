package dev.heartwood.reporting.tracker;

import dev.heartwood.appraisal.api.AppraisalCompleted;
import dev.heartwood.appraisal.api.AppraisalCycleOpened;
import dev.heartwood.appraisal.api.AppraisalParty;
import dev.heartwood.appraisal.api.CycleDeadlines;
import dev.heartwood.appraisal.api.ObjectivesAgreed;
import dev.heartwood.appraisal.api.PayPolicy;
import dev.heartwood.appraisal.api.TrustRegistered;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.CycleId;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.TrustId;
import dev.heartwood.reporting.AnAppraisal;
import dev.heartwood.reporting.ProjectionSchema;
import dev.heartwood.reporting.api.CompletionRow;
import dev.heartwood.reporting.api.CompletionSort;
import dev.heartwood.reporting.api.CompletionTrackerQuery;
import dev.heartwood.reporting.api.Freshness;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.SchoolCompletionRow;
import dev.heartwood.reporting.api.TrustCompletionQuery;
import dev.heartwood.reporting.query.EventStreamHead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class TrustCompletionQueryTest {

    @RegisterExtension
    static final ProjectionSchema schema = new ProjectionSchema();

    /** After the objectives' deadline, before the mid-year review's. */
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 3);
    private static final long HEAD = 1000;

    private final CompletionScopeProjection scope = new CompletionScopeProjection(schema.jdbc());
    private final CompletionTrackerProjection tracker = new CompletionTrackerProjection(schema.jdbc());
    private final EventStreamHead head = mock(EventStreamHead.class);
    private final CompletionTrackerQueries queries = new CompletionTrackerQueries(schema.jdbc(), head);
    private final TrustId trust = new TrustId(UUID.randomUUID());
    private final SchoolId oakfield = new SchoolId(UUID.randomUUID());
    private final SchoolId elmhurst = new SchoolId(UUID.randomUUID());
    private final SchoolId elsewhere = new SchoolId(UUID.randomUUID());

    TrustCompletionQueryTest() {
        when(head.freshness(anyLong(), anyString()))
                .thenAnswer(asked -> new Freshness(asked.getArgument(0), HEAD, 0));
    }

    /** The directory's school, as its own projection places it in a trust. */
    private void school(SchoolId school, TrustId of, String name) {
        schema.jdbc().sql("""
                        INSERT INTO school_view (school_id, trust_id, name, type, last_event_index)
                        VALUES (?, ?, ?, 'PRIMARY', 1)""")
                .params(school.value(), of.value(), name).update();
    }

    private CycleId cycleAt(SchoolId school) {
        CycleId cycle = new CycleId(UUID.randomUUID());
        CycleDeadlines deadlines = new CycleDeadlines(LocalDate.of(2025, 10, 15), LocalDate.of(2026, 2, 13),
                LocalDate.of(2026, 7, 17), LocalDate.of(2026, 10, 30), LocalDate.of(2026, 12, 18));
        schema.apply(scope, new AppraisalCycleOpened(cycle, school, AnAppraisal.YEAR, LocalDate.of(2025, 9, 1),
                LocalDate.of(2026, 8, 31), deadlines, PayPolicy.NOT_PERFORMANCE_RELATED, Map.of(), 3));
        return cycle;
    }

    private AnAppraisal started(CycleId cycle, SchoolId school) {
        AnAppraisal appraisal = new AnAppraisal(new AppraisalId(UUID.randomUUID()), cycle, school,
                new StaffId(UUID.randomUUID()), new StaffId(UUID.randomUUID()));
        recorded(appraisal, appraisal.started(LocalDate.of(2025, 9, 15)));
        return appraisal;
    }

    private long recorded(AnAppraisal appraisal, Object payload) {
        return schema.apply(tracker, appraisal.recorded(schema, payload));
    }

    private void objectivesAgreed(AnAppraisal appraisal, LocalDate on) {
        for (AppraisalParty party : AppraisalParty.values()) {
            recorded(appraisal, new ObjectivesAgreed(appraisal.id(), appraisal.school(), party, List.of(), on));
        }
    }

    @SuppressWarnings("unchecked")
    private ReportPage<SchoolCompletionRow> bySchool() {
        return queries.handle(new TrustCompletionQuery(trust.value(), AnAppraisal.YEAR, TODAY)).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private List<CompletionRow> trackersRows() {
        return ((ReportPage<CompletionRow>) queries.handle(new CompletionTrackerQuery(null, trust.value(), null,
                AnAppraisal.YEAR, null, CompletionSort.NAME, TODAY, 0, 100)).orElseThrow()).rows();
    }

    @Test
    void eachSchoolsAppraisalsAreCountedAsTheTrustsTrackerListsThem() {
        schema.apply(scope, new TrustRegistered(trust, "Riverside Learning Trust"));
        school(oakfield, trust, "Oakfield Primary");
        school(elmhurst, trust, "Elmhurst Academy");
        school(elsewhere, new TrustId(UUID.randomUUID()), "Another trust's school");
        CycleId oakfields = cycleAt(oakfield);
        CycleId elmhursts = cycleAt(elmhurst);
        AnAppraisal completed = started(oakfields, oakfield);
        recorded(completed, new AppraisalCompleted(completed.id(), oakfield, LocalDate.of(2025, 10, 20)));
        objectivesAgreed(started(oakfields, oakfield), LocalDate.of(2025, 10, 10));
        started(oakfields, oakfield);
        objectivesAgreed(started(elmhursts, elmhurst), LocalDate.of(2025, 10, 22));
        started(cycleAt(elsewhere), elsewhere);
        AnAppraisal last = started(elmhursts, elmhurst);

        ReportPage<SchoolCompletionRow> counted = bySchool();

        assertThat(counted.rows()).containsExactlyInAnyOrder(
                // one completed; one with its objectives done on time; one whose objectives are overdue
                new SchoolCompletionRow(oakfield.value(), 3, 1, 1),
                // objectives done a week late; objectives overdue
                new SchoolCompletionRow(elmhurst.value(), 2, 0, 2));
        Map<UUID, Long> listed = trackersRows().stream()
                .collect(Collectors.groupingBy(CompletionRow::schoolId, Collectors.counting()));
        assertThat(counted.rows()).allSatisfy(school ->
                assertThat(school.appraisals()).isEqualTo(listed.get(school.schoolId())));
        assertThat(counted.freshness()).isEqualTo(new Freshness(schema.jdbc()
                .sql("SELECT max(last_event_index) FROM completion_appraisal WHERE appraisal_id = ?")
                .param(last.id().value()).query(Long.class).single(), HEAD, 0));
    }

    @Test
    void aTrustWithNoCycleThisYearHasNoRowsAndAnUnknownTrustNoAnswer() {
        schema.apply(scope, new TrustRegistered(trust, "Riverside Learning Trust"));
        school(oakfield, trust, "Oakfield Primary");

        assertThat(bySchool().rows()).isEmpty();
        assertThat(queries.handle(new TrustCompletionQuery(UUID.randomUUID(), AnAppraisal.YEAR, TODAY))).isEmpty();
    }
}
