package dev.heartwood.appraisal.directory;

import dev.heartwood.appraisal.api.StaffImportOutcome;
import dev.heartwood.appraisal.directory.StaffImportReport.RowError;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Counts what an import does, row by row, and remembers the rows that failed. */
class ImportTally {

    private final int rows;
    private final List<String> unusedColumns;
    private final Map<StaffImportOutcome, Integer> outcomes = new EnumMap<>(StaffImportOutcome.class);
    private final List<RowError> errors = new ArrayList<>();
    private final Map<String, Integer> failedLineByExternalId = new HashMap<>();

    ImportTally(int rows, List<String> unusedColumns) {
        this.rows = rows;
        this.unusedColumns = List.copyOf(unusedColumns);
    }

    void imported(StaffImportOutcome outcome) {
        outcomes.merge(outcome, 1, Integer::sum);
    }

    /** @param externalId {@code null} for a row without one */
    void failed(int line, String externalId, String code, String reason) {
        errors.add(new RowError(line, externalId, code, reason));
        if (externalId != null) {
            failedLineByExternalId.put(externalId, line);
        }
    }

    /** The line of the last row with this MIS id that failed, if one did. */
    Optional<Integer> lineThatFailed(String externalId) {
        return Optional.ofNullable(failedLineByExternalId.get(externalId));
    }

    StaffImportReport report() {
        return new StaffImportReport(rows, count(StaffImportOutcome.CREATED), count(StaffImportOutcome.CHANGED),
                count(StaffImportOutcome.UNCHANGED), errors.size(),
                errors.stream().sorted(Comparator.comparingInt(RowError::line)).toList(), unusedColumns);
    }

    private int count(StaffImportOutcome outcome) {
        return outcomes.getOrDefault(outcome, 0);
    }
}
