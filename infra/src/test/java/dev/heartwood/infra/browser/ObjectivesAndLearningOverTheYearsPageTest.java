package dev.heartwood.infra.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import dev.heartwood.appraisal.api.StandardsFramework;
import dev.heartwood.infra.Api;
import dev.heartwood.infra.Given;
import dev.heartwood.infra.HeartwoodIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.heartwood.infra.browser.Oakfield.as;
import static dev.heartwood.infra.browser.Oakfield.main;
import static dev.heartwood.infra.browser.ReportReading.download;
import static dev.heartwood.infra.browser.ReportReading.link;
import static dev.heartwood.infra.browser.ReportReading.money;
import static dev.heartwood.infra.browser.ReportReading.number;
import static dev.heartwood.infra.browser.ReportReading.rows;
import static dev.heartwood.infra.browser.ReportReading.table;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Objectives and learning over the years, a person's own, and a school's by standard, in the browser: a teacher goes
 * from My learning to her years, whose tables are her JSON's figures and whose CSV is the API's, and prints them on
 * A4; the headteacher and HR read her years too, a colleague is refused them and to another school's headteacher
 * they are not there; the headteacher sees the school's objectives by standard as a chart, a table and a CSV.
 */
@HeartwoodIntegrationTest
@ExtendWith(Chromium.class)
class ObjectivesAndLearningOverTheYearsPageTest {

    private static final MediaType CSV = MediaType.valueOf("text/csv");

    @LocalServerPort
    int port;

