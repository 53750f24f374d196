package dev.heartwood.infra.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dev.heartwood.infra.Api;
import dev.heartwood.infra.HeartwoodIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static dev.heartwood.infra.browser.Oakfield.as;
import static dev.heartwood.infra.browser.Oakfield.main;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static dev.heartwood.infra.browser.ReportReading.link;
import static dev.heartwood.infra.browser.ReportReading.money;
import static dev.heartwood.infra.browser.ReportReading.number;
import static dev.heartwood.infra.browser.ReportReading.table;
import static dev.heartwood.infra.browser.ReportReading.rows;
import static dev.heartwood.infra.browser.ReportReading.download;

/**
 * Objectives and learning over time, and CPD hours and spend, in the browser: a headteacher goes from the dashboard to
 * each; their charts are images named and described by their figures, one bar a year; their tables are the figures
 * of their JSON, and their CSV the API's; they print on A4 and read in greyscale; a teacher reaches neither by its
 * address, HR sees the spend but not the objectives, and a trust's leader sees the trust's objectives.
 */
@HeartwoodIntegrationTest
@ExtendWith(Chromium.class)
class LearningReportPagesTest {

    private static final MediaType CSV = MediaType.valueOf("text/csv");

    @LocalServerPort
    int port;

    /** The names of a chart's bars, as a screen reader's user hears them. */
    private static List<String> bars(Page page, String chartId) {
        return page.locator("#" + chartId + "-title").locator("xpath=..").locator("g.heartwood-chart__bar > title")
                .allTextContents();
    }

    /** The figures of an objectives and learning row, as its table's columns write them. */
    private static List<String> learning(JsonNode row) {
        return List.of(row.path("objectivesSet").asText(), row.path("objectivesWithLinkedLearning").asText(),
                row.path("percentWithLinkedLearning").isNull() ? "None set"
                        : number(row.path("percentWithLinkedLearning")) + "%",
                number(row.path("linkedHours")), money(row.path("linkedCost")));
    }

    private static List<String> outcomes(JsonNode row) {
        List<String> cells = new ArrayList<>(List.of(row.path("academicYear").asText()));
        for (String side : new String[]{"WithLearning", "WithoutLearning"}) {
            for (String outcome : new String[]{"met", "partiallyMet", "notMet", "continuing", "noOutcomeYet"}) {
                cells.add(row.path(outcome + side).asText());
            }
        }
        return cells;
    }

    private static List<String> with(String first, List<String> rest) {
        List<String> cells = new ArrayList<>(List.of(first));
        cells.addAll(rest);
        return cells;
    }

