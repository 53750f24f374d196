package dev.heartwood.reporting.learning;

import dev.heartwood.reporting.api.CpdSpendQuery;
import dev.heartwood.reporting.api.CpdSpendRow;
import dev.heartwood.reporting.api.CpdSpendSort;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.query.KnownSchools;
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
        CpdGroup group = CpdGroup.of(query.by());
        String groups = groups(query, group);
        List<CpdSpendRow> rows = jdbc.sql("SELECT * FROM (" + groups + ") g ORDER BY "
                        + orderBy(query.sort(), group) + " LIMIT :size OFFSET :offset")
                .param("scope", KnownSchools.id(query.scope()))
                .param("year", query.academicYear().toString())
                .param("size", query.size())
                .param("offset", (long) query.page() * query.size())
                .query(RecordRows.of(CpdSpendRow.class))
                .list();
        long total = jdbc.sql("SELECT count(*) FROM (" + groups + ") g")
                .param("scope", KnownSchools.id(query.scope()))
                .param("year", query.academicYear().toString())
                .query(Long.class)
                .single();
        return new ReportPage<>(CpdSpendRow.class, rows, query.page(), query.size(), total, freshness.now());
    }

    /** The ORDER BY of the report's groups, whose columns are named as in {@link CpdSpendRow}. */
    private static String orderBy(CpdSpendSort sort, CpdGroup group) {
        return switch (sort) {
            case LABEL -> "";
            case HOURS -> "completed_hours DESC, approved_hours DESC, requested_hours DESC, ";
            case COST -> "completed_cost DESC, approved_cost DESC, requested_cost DESC, ";
        } + group.order();
    }

    private static String groups(CpdSpendQuery query, CpdGroup by) {
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
                GROUP BY 1, 2, 3, 4""".formatted(query.by().name(), by.key(), by.label(), by.joins(),
                KnownSchools.covers(query.scope(), "a.school_id"));
    }
}
