package dev.heartwood.reporting.audit;

import dev.heartwood.reporting.api.AuditEntry;
import dev.heartwood.reporting.api.AuditLogQuery;
import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.query.EventStreamHead;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Component
class AuditLogQueries {

    /** A school's own events, or for a trust its own and those of every school in it. */
    private static final String SCOPE = """
            (CAST(:school AS uuid) IS NOT NULL AND school_id = :school
             OR CAST(:trust AS uuid) IS NOT NULL AND (trust_id = :trust
                OR school_id IN (SELECT school_id FROM school_view WHERE trust_id = :trust)))""";
    private static final String FILTERS = """
             AND (CAST(:from AS timestamptz) IS NULL OR occurred_at >= :from)
             AND (CAST(:to AS timestamptz) IS NULL OR occurred_at < :to)
             AND (CAST(:actor AS text) IS NULL OR actor_id = :actor)
             AND (CAST(:staff AS uuid) IS NULL OR staff_id = :staff)
             AND (CAST(:kind AS text) IS NULL OR kind = :kind)""";

    private final JdbcClient jdbc;
    private final EventStreamHead head;

    AuditLogQueries(JdbcClient jdbc, EventStreamHead head) {
        this.jdbc = jdbc;
        this.head = head;
    }

    /** Answers a raw page because Axon matches a handler to {@code instanceOf(ReportPage.class)} by its plain class. */
    @SuppressWarnings("rawtypes")
    @QueryHandler
    ReportPage handle(AuditLogQuery query) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("school", query.schoolId())
                .addValue("trust", query.trustId())
                .addValue("from", query.from() == null ? null : Timestamp.from(query.from()))
                .addValue("to", query.to() == null ? null : Timestamp.from(query.to()))
                .addValue("actor", query.actorId())
                .addValue("staff", query.staffId())
                .addValue("kind", query.kind())
                .addValue("limit", query.size())
                .addValue("offset", (long) query.page() * query.size());
        List<AuditEntry> rows = jdbc.sql("""
                        SELECT global_index, occurred_at, happened_on, kind, aggregate_id, school_id, staff_id,
                               actor_id, actor_role, reason, correlation_id, causation_id, batch_id
                        FROM audit_log WHERE""" + SCOPE + FILTERS + """
                         ORDER BY global_index DESC LIMIT :limit OFFSET :offset""")
                .paramSource(parameters)
                .query((row, n) -> new AuditEntry(row.getLong("global_index"),
                        row.getTimestamp("occurred_at").toInstant(),
                        row.getObject("happened_on", LocalDate.class), row.getString("kind"),
                        row.getString("aggregate_id"), row.getObject("school_id", UUID.class),
                        row.getObject("staff_id", UUID.class), row.getString("actor_id"),
                        row.getString("actor_role"), row.getString("reason"), row.getString("correlation_id"),
                        row.getString("causation_id"), row.getString("batch_id")))
                .list();
        long total = jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM audit_log WHERE" + SCOPE + FILTERS
                        + " LIMIT :counted) matching")
                .paramSource(parameters.addValue("counted", AuditLogQuery.MOST_COUNTED + 1))
                .query(Long.class)
                .single();
        long applied = jdbc.sql("SELECT coalesce(max(global_index), 0) FROM audit_log").query(Long.class).single();
        return new ReportPage<>(AuditEntry.class, rows, query.page(), query.size(), total, head.freshness(applied,
                AuditLogProjection.PROCESSING_GROUP));
    }
}