    @Test
    void aHeadteacherFindsHowLearningServedTheObjectivesYearByYearInAChartAndATable(BrowserTab tab) {
        Birchwood school = Birchwood.open(port);

        Page page = as(tab, school.headteacher());
        link(page, "School dashboard").click();
        link(page, "Objectives and learning over time").click();
        assertThat(page.locator("h1").innerText()).isEqualTo("Objectives and learning over time");
        assertThat(main(page)).contains("Birchwood Primary").contains("As of event ").contains("up to date");

        Locator chart = page.locator("figure svg").first();
        assertThat(chart.getAttribute("role")).isEqualTo("img");
        assertThat(chart.getAttribute("aria-labelledby")).isEqualTo("objectives-chart-title objectives-chart-desc");
        assertThat(page.locator("figure figcaption").first().innerText())
                .isEqualTo("Objectives set each year, and those with linked learning");
        assertThat(page.locator("#objectives-chart-title").textContent())
                .isEqualTo("Objectives set each year, and those with linked learning");
        assertThat(page.locator("#objectives-chart-desc").textContent()).isEqualTo(
                "2024/25: 2 objectives set, 1 with linked learning. 2025/26: 3 objectives set, 2 with linked learning.");
        assertThat(bars(page, "objectives-chart")).containsExactly("2024/25: 2 objectives set, 1 with linked learning",
                "2025/26: 3 objectives set, 2 with linked learning");
        assertThat(bars(page, "hours-chart")).containsExactly(
                "2024/25: 5 hours of linked learning, costing £50",
                "2025/26: 9 hours of linked learning, costing £180");
        // the taller bar is the year with more objectives, drawn to the same scale
        List<Double> heights = page.locator("#objectives-chart-title").locator("xpath=..")
                .locator("g.heartwood-chart__bar > rect:first-of-type").all().stream()
                .map(bar -> Double.valueOf(bar.getAttribute("height"))).toList();
        assertThat(heights.get(1) / heights.get(0)).isCloseTo(1.5, within(0.01));

        assertThat(table(page, "objectives-table")).containsExactly(
                List.of("2024/25", "2", "1", "50%", "5", "£50"),
                List.of("2025/26", "3", "2", "66.7%", "9", "£180"));
        assertThat(table(page, "outcomes-table")).containsExactly(
                List.of("2024/25", "1", "0", "0", "0", "0", "0", "0", "1", "0", "0"),
                List.of("2025/26", "0", "0", "0", "0", "2", "0", "0", "0", "0", "1"));
        assertThat(table(page, "priorities-table")).containsExactly(
                List.of("Early reading", "2024/25", "1", "1", "100%", "5", "£50"),
                List.of("Reading fluency", "2025/26", "1", "1", "100%", "3", "£0"));
        Accessibility.assertNoViolations(page);
        tab.screenshot("report-objectives-and-learning");
        // as printed in black and white: the hatched whole and the solid part still read apart
        page.evaluate("document.documentElement.style.filter = 'grayscale(1)'");
        tab.screenshot("report-objectives-and-learning-greyscale");
    }

    @Test
    void theObjectivesPageIsItsJsonAndItsCsv(BrowserTab tab) throws IOException {
        Birchwood school = Birchwood.open(port);
        Api head = Api.asStaff(port, school.headteacher());
        JsonNode json = head.read(head.get(school.objectivesApi()));

        Page page = as(tab, school.headteacher());
        page = tab.open(school.objectives());
        List<JsonNode> years = rows(json).stream().filter(row -> row.path("priorityId").isNull()).toList();
        List<JsonNode> priorities = rows(json).stream().filter(row -> !row.path("priorityId").isNull()).toList();
        assertThat(years).hasSize(2);
        assertThat(table(page, "objectives-table")).containsExactlyElementsOf(years.stream()
                .map(row -> with(row.path("academicYear").asText(), learning(row))).toList());
        assertThat(table(page, "outcomes-table")).containsExactlyElementsOf(years.stream()
                .map(LearningReportPagesTest::outcomes).toList());
        assertThat(table(page, "priorities-table")).containsExactlyElementsOf(priorities.stream()
                .map(row -> with(row.path("priorityTitle").asText(),
                        with(row.path("academicYear").asText(), learning(row)))).toList());
        assertThat(main(page)).contains("As of event " + json.path("freshness").path("lastEventIndex").asLong()
                + "; up to date");
        assertThat(download(page, "Download these figures as CSV"))
                .isEqualTo(head.getAccepting(school.objectivesApi(), CSV).getBody());
    }

    @Test
    void theObjectivesPagePrintsOnA4(BrowserTab tab) throws IOException {
        Birchwood school = Birchwood.open(port);
        Page page = as(tab, school.headteacher());
        page = tab.open(school.objectives());

        Printed printed = Printed.onA4(page);
        assertThat(printed.sheets()).isEqualTo(3);
        assertThat(printed.text()).contains("Objectives and learning over time").contains("Birchwood Primary")
                .contains("Objectives set each year, and those with linked learning").contains("2 of 3")
                .contains("66.7%").contains("Reading fluency").contains("No outcome yet").contains("As of event")
                .contains("TS2: Promote good progress and outcomes by pupils")
                .doesNotContain("Download").doesNotContain("Sign out");
    }

