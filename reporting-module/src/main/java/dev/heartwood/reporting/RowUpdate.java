package dev.heartwood.reporting;

import org.axonframework.eventhandling.TrackingToken;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The change a projection makes to the row it keeps for a record when an event about the record comes: some columns
 * set, and the row marked with where the processor stood ({@link EventPosition}), a mark that never moves back.
 *
 * @param table     the read model's table
 * @param keyColumn the column that names the record
 */
public record RowUpdate(String table, String keyColumn) {

    /**
     * Sets {@code assignments} on the record's row: SQL with a {@code ?} for each of {@code values}, which may be
     * {@code null}.
     */
    public void apply(JdbcClient jdbc, Object key, String assignments, TrackingToken token, Object... values) {
        List<Object> parameters = new ArrayList<>(Arrays.asList(values));
        parameters.add(EventPosition.of(token));
        parameters.add(key);
        jdbc.sql("UPDATE " + table + " SET " + assignments + ", last_event_index = greatest(last_event_index, ?) "
                        + "WHERE " + keyColumn + " = ?")
                .params(parameters)
                .update();
    }
}