    /** A row's figures as the tables write them, after the cells naming it. */
    private static List<String> figures(JsonNode row, String... naming) {
        List<String> cells = new ArrayList<>(List.of(naming));
        cells.addAll(List.of(row.path("objectivesSet").asText(), row.path("objectivesWithLinkedLearning").asText(),
                row.path("percentWithLinkedLearning").isNull() ? "None set"
                        : number(row.path("percentWithLinkedLearning")) + "%",
                number(row.path("linkedHours")), money(row.path("linkedCost"))));
        return cells;
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

    private static String teachersStandard(String code) {
        return StandardsFramework.TEACHERS_STANDARDS_2011.standards().stream()
                .filter(standard -> standard.code().equals(code))
                .map(standard -> code + ": " + standard.title())
                .findFirst().orElseThrow();
    }

    @Test
    void aTeacherFindsHerOwnYearsFromMyLearningAndTheyAreHerJsonAndHerCsv(BrowserTab tab) throws IOException {
        Birchwood school = Birchwood.open(port);
        Api asha = Api.asStaff(port, school.asha());
        JsonNode json = asha.read(asha.get(school.ashasYearsApi()));

        Page page = as(tab, school.asha());
        link(page, "My learning").click();
        link(page, "Your objectives and learning over the years").click();
        assertThat(page.url()).endsWith(school.ashasYears());
        assertThat(page.locator("h1").innerText()).isEqualTo("Your objectives and learning over the years");
        assertThat(main(page)).contains("As of event " + json.path("freshness").path("lastEventIndex").asLong()
                + "; up to date");
        assertThat(page.locator("#objectives-chart-desc").textContent()).isEqualTo(
                "2024/25: 2 objectives set, 1 with linked learning. 2025/26: 1 objective set, 1 with linked learning.");
        assertThat(page.locator("#hours-chart-desc").textContent()).isEqualTo(
                "2024/25: 5 hours of linked learning, costing £50. 2025/26: 3 hours of linked learning, costing £0.");
        assertThat(table(page, "objectives-table")).containsExactly(
                List.of("2024/25", "2", "1", "50%", "5", "£50"),
                List.of("2025/26", "1", "1", "100%", "3", "£0"));
        assertThat(table(page, "outcomes-table")).containsExactly(
                List.of("2024/25", "1", "0", "0", "0", "0", "0", "0", "1", "0", "0"),
                List.of("2025/26", "0", "0", "0", "0", "1", "0", "0", "0", "0", "0"));
        assertThat(table(page, "objectives-table")).containsExactlyElementsOf(rows(json).stream()
                .map(row -> figures(row, row.path("academicYear").asText())).toList());
        assertThat(table(page, "outcomes-table")).containsExactlyElementsOf(rows(json).stream()
                .map(ObjectivesAndLearningOverTheYearsPageTest::outcomes).toList());
        assertThat(download(page, "Download these figures as CSV"))
                .isEqualTo(asha.getAccepting(school.ashasYearsApi(), CSV).getBody());
        Accessibility.assertNoViolations(page);
        tab.screenshot("my-objectives-and-learning");

        Printed printed = Printed.onA4(page);
        assertThat(printed.sheets()).isLessThanOrEqualTo(2);
        assertThat(printed.text()).contains("Your objectives and learning over the years").contains("1 of 2")
                .contains("100%").contains("No outcome yet").contains("As of event")
                .doesNotContain("Download").doesNotContain("Sign out");
    }

    @Test
    void theHeadteacherAndHrReadHerYearsAsFiguresAColleagueIsRefusedAndAnotherSchoolDoesNotSeeThem(BrowserTab tab) {
        Birchwood school = Birchwood.open(port);
        StaffedSchool other = StaffedSchool.named(port, "Cedar Primary");
        List<List<String>> ashasFigures = List.of(List.of("2024/25", "2", "1", "50%", "5", "£50"),
                List.of("2025/26", "1", "1", "100%", "3", "£0"));

        for (UUID reader : List.of(school.headteacher(), school.hr())) {
            Page page = as(tab, reader);
            page = tab.open(school.ashasYears());
            assertThat(page.locator("h1").innerText()).isEqualTo("Objectives and learning over the years");
            assertThat(main(page)).contains("Asha Patel").doesNotContain("Raise reading fluency");
            assertThat(table(page, "objectives-table")).isEqualTo(ashasFigures);
            Accessibility.assertNoViolations(page);
        }

        Map<UUID, Integer> refusals = Map.of(school.teacher(), 403, other.headteacher, 404);
        Map<Integer, String> headings = Map.of(403, "You cannot see this page", 404, "Page not found");
        refusals.forEach((reader, status) -> {
            Api api = Api.asStaff(port, reader);
            assertThat(api.get(school.ashasYearsApi()).getStatusCode().value()).isEqualTo(status);
            Page page = as(tab, reader);
            for (String path : List.of(school.ashasYears(), school.ashasYears() + "?format=csv")) {
                assertThat(page.navigate(path).status()).as(path).isEqualTo(status);
                assertThat(page.locator("h1").innerText()).isEqualTo(headings.get(status));
                assertThat(page.content()).doesNotContain("Asha Patel");
            }
            Accessibility.assertNoViolations(page);
        });
    }

    @Test
    void theHeadteacherSeesTheSchoolsObjectivesByStandardAsAChartATableAndACsv(BrowserTab tab) throws IOException {
        Birchwood school = Birchwood.open(port);
        Api admin = Api.administrator(port);
        Api head = Api.asStaff(port, school.headteacher());
        UUID ashasThisYear = UUID.fromString(rows(head.read(head.get("/api/staff/" + school.asha()
                + "/appraisals?sort=year"))).stream().filter(row -> row.path("academicYear").asText().equals("2025/26"))
                .findFirst().orElseThrow().path("appraisalId").asText());
        new Given(admin).objective(ashasThisYear, List.of("TS3", "TS4"));
        admin.caughtUp("learning-reports");
        JsonNode json = head.read(head.get(school.objectivesByStandardApi()));

        Page page = as(tab, school.headteacher());
        link(page, "School dashboard").click();
        link(page, "Objectives and learning over time").click();
        assertThat(page.locator("#standards-chart-title").textContent())
                .isEqualTo("Objectives serving each standard in 2025/26, and those with linked learning");
        assertThat(page.locator("#standards-chart-desc").textContent()).isEqualTo(
                "TS2: 3 objectives serving it, 2 with linked learning. TS3: 1 objective serving it, 0 with linked "
                        + "learning. TS4: 1 objective serving it, 0 with linked learning.");
        assertThat(table(page, "standards-table")).containsExactly(
                List.of(teachersStandard("TS2"), "2024/25", "2", "1", "50%", "5", "£50"),
                List.of(teachersStandard("TS2"), "2025/26", "3", "2", "66.7%", "9", "£180"),
                List.of(teachersStandard("TS3"), "2025/26", "1", "0", "0%", "0", "£0"),
                List.of(teachersStandard("TS4"), "2025/26", "1", "0", "0%", "0", "£0"));
        assertThat(table(page, "standards-table")).containsExactlyElementsOf(rows(json).stream()
                .filter(row -> !row.path("standard").isNull())
                .map(row -> figures(row, teachersStandard(row.path("standard").asText()),
                        row.path("academicYear").asText())).toList());
        assertThat(download(page, "Download the figures by standard as CSV"))
                .isEqualTo(head.getAccepting(school.objectivesByStandardApi(), CSV).getBody());
        Accessibility.assertNoViolations(page);
        tab.screenshot("report-objectives-by-standard");
    }
}
