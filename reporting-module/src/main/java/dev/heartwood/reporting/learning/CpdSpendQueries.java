package dev.heartwood.reporting.learning;

import dev.heartwood.reporting.api.CpdGrouping;
import dev.heartwood.reporting.api.CpdSpendQuery;
import dev.heartwood.reporting.api.CpdSpendRow;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.query.RecordRows;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

@Component
class CpdSpendQueries {

    private final JdbcClient jdbc;
    private final LearningReportFreshness freshness;

    CpdSpendQueries(JdbcClient jdbc, LearningReportFreshness freshness) {
        this.jdbc = jdbc;
        this.freshness = freshness;
    }

    /** Answers a raw page because Axon matches a handler to {@code instanceOf(ReportPage.class)} by its plain class. */
    @SuppressWarnings("rawtypes")
    @QueryHandler
    ReportPage handle(CpdSpendQuery query) {
        String groups = groups(query);
        List<CpdSpendRow> rows = jdbc.sql("SELECT * FROM (" + groups + ") g ORDER BY "
                        + query.sort().orderBy(query.by()) + " LIMIT :size OFFSET :offset")
                .param("scope", query.scope().id())
                .param("year", query.academicYear().toString())
                .param("size", query.size())
                .param("offset", (long) query.page() * query.size())
                .query(RecordRows.of(CpdSpendRow.class))
                .list();
        long total = jdbc.sql("SELECT count(*) FROM (" + groups + ") g")
                .param("scope", query.scope().id())
                .param("year", query.academicYear().toString())
                .query(Long.class)
                .single();
        return new ReportPage<>(CpdSpendRow.class, rows, query.page(), query.size(), total, freshness.now());
    }

    private static String groups(CpdSpendQuery query) {
        CpdGrouping by = query.by();
        return """
                SELECT a.academic_year, '%s' AS grouped_by, %s AS key, %s AS label,
                       count(DISTINCT a.activity_id) AS activities,
                       coalesce(sum(a.planned_hours) FILTER (WHERE a.requested), 0) AS requested_hours,
                       coalesce(sum(a.planned_cost) FILTER (WHERE a.requested), 0) AS requested_cost,
                       coalesce(sum(a.planned_hours) FILTER (WHERE a.approved), 0) AS approved_hours,
                       coalesce(sum(a.planned_cost) FILTER (WHERE a.approved), 0) AS approved_cost,
                       coalesce(sum(a.completed_hours) FILTER (WHERE a.completed), 0) AS completed_hours,
                       coalesce(sum(a.completed_cost) FILTER (WHERE a.completed), 0) AS completed_cost,
                       coalesce(sum(a.cover_days) FILTER (WHERE a.requested), 0) AS cover_days_requested,
                       coalesce(sum(a.cover_days) FILTER (WHERE a.approved), 0) AS cover_days_approved
                FROM learning_report_activity a
                %s
                WHERE %s AND a.academic_year = :year
                GROUP BY 1, 2, 3, 4""".formatted(by.name(), by.key, by.label, by.joins,
                query.scope().covers("a.school_id"));
    }
}
