package dev.heartwood.appraisal.application;

import java.util.Map;

/**
 * One row of a staff export as text.
 *
 * @param line   where the row starts in the file; the header is line 1
 * @param values the row's non-blank values, trimmed
 */
record StaffCsvRow(int line, Map<StaffColumn, String> values) {

    StaffCsvRow {
        values = Map.copyOf(values);
    }

    /** The value, or {@code null} when the row leaves it empty. */
    String get(StaffColumn column) {
        return values.get(column);
    }
}
