package dev.heartwood.reporting.query;

import dev.heartwood.reporting.api.ReportPage;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Reads a page of a list the same way for every list: its rows in the order asked, how many rows it has in all, and
 * how fresh it is (the newest event applied to any of them). The statements run within the query bus's one
 * snapshot, so the three agree.
 */
@Component
public class ListPages {

    private final JdbcClient jdbc;
    private final EventStreamHead head;

    ListPages(JdbcClient jdbc, EventStreamHead head) {
        this.jdbc = jdbc;
        this.head = head;
    }

    /**
     * The rows {@code page * size} to {@code (page + 1) * size - 1} of the list.
     *
     * @param orderBy the list's order by its rows' columns, ending on an identifier so that pages are stable
     */
    public <T extends Record> ReportPage<T> page(Listing<T> listing, String orderBy, MapSqlParameterSource filters,
                                                 int page, int size) {
        List<T> rows = jdbc.sql("SELECT * FROM (" + listing.select() + ") listed ORDER BY " + orderBy
                        + " LIMIT :size OFFSET :offset")
                .paramSource(new MapSqlParameterSource(filters.getValues())
                        .addValue("size", size)
                        .addValue("offset", (long) page * size))
                .query(listing.rows().get())
                .list();
        return jdbc.sql("SELECT count(*) AS total, coalesce(max(last_event_index), 0) AS newest FROM ("
                        + listing.select() + ") listed")
                .paramSource(filters)
                .query((row, n) -> new ReportPage<>(listing.rowType(), rows, page, size, row.getLong("total"),
                        head.freshness(row.getLong("newest"), listing.processor())))
                .single();
    }
}
