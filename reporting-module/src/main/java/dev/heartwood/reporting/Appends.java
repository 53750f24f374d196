package dev.heartwood.reporting;

import dev.heartwood.reporting.api.rebuild.RebuildTransactions;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rows a projection adds for an event and does not change while applying others (a line of the audit log or of
 * a timeline); a row may look up one added before it, since the rows are written in the order of their events.
 * Applied live, each is written at once, inside its handler's savepoint, so that a row that fails
 * parks its own event (ADR 8). In a rebuild ({@link RebuildTransactions}) they are kept until the batch of events
 * is about to commit and then sent as one JDBC batch per statement: a rebuild writes a row for nearly every event
 * of the stream, and one round trip each was most of its time.
 */
@Component
public class Appends {

    private static final String PENDING = Appends.class.getName() + ".pending";

    private final NamedParameterJdbcTemplate jdbc;

    Appends(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs the statement for the row now, or in a rebuild with the batch's others before it commits. */
    public void add(String sql, MapSqlParameterSource row) {
        Optional<Map<String, List<SqlParameterSource>>> pending = RebuildTransactions.current()
                ? BatchEnd.collecting(PENDING, LinkedHashMap::new, this::send)
                : Optional.empty();
        pending.ifPresentOrElse(rows -> rows.computeIfAbsent(sql, statement -> new ArrayList<>()).add(row),
                () -> jdbc.update(sql, row));
    }

    private void send(Map<String, List<SqlParameterSource>> pending) {
        pending.forEach((statement, rows) -> jdbc.batchUpdate(statement, rows.toArray(SqlParameterSource[]::new)));
    }
}
