package dev.heartwood.appraisal.application;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.heartwood.appraisal.api.StaffImports;
import dev.heartwood.kernel.DomainRuleViolation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static dev.heartwood.appraisal.api.AppraisalErrorCode.STAFF_FILE_TOO_LARGE;
import static dev.heartwood.appraisal.api.AppraisalErrorCode.STAFF_FILE_UNREADABLE;

/**
 * A school's staff export as rows of named values. The first line names the columns, in any order and case;
 * columns the import does not read are set aside and named in its answer, and empty lines are ignored. Values are separated by commas, or by
 * semicolons or tabs where the header is (as Excel writes CSV in some locales).
 */
final class StaffCsv {

    private static final CsvMapper CSV = new CsvMapper();
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private StaffCsv() {
    }

    /**
     * @param rows          the rows with a value in a column the import reads
     * @param unusedColumns the first line's names of the columns it does not read, as written there
     */
    record Contents(List<StaffCsvRow> rows, List<String> unusedColumns) {
    }

    /**
     * @throws DomainRuleViolation {@code STAFF_FILE_UNREADABLE} when the text is not CSV or its first line does not
     *                             name the columns, {@code STAFF_FILE_TOO_LARGE} when it has more than
     *                             {@link StaffImports#MOST_ROWS} rows
     */
    static Contents read(String text) {
        // Excel starts its "CSV UTF-8" files with a byte order mark, which would hide the first column's name
        String content = text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text;
        ObjectReader reader = CSV.readerForArrayOf(String.class)
                .with(CsvSchema.emptySchema().withColumnSeparator(separatorOf(content)))
                .with(CsvParser.Feature.WRAP_AS_ARRAY)
                .with(CsvParser.Feature.SKIP_EMPTY_LINES)
                .with(CsvParser.Feature.TRIM_SPACES);
        try (MappingIterator<String[]> lines = reader.readValues(content)) {
            if (!lines.hasNextValue()) {
                throw badFile("The file is empty; its first line must name the columns");
            }
            String[] header = lines.nextValue();
            Map<StaffColumn, Integer> columns = columnsNamedBy(header);
            List<StaffCsvRow> rows = new ArrayList<>();
            while (lines.hasNextValue()) {
                int line = lines.getCurrentLocation().getLineNr();
                StaffCsvRow row = rowOf(line, columns, lines.nextValue());
                if (row.values().isEmpty()) {
                    continue;
                }
                if (rows.size() == StaffImports.MOST_ROWS) {
                    throw new DomainRuleViolation(STAFF_FILE_TOO_LARGE,
                            "A staff file may have at most " + StaffImports.MOST_ROWS + " rows");
                }
                rows.add(row);
            }
            return new Contents(rows, unused(header, columns));
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            throw badFile("The file is not readable as CSV"
                    + (where == null ? "" : " near line " + where.getLineNr())
                    + "; a quoted value may be unclosed");
        } catch (IOException e) {
            throw new UncheckedIOException("Reading from a string failed", e);
        }
    }

    private static char separatorOf(String content) {
        String header = content.lines().findFirst().orElse("");
        char separator = ',';
        for (char candidate : new char[] {';', '\t'}) {
            if (occurrences(candidate, header) > occurrences(separator, header)) {
                separator = candidate;
            }
        }
        return separator;
    }

    private static long occurrences(char character, String text) {
        return text.chars().filter(c -> c == character).count();
    }

    private static Map<StaffColumn, Integer> columnsNamedBy(String[] header) {
        Map<StaffColumn, Integer> columns = new EnumMap<>(StaffColumn.class);
        for (int index = 0; index < header.length; index++) {
            int position = index;
            StaffColumn.named(header[index]).ifPresent(column -> {
                if (columns.putIfAbsent(column, position) != null) {
                    throw badFile("The column '" + column.label() + "' is named twice in the first line");
                }
            });
        }
        String missing = Arrays.stream(StaffColumn.values())
                .filter(column -> column.missingFrom(columns.keySet()))
                .map(StaffColumn::label)
                .collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            throw badFile("The first line must name the columns; these are missing: " + missing);
        }
        return columns;
    }

    /** The columns the first line names that the import does not read (one without a name by its position). */
    private static List<String> unused(String[] header, Map<StaffColumn, Integer> columns) {
        return IntStream.range(0, header.length)
                .filter(index -> !columns.containsValue(index))
                .mapToObj(index -> header[index].isBlank() ? "column " + (index + 1) + " (no name)" : header[index])
                .toList();
    }

    private static StaffCsvRow rowOf(int line, Map<StaffColumn, Integer> columns, String[] values) {
        Map<StaffColumn, String> row = new EnumMap<>(StaffColumn.class);
        columns.forEach((column, index) -> {
            if (index < values.length && !values[index].isBlank()) {
                row.put(column, values[index].strip());
            }
        });
        return new StaffCsvRow(line, row);
    }

    private static DomainRuleViolation badFile(String reason) {
        return new DomainRuleViolation(STAFF_FILE_UNREADABLE, reason);
    }
}
