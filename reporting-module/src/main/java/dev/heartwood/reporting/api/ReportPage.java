package dev.heartwood.reporting.api;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/**
 * One page of a report's rows, with how fresh they are. Served as JSON, or as CSV (the rows only, one line each,
 * with a header) when the client asks for {@code text/csv}; rows are flat records so that they fit a CSV line.
 *
 * @param rowType the record type of the rows, which names the CSV columns even when there are no rows
 */
public record ReportPage<T extends Record>(@JsonIgnore Class<T> rowType, List<T> rows, int page, int size,
                                            long total, Freshness freshness) {

    /** The media type a client asks for to get a report as CSV. */
    public static final String CSV = "text/csv";
}
