package dev.heartwood.reporting.api;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes flat rows as CSV for spreadsheets: a header line named after the row record's components, then one line per
 * row, quoting commas, quotes and line breaks in free text. Text that a spreadsheet would take for a formula is
 * neutralised ({@link SpreadsheetSafeText}).
 */
public final class CsvRows {

    private static final CsvMapper CSV = CsvMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // columns in the order the row record declares them, not alphabetical
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            // quote only what needs it (separators, quotes, line breaks), so identifiers stay plain
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .addModule(new SimpleModule().addSerializer(String.class, new SpreadsheetSafeText()))
            .build();

    private CsvRows() {
    }

    /** Writes the rows, with the header of their type even when there are none; leaves the stream open. */
    public static void write(Class<? extends Record> rowType, List<? extends Record> rows, OutputStream out)
            throws IOException {
        CsvSchema schema = CSV.schemaFor(rowType).withHeader();
        CSV.writer(schema).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, rows);
    }
}
