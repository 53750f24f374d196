package dev.heartwood.reporting.learning;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.reporting.api.ObjectivesAndLearningGrouping;
import dev.heartwood.reporting.api.ObjectivesBySchoolQuery;
import dev.heartwood.reporting.api.ObjectivesAndLearningQuery;
import dev.heartwood.reporting.api.ObjectivesAndLearningRow;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.ReportScope;
import dev.heartwood.reporting.api.SchoolObjectivesRow;
import dev.heartwood.reporting.api.StaffObjectivesAndLearningQuery;
import dev.heartwood.reporting.query.KnownSchools;
import dev.heartwood.reporting.query.RecordRows;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@Component
class ObjectivesAndLearningQueries {

    /**
     * The rows the condition picks (the whole year's with the priorities' or the standards') of the scope's schools,
     * added up over the schools, or for each school when it is grouped by {@code t.school_id, }.
     */
    private static final String TOTALS = """
            SELECT %1$s t.academic_year, t.priority_id, p.title AS priority_title, t.standard,
                   sum(t.objectives_set) AS objectives_set,
                   sum(t.objectives_with_linked_learning) AS objectives_with_linked_learning,
                   round(100.0 * sum(t.objectives_with_linked_learning) / nullif(sum(t.objectives_set), 0), 1)
                       AS percent_with_linked_learning,
                   sum(t.linked_hours) AS linked_hours, sum(t.linked_cost) AS linked_cost,
                   sum(t.met_with_learning) AS met_with_learning,
                   sum(t.partially_met_with_learning) AS partially_met_with_learning,
                   sum(t.not_met_with_learning) AS not_met_with_learning,
                   sum(t.continuing_with_learning) AS continuing_with_learning,
                   sum(t.no_outcome_yet_with_learning) AS no_outcome_yet_with_learning,
                   sum(t.met_without_learning) AS met_without_learning,
                   sum(t.partially_met_without_learning) AS partially_met_without_learning,
                   sum(t.not_met_without_learning) AS not_met_without_learning,
                   sum(t.continuing_without_learning) AS continuing_without_learning,
                   sum(t.no_outcome_yet_without_learning) AS no_outcome_yet_without_learning
            FROM learning_report_objective_totals t
            LEFT JOIN learning_report_priority p ON p.priority_id = t.priority_id
            WHERE %2$s AND t.academic_year BETWEEN :from AND :to AND %3$s
            GROUP BY %1$s t.academic_year, t.priority_id, p.title, t.standard""";

    /**
     * A person's whole years: those in which they were appraised, each with the totals of their objectives, as
     * {@link ObjectiveTotals} counts a school's.
     */
    private static final String PERSONS_YEARS = ObjectiveTotals.OBJECTIVES.formatted("""
            o.appraisal_id IN (SELECT appraisal_id FROM learning_report_appraisal WHERE appraisee_id = :person)""")
            + """
            , counted AS (
                SELECT y.academic_year, %s
                FROM (SELECT DISTINCT academic_year FROM learning_report_appraisal WHERE appraisee_id = :person) y
                LEFT JOIN objective ob ON ob.academic_year = y.academic_year
                GROUP BY y.academic_year)
            SELECT c.*, NULL::uuid AS priority_id, NULL AS priority_title, NULL AS standard,
                   round(100.0 * c.objectives_with_linked_learning / nullif(c.objectives_set, 0), 1)
                       AS percent_with_linked_learning
            FROM counted c
            ORDER BY c.academic_year""".formatted(ObjectiveTotals.COUNTS.formatted(
            ObjectiveTotals.LINKED_TO_OBJECTIVES.formatted("linked.academic_year = y.academic_year")));

    private final JdbcClient jdbc;
    private final LearningReportFreshness freshness;

    ObjectivesAndLearningQueries(JdbcClient jdbc, LearningReportFreshness freshness) {
        this.jdbc = jdbc;
        this.freshness = freshness;
    }

    /** Answers a raw page because Axon matches a handler to {@code instanceOf(ReportPage.class)} by its plain class. */
    @SuppressWarnings("rawtypes")
    @QueryHandler
    ReportPage handle(ObjectivesAndLearningQuery query) {
        String rows = query.by() == ObjectivesAndLearningGrouping.PRIORITY ? "t.standard IS NULL"
                : "t.priority_id IS NULL";
        List<ObjectivesAndLearningRow> all = new ArrayList<>(totals("", query.scope(), rows, query.from(),
                query.to(), ObjectivesAndLearningRow.class));
        Set<String> years = all.stream().filter(row -> row.priorityId() == null && row.standard() == null)
                .map(ObjectivesAndLearningRow::academicYear).collect(Collectors.toSet());
        for (int year = query.from().startYear(); year <= query.to().startYear(); year++) {
            String academicYear = new AcademicYear(year).toString();
            if (!years.contains(academicYear)) {
                all.add(nothingIn(academicYear));
            }
        }
        all.sort(ObjectivesAndLearningOrder.of(query.sort()));
        return pageOf(all, query.page(), query.size());
    }

    /** Answers a raw page, as above: the whole year's rows of the query above, a school's each. */
    @SuppressWarnings("rawtypes")
    @QueryHandler
    ReportPage handle(ObjectivesBySchoolQuery query) {
        List<SchoolObjectivesRow> schools = totals("t.school_id,", query.scope(),
                "t.priority_id IS NULL AND t.standard IS NULL", query.academicYear(), query.academicYear(),
                SchoolObjectivesRow.class);
        return new ReportPage<>(SchoolObjectivesRow.class, schools, 0, Math.max(1, schools.size()), schools.size(),
                freshness.now());
    }

    /** Answers a raw page, as above. */
    @SuppressWarnings("rawtypes")
    @QueryHandler
    ReportPage handle(StaffObjectivesAndLearningQuery query) {
        return pageOf(jdbc.sql(PERSONS_YEARS)
                .param("person", query.staffId().value())
                .query(RecordRows.of(ObjectivesAndLearningRow.class))
                .list(), query.page(), query.size());
    }

    /** The {@link #TOTALS} of the scope's years from and to, grouped and picked as asked. */
    private <R extends Record> List<R> totals(String groupedBy, ReportScope scope, String rows, AcademicYear from,
                                              AcademicYear to, Class<R> row) {
        return jdbc.sql(TOTALS.formatted(groupedBy, KnownSchools.covers(scope, "t.school_id"), rows))
                .param("scope", KnownSchools.id(scope))
                .param("from", from.toString())
                .param("to", to.toString())
                .query(RecordRows.of(row))
                .list();
    }

    private ReportPage<ObjectivesAndLearningRow> pageOf(List<ObjectivesAndLearningRow> all, int page, int size) {
        int from = (int) Math.min(all.size(), (long) page * size);
        int to = Math.min(all.size(), from + size);
        return new ReportPage<>(ObjectivesAndLearningRow.class, all.subList(from, to), page, size, all.size(),
                freshness.now());
    }

    /** The whole year's row of a year in which nothing was set or linked. */
    private static ObjectivesAndLearningRow nothingIn(String academicYear) {
        return new ObjectivesAndLearningRow(academicYear, null, null, null, 0, 0, null, BigDecimal.ZERO,
                BigDecimal.ZERO, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}
