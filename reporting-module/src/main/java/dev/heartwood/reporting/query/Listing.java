package dev.heartwood.reporting.query;

import org.springframework.jdbc.core.RowMapper;

import java.util.function.Supplier;

/**
 * What a list reads: a {@code SELECT} of its rows' columns from the read models (with its filters as named
 * parameters, a filter left out as {@code null}), and the record each row is read as. Every row has a
 * {@code last_event_index}, which says how fresh the list is.
 *
 * @param rows      a mapper for one reading of the list (a {@link RecordRows} keeps where that reading's columns are)
 * @param processor the processing group that keeps the read models it reads, whose lag the list's freshness reports
 */
public record Listing<T extends Record>(Class<T> rowType, Supplier<RowMapper<T>> rows, String processor,
                                        String select) {

    /** A list whose rows are read into their record by the columns' names. */
    public static <T extends Record> Listing<T> of(Class<T> rowType, String processor, String select) {
        return new Listing<>(rowType, () -> RecordRows.of(rowType), processor, select);
    }
}
