package dev.heartwood.web;

import dev.heartwood.web.learning.LearningWords.Choice;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The filters and paging of {@code report/parts.html}, as the audit log, the matrix and the tracker use them. */
class ReportPartsTest {

    private final Templates templates = new Templates();

    private static final List<Choice> STATUSES = List.of(new Choice("OVERDUE", "Overdue", null),
            new Choice("COMPLIANT", "Up to date", null));

    @Test
    void theFiltersAreOneFormSentToTheReportByGetWithTheirFieldsInOneRowAndOneButton() {
        String page = render(1, 3, 0, 1, 3, 3);

        assertThat(page).containsOnlyOnce("<form").containsOnlyOnce("<button")
                .contains("<form method=\"get\" action=\"audit-log\" novalidate"
                        + " class=\"heartwood-filters\"> <div class=\"govuk-grid-row\">"
                        + " <div class=\"govuk-grid-column-one-quarter\">")
                .contains("<label class=\"govuk-label\" for=\"from\">From</label>"
                        + " <input class=\"govuk-input govuk-!-width-full\" id=\"from\" name=\"from\" type=\"date\""
                        + " value=\"2026-03-01\">")
                .contains("</div> <p>Late only</p> <button type=\"submit\"");
    }

    @Test
    void aChoiceOffersAllFirstWhenItHasOneAndMarksTheChosen() {
        String page = render(1, 3, 0, 1, 3, 3);

        assertThat(page).contains("<select class=\"govuk-select govuk-!-width-full\" id=\"status\" name=\"status\">"
                        + " <option value=\"\">All statuses</option> <option value=\"OVERDUE\">Overdue</option>"
                        + " <option value=\"COMPLIANT\" selected=\"selected\">Up to date</option> </select>")
                .contains("<select class=\"govuk-select govuk-!-width-full\" id=\"sort\" name=\"sort\">"
                        + " <option value=\"NAME\" selected=\"selected\">By name</option> </select>");
    }

    @Test
    void theCountTheDownloadAndTheCaptionNameTheRowsOneOrMany() {
        assertThat(render(1, 1, 0, 1, 1, 1)).contains(">1 entry</h2>").doesNotContain("Nothing matches")
                .contains(">Download this entry as CSV</a>").contains(">Entries, newest first</caption>");
        assertThat(render(420, 42, 2, 201, 242, 5)).contains(">420 entries</h2>")
                .contains(">Download these 42 entries as CSV</a>")
                .contains(">Entries 201 to 242 of 420</caption>");
        assertThat(render(0, 0, 0, 0, 0, 0)).contains(">0 entries</h2>")
                .contains("<p class=\"govuk-body\">Nothing matches these filters.</p>");
    }

    private String render(long total, int shown, int page, long first, long last, int pages) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("place", "audit-log");
        variables.put("from", LocalDate.of(2026, 3, 1));
        variables.put("statuses", STATUSES);
        variables.put("chosen", "COMPLIANT");
        variables.put("orders", List.of(new Choice("NAME", "By name", null)));
        variables.put("csv", "audit-log?page=" + page + "&format=csv");
        variables.put("shown", shown);
        variables.put("total", total);
        variables.put("first", first);
        variables.put("last", last);
        variables.put("pages", pages);
        return templates.render("report-filters", variables);
    }
}
