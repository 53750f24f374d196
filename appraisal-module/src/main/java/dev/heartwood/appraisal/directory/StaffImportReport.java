package dev.heartwood.appraisal.directory;

import org.springframework.lang.Nullable;

import java.util.List;

/**
 * What a staff import did. Every row of the file is counted once: created, changed, unchanged or failed.
 *
 * @param rows   the rows of the file, not counting the header and empty lines
 * @param errors        the rows that were not imported, in the order of the file
 * @param unusedColumns the columns of the file that the import did not read, by the names its first line gives
 *                      them: a column it does not know, or one named in a way it does not recognise
 */
public record StaffImportReport(int rows, int created, int changed, int unchanged, int failed,
                                List<RowError> errors, List<String> unusedColumns) {

    /**
     * A row that was not imported.
     *
     * @param line       where the row starts in the file; the header is line 1
     * @param externalId the row's MIS id, or {@code null} if it has none
     * @param code       the code of the rule the row breaks, or {@code invalid-input} for a missing or unreadable
     *                   value
     */
    public record RowError(int line, @Nullable String externalId, String code, String reason) {
    }
}
