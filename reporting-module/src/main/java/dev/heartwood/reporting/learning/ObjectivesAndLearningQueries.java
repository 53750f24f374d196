package dev.heartwood.reporting.learning;

import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.reporting.query.ReportPage;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@Component
class ObjectivesAndLearningQueries {

    /** The objectives in scope that were not withdrawn, with their year and whether learning is linked now. */
    private static final String OBJECTIVES = """
            WITH objective AS (
                SELECT o.objective_id, ap.academic_year, o.outcome,
                       EXISTS (SELECT 1 FROM learning_report_activity_link l
                               JOIN learning_report_activity a ON a.activity_id = l.activity_id
                               WHERE l.kind = 'OBJECTIVE' AND l.target_id = o.objective_id AND NOT a.declined)
                           AS linked
                FROM learning_report_objective o
                JOIN learning_report_appraisal ap ON ap.appraisal_id = o.appraisal_id
                WHERE NOT o.withdrawn AND %s AND ap.academic_year BETWEEN :from AND :to)
            """;

    private static final String COUNTS = """
            count(ob.objective_id) AS objectives_set,
            count(*) FILTER (WHERE ob.linked) AS objectives_with_linked_learning,
            round(100.0 * count(*) FILTER (WHERE ob.linked) / nullif(count(ob.objective_id), 0), 1)
                AS percent_with_linked_learning,
            count(*) FILTER (WHERE ob.linked AND ob.outcome = 'MET') AS met_with_learning,
            count(*) FILTER (WHERE ob.linked AND ob.outcome = 'PARTIALLY_MET') AS partially_met_with_learning,
            count(*) FILTER (WHERE ob.linked AND ob.outcome = 'NOT_MET') AS not_met_with_learning,
            count(*) FILTER (WHERE ob.linked AND ob.outcome = 'CONTINUING') AS continuing_with_learning,
            count(*) FILTER (WHERE ob.linked AND ob.outcome IS NULL) AS no_outcome_yet_with_learning,
            count(*) FILTER (WHERE NOT ob.linked AND ob.outcome = 'MET') AS met_without_learning,
            count(*) FILTER (WHERE NOT ob.linked AND ob.outcome = 'PARTIALLY_MET') AS partially_met_without_learning,
            count(*) FILTER (WHERE NOT ob.linked AND ob.outcome = 'NOT_MET') AS not_met_without_learning,
            count(*) FILTER (WHERE NOT ob.linked AND ob.outcome = 'CONTINUING') AS continuing_without_learning,
            count(*) FILTER (WHERE NOT ob.linked AND ob.outcome IS NULL) AS no_outcome_yet_without_learning
            """;

    private static final String YEARS = OBJECTIVES + """
            SELECT ob.academic_year, NULL::uuid AS priority_id, NULL AS priority_title, %s,
                   (SELECT coalesce(sum(a.completed_hours), 0) FROM learning_report_activity a
                    WHERE a.completed AND a.activity_id IN (%s)) AS linked_hours,
                   (SELECT coalesce(sum(a.completed_cost), 0) FROM learning_report_activity a
                    WHERE a.completed AND a.activity_id IN (%<s)) AS linked_cost
            FROM objective ob
            GROUP BY ob.academic_year""";

    private static final String LINKED_TO_THE_YEARS_OBJECTIVES = """
            SELECT l.activity_id FROM learning_report_activity_link l
            JOIN objective linked ON l.kind = 'OBJECTIVE' AND l.target_id = linked.objective_id
            WHERE linked.academic_year = ob.academic_year""";

    private static final String PRIORITIES = OBJECTIVES + """
            SELECT p.academic_year, p.priority_id, p.title AS priority_title, %s,
                   (SELECT coalesce(sum(a.completed_hours), 0) FROM learning_report_activity a
                    WHERE a.completed AND a.activity_id IN (%s)) AS linked_hours,
                   (SELECT coalesce(sum(a.completed_cost), 0) FROM learning_report_activity a
                    WHERE a.completed AND a.activity_id IN (%<s)) AS linked_cost
            FROM learning_report_priority p
            LEFT JOIN learning_report_objective_priority op ON op.priority_id = p.priority_id
            LEFT JOIN objective ob ON ob.objective_id = op.objective_id
            WHERE %s AND p.academic_year BETWEEN :from AND :to
            GROUP BY p.academic_year, p.priority_id, p.title""";

    private static final String LINKED_TO_THE_PRIORITY = """
            SELECT l.activity_id FROM learning_report_activity_link l
            WHERE l.kind = 'PRIORITY' AND l.target_id = p.priority_id""";

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
        ReportScope scope = query.scope();
        Map<String, ObjectivesAndLearningRow> years = rows(query,
                YEARS.formatted(scope.covers("o.school_id"), COUNTS, LINKED_TO_THE_YEARS_OBJECTIVES)).stream()
                .collect(Collectors.toMap(ObjectivesAndLearningRow::academicYear, Function.identity()));
        List<ObjectivesAndLearningRow> all = new ArrayList<>(rows(query,
                PRIORITIES.formatted(scope.covers("o.school_id"), COUNTS, LINKED_TO_THE_PRIORITY,
                        scope.covers("p.school_id"))));
        for (int year = query.from().startYear(); year <= query.to().startYear(); year++) {
            String academicYear = new AcademicYear(year).toString();
            all.add(years.getOrDefault(academicYear, ObjectivesAndLearningRow.nothingIn(academicYear)));
        }
        all.sort(query.sort().order());
        int from = (int) Math.min(all.size(), (long) query.page() * query.size());
        int to = Math.min(all.size(), from + query.size());
        return new ReportPage<>(ObjectivesAndLearningRow.class, all.subList(from, to), query.page(), query.size(),
                all.size(), freshness.now());
    }

    private List<ObjectivesAndLearningRow> rows(ObjectivesAndLearningQuery query, String sql) {
        return jdbc.sql(sql)
                .param("scope", query.scope().id())
                .param("from", query.from().toString())
                .param("to", query.to().toString())
                .query(ObjectivesAndLearningRow.class)
                .list();
    }
}
