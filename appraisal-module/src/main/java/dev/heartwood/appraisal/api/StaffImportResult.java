package dev.heartwood.appraisal.api;

import org.springframework.lang.Nullable;

import java.util.List;

/**
 * What a staff import ({@link StaffImports}) did with each row of the file, in the order of the file: every row is
 * there once, imported or not.
 *
 * @param rows          one result a row, not counting the header and empty lines
 * @param unusedColumns the columns of the file that the import did not read, by the names its first line gives them:
 *                      a column it does not know, or one named in a way it does not recognise
 */
public record StaffImportResult(List<Row> rows, List<String> unusedColumns) {

    /** The code of a row with a missing or unreadable value. */
    public static final String INVALID_INPUT = "invalid-input";

    public StaffImportResult {
        rows = List.copyOf(rows);
        unusedColumns = List.copyOf(unusedColumns);
    }

    /**
     * One row's result: what it did to the directory, or why it was not imported.
     *
     * @param line       where the row starts in the file; the header is line 1
     * @param externalId the row's MIS id, or {@code null} if it has none
     * @param outcome    what the row did, or {@code null} when it was not imported
     * @param code       why it was not imported: the code of the rule the row breaks, or {@link #INVALID_INPUT};
     *                   {@code null} when it was imported
     * @param reason     the same in words, or {@code null} when it was imported
     */
    public record Row(int line, @Nullable String externalId, @Nullable StaffImportOutcome outcome,
                      @Nullable String code, @Nullable String reason) {

        public static Row imported(int line, String externalId, StaffImportOutcome outcome) {
            return new Row(line, externalId, outcome, null, null);
        }

        public static Row failed(int line, @Nullable String externalId, String code, String reason) {
            return new Row(line, externalId, null, code, reason);
        }

        public boolean failed() {
            return outcome == null;
        }
    }

    /** How many rows had this outcome. */
    public long count(StaffImportOutcome outcome) {
        return rows.stream().filter(row -> row.outcome() == outcome).count();
    }

    /** The rows that were not imported. */
    public List<Row> failures() {
        return rows.stream().filter(Row::failed).toList();
    }
}
