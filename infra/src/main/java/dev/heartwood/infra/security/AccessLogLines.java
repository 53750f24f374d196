package dev.heartwood.infra.security;

import dev.heartwood.reporting.api.AccessLogQuery;
import dev.heartwood.reporting.api.AccessLogRow;
import dev.heartwood.reporting.api.AccessLogRows;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Reads the access log a page at a time, newest first: for the API and, through the query bus, for its page. */
@Component
class AccessLogLines {

    private static final String LINES = """
            SELECT read_at, reader_id, reader_role, kind, record_id, staff_id, school_id, request
            FROM access_log
            """;

    private final JdbcClient jdbc;

    AccessLogLines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    AccessLogRows handle(AccessLogQuery query) {
        boolean school = query.scope().schoolId() != null;
        String column = school ? "school_id" : "trust_id";
        UUID scope = school ? query.scope().schoolId() : query.scope().trustId();
        List<AccessLogRow> lines = jdbc.sql(LINES + "WHERE %s = ? ORDER BY id DESC LIMIT ? OFFSET ?"
                        .formatted(column))
                .params(scope, query.size(), (long) query.page() * query.size())
                .query(AccessLogLines::line)
                .list();
        long total = jdbc.sql("SELECT count(*) FROM access_log WHERE %s = ?".formatted(column))
                .param(scope)
                .query(Long.class)
                .single();
        return new AccessLogRows(lines, query.page(), query.size(), total);
    }

    /** Every read of one person's records, oldest first: what a subject access export hands them. */
    List<AccessLogRow> about(UUID staffId) {
        return jdbc.sql(LINES + "WHERE staff_id = ? ORDER BY id").param(staffId).query(AccessLogLines::line).list();
    }

    private static AccessLogRow line(ResultSet row, int n) throws SQLException {
        return new AccessLogRow(row.getObject("read_at", OffsetDateTime.class), row.getObject("reader_id", UUID.class),
                row.getString("reader_role"), row.getString("kind"), row.getObject("record_id", UUID.class),
                row.getObject("staff_id", UUID.class), row.getObject("school_id", UUID.class),
                row.getString("request"));
    }
}
