package dev.heartwood.appraisal.web;

import dev.heartwood.appraisal.api.StaffImportOutcome;
import dev.heartwood.appraisal.api.StaffImportResult;
import org.springframework.lang.Nullable;

import java.util.List;

/**
 * What a staff import did, as the API answers it: every row of the file counted once (created, changed, unchanged or
 * failed), and the rows that failed. The import page shows each row's result instead.
 *
 * @param rows          the rows of the file, not counting the header and empty lines
 * @param errors        the rows that were not imported, in the order of the file
 * @param unusedColumns the columns of the file that the import did not read, by the names its first line gives
 *                      them: a column it does not know, or one named in a way it does not recognise
 */
record StaffImportReport(int rows, int created, int changed, int unchanged, int failed, List<RowError> errors,
                         List<String> unusedColumns) {

    /**
     * A row that was not imported.
     *
     * @param line       where the row starts in the file; the header is line 1
     * @param externalId the row's MIS id, or {@code null} if it has none
     * @param code       the code of the rule the row breaks, or {@code invalid-input} for a missing or unreadable
     *                   value
     */
    record RowError(int line, @Nullable String externalId, String code, String reason) {
    }

    static StaffImportReport of(StaffImportResult result) {
        List<RowError> errors = result.failures().stream()
                .map(row -> new RowError(row.line(), row.externalId(), row.code(), row.reason()))
                .toList();
        return new StaffImportReport(result.rows().size(), count(result, StaffImportOutcome.CREATED),
                count(result, StaffImportOutcome.CHANGED), count(result, StaffImportOutcome.UNCHANGED), errors.size(),
                errors, result.unusedColumns());
    }

    private static int count(StaffImportResult result, StaffImportOutcome outcome) {
        return Math.toIntExact(result.count(outcome));
    }
}
