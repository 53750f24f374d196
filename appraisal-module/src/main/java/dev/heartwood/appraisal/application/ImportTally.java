package dev.heartwood.appraisal.application;

import dev.heartwood.appraisal.api.StaffImportOutcome;
import dev.heartwood.appraisal.api.StaffImportResult;
import dev.heartwood.appraisal.api.StaffImportResult.Row;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What an import does, row by row, and the rows that failed by their MIS ids. */
class ImportTally {

    private final List<String> unusedColumns;
    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Integer> failedLineByExternalId = new HashMap<>();

    ImportTally(List<String> unusedColumns) {
        this.unusedColumns = List.copyOf(unusedColumns);
    }

    void imported(StaffRow row, StaffImportOutcome outcome) {
        rows.add(Row.imported(row.line(), row.externalId(), outcome));
    }

    /** @param externalId {@code null} for a row without one */
    void failed(int line, String externalId, String code, String reason) {
        rows.add(Row.failed(line, externalId, code, reason));
        if (externalId != null) {
            failedLineByExternalId.put(externalId, line);
        }
    }

    /** The line of the last row with this MIS id that failed, if one did. */
    Optional<Integer> lineThatFailed(String externalId) {
        return Optional.ofNullable(failedLineByExternalId.get(externalId));
    }

    /** The rows in the order of the file: they are imported managers first. */
    StaffImportResult result() {
        return new StaffImportResult(rows.stream().sorted(Comparator.comparingInt(Row::line)).toList(),
                unusedColumns);
    }
}
