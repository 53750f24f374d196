package dev.heartwood.reporting.history;

import dev.heartwood.reporting.api.ReportPage;
import dev.heartwood.reporting.api.StaffTimelineQuery;
import dev.heartwood.reporting.api.TimelineRow;
import dev.heartwood.reporting.query.EventStreamHead;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Component
class StaffTimelineQueries {

    private final JdbcClient jdbc;
    private final EventStreamHead head;

    StaffTimelineQueries(JdbcClient jdbc, EventStreamHead head) {
        this.jdbc = jdbc;
        this.head = head;
    }

    /**
     * Declared raw because Axon matches a handler's declared return type against the class the caller asks for
     * and does not look through type arguments: {@code ReportPage<TimelineRow>} would match no request.
     */
    @QueryHandler
    @SuppressWarnings("rawtypes")
    ReportPage handle(StaffTimelineQuery query) {
        UUID staffId = query.staffId().value();
        List<TimelineRow> rows = jdbc.sql("""
                        SELECT occurred_at, happened_on, global_index, kind, summary, aggregate_type, aggregate_id
                        FROM staff_timeline WHERE staff_id = ?
                        ORDER BY global_index LIMIT ? OFFSET ?""")
                .params(staffId, query.size(), (long) query.page() * query.size())
                .query((row, n) -> new TimelineRow(row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        row.getObject("happened_on", LocalDate.class), row.getLong("global_index"), row.getString("kind"), row.getString("summary"),
                        row.getString("aggregate_type"), row.getString("aggregate_id")))
                .list();
        return jdbc.sql("SELECT count(*), coalesce(max(global_index), 0) FROM staff_timeline WHERE staff_id = ?")
                .param(staffId)
                .query((row, n) -> new ReportPage<>(TimelineRow.class, rows, query.page(), query.size(), row.getLong(1),
                        head.freshness(row.getLong(2), StaffTimelineProjection.PROCESSING_GROUP)))
                .single();
    }
}