    @Test
    void cpdHoursAndSpendAreAChartOfTheYearsAndATableOfTheYearsLearning(BrowserTab tab) throws IOException {
        Birchwood school = Birchwood.open(port);
        Api head = Api.asStaff(port, school.headteacher());

        Page page = as(tab, school.headteacher());
        link(page, "School dashboard").click();
        link(page, "CPD hours and spend").click();
        assertThat(page.locator("h1").innerText()).isEqualTo("CPD hours and spend");
        assertThat(page.locator("figure svg").getAttribute("role")).isEqualTo("img");
        assertThat(page.locator("#cpd-chart-desc").textContent()).isEqualTo(
                "2024/25: 5 hours of learning completed, costing £50. "
                        + "2025/26: 9 hours of learning completed, costing £180.");
        assertThat(bars(page, "cpd-chart")).containsExactly("2024/25: 5 hours of learning completed, costing £50",
                "2025/26: 9 hours of learning completed, costing £180");
        assertThat(table(page, "years-table")).containsExactly(List.of("2024/25", "1", "5", "£50"),
                List.of("2025/26", "2", "9", "£180"));
        JsonNode people = head.read(head.get(school.cpdApi("2025/26", "PERSON")));
        assertThat(table(page, "groups-table")).containsExactlyElementsOf(rows(people).stream()
                .map(row -> List.of(row.path("label").asText(), row.path("activities").asText(),
                        number(row.path("requestedHours")), number(row.path("approvedHours")),
                        number(row.path("completedHours")), money(row.path("approvedCost")),
                        money(row.path("completedCost")), number(row.path("coverDaysApproved")))).toList());
        assertThat(page.locator("#groups-table tfoot").innerText()).contains("Total").contains("£180");
        Accessibility.assertNoViolations(page);
        tab.screenshot("report-cpd");

        page.getByLabel("Year", new Page.GetByLabelOptions().setExact(true)).selectOption("2024/25");
        page.getByLabel("Grouped", new Page.GetByLabelOptions().setExact(true)).selectOption("TYPE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
        assertThat(page.url()).contains("by=TYPE");
        assertThat(table(page, "groups-table")).containsExactly(List.of("Reading", "1", "0", "0", "5", "£0", "£50",
                "0"));
        assertThat(download(page, "Download this table as CSV"))
                .isEqualTo(head.getAccepting(school.cpdApi("2024/25", "TYPE"), CSV).getBody());
        Accessibility.assertNoViolations(page);

        Printed printed = Printed.onA4(page);
        assertThat(printed.sheets()).isOne();
        assertThat(printed.text()).contains("CPD hours and spend").contains("Hours and spend in 2024/25, by type")
                .doesNotContain("Download").doesNotContain("Grouped");
    }

    @Test
    void aTeacherReachesNeitherPageHrSeesOnlyTheSpendAndTheTrustsLeaderSeesTheTrust(BrowserTab tab) {
        Birchwood school = Birchwood.open(port);

        Page page = as(tab, school.teacher());
        for (String path : new String[]{school.objectives(), school.objectives() + "?format=csv", school.cpd(),
                school.cpd() + "?format=csv", school.trustObjectives()}) {
            Response refused = page.navigate(path);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(page.locator("h1").innerText()).isEqualTo("You cannot see this page");
        }

        page = as(tab, school.hr());
        assertThat(page.navigate(school.objectives()).status()).isEqualTo(403);
        page = tab.open(school.cpd());
        assertThat(table(page, "years-table")).hasSize(2);

        page = as(tab, school.trustLeader());
        page = tab.open(school.trustObjectives());
        assertThat(main(page)).contains("Birchwood Learning Trust");
        Api trustLeader = Api.asStaff(port, school.trustLeader());
        JsonNode json = trustLeader.read(trustLeader.get(school.trustObjectivesApi()));
        assertThat(table(page, "objectives-table")).containsExactlyElementsOf(rows(json).stream()
                .filter(row -> row.path("priorityId").isNull())
                .map(row -> with(row.path("academicYear").asText(), learning(row))).toList());
        Accessibility.assertNoViolations(page);
        tab.screenshot("report-trust-objectives-and-learning");
    }
}
