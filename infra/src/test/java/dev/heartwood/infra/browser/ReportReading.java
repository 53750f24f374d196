package dev.heartwood.infra.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;

/** What the report pages' tests read off a page, its download and the API's answer, to compare them. */
final class ReportReading {

    private ReportReading() {
    }

    static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static void applyFilters(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Apply filters")).click();
    }

    /** The report's table, a row of cell texts for each row shown. */
    static List<List<String>> table(Page page) {
        return rowsOf(page, page.locator(".heartwood-report-table tbody tr"));
    }

    /** The body of the table with this id, a row of cell texts for each of its rows. */
    static List<List<String>> table(Page page, String id) {
        return rowsOf(page, page.locator("#" + id + " tbody tr"));
    }

    private static List<List<String>> rowsOf(Page page, Locator tableRows) {
        // the rows are read as they are, without waiting for any: a page that has shown its heading may not yet have
        // received its table
        page.waitForLoadState();
        return rowsOf(tableRows);
    }

    private static List<List<String>> rowsOf(Locator tableRows) {
        List<List<String>> rows = new ArrayList<>();
        for (Locator row : tableRows.all()) {
            rows.add(row.locator("th, td").allInnerTexts().stream().map(String::strip).toList());
        }
        return rows;
    }

    /** The rows of the API's answer of a report. */
    static List<JsonNode> rows(JsonNode report) {
        return StreamSupport.stream(report.path("rows").spliterator(), false).toList();
    }

    /** A CSV file's lines, each by its header's names. */
    static List<Map<String, String>> csv(String text) throws IOException {
        try (MappingIterator<Map<String, String>> lines = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            return lines.readAll();
        }
    }

    /** A number of the API's answer as a page writes it: 7.50 as 7.5. */
    static String number(JsonNode value) {
        return new BigDecimal(value.asText()).stripTrailingZeros().toPlainString();
    }

    /** An amount of the API's answer as a page writes it: whole pounds without pence. */
    static String money(JsonNode value) {
        BigDecimal pounds = new BigDecimal(value.asText());
        boolean whole = pounds.stripTrailingZeros().scale() <= 0;
        return new DecimalFormat(whole ? "£#,##0" : "£#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK))
                .format(pounds);
    }

    /** What the page's link downloads. */
    static String download(Page page, String link) throws IOException {
        Download download = page.waitForDownload(() -> link(page, link).click());
        return Files.readString(download.path());
    }
}
