package dev.heartwood.reporting.query;

import dev.heartwood.reporting.api.CsvRows;
import dev.heartwood.reporting.api.ReportPage;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link ReportPage} as CSV for spreadsheets: a header line named after the row record's components,
 * then one line per row, quoting commas, quotes and line breaks in free text. Text that a spreadsheet would take for a
 * formula is neutralised ({@link CsvRows}). It is sent as an attachment named after the report, and its
 * freshness travels in the {@code X-Last-Event-Index} and {@code X-Events-Behind} headers.
 */
public class ReportCsvConverter extends AbstractHttpMessageConverter<ReportPage<?>> {

    public static final String TEXT_CSV_VALUE = ReportPage.CSV;
    public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    public ReportCsvConverter() {
        super(TEXT_CSV);
    }

    @Override
    protected boolean supports(Class<?> type) {
        return ReportPage.class.isAssignableFrom(type);
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected ReportPage<?> readInternal(Class<? extends ReportPage<?>> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("Reports are not read from CSV", input);
    }

    @Override
    protected void writeInternal(ReportPage<?> report, HttpOutputMessage output) throws IOException {
        output.getHeaders().set("X-Last-Event-Index", String.valueOf(report.freshness().lastEventIndex()));
        output.getHeaders().set("X-Events-Behind", String.valueOf(report.freshness().behind()));
        output.getHeaders().setContentDisposition(ContentDisposition.attachment().filename(fileName()).build());
        CsvRows.write(report.rowType(), report.rows(), output.getBody());
    }

    /**
     * The report's name from its address, such as {@code heartwood-training-compliance-summary.csv} for
     * {@code /api/schools/{id}/reports/training-compliance/summary}: the segments after the last identifier.
     */
    private static String fileName() {
        List<String> name = new ArrayList<>(List.of("heartwood"));
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            for (String segment : request.getRequest().getRequestURI().split("/")) {
                if (!segment.matches("[a-z-]+")) {
                    name.subList(1, name.size()).clear(); // an identifier: what names the report comes after it
                } else if (!segment.equals("reports")) {
                    name.add(segment);
                }
            }
        }
        return String.join("-", name) + ".csv";
    }
}
