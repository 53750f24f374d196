package dev.heartwood.infra.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import dev.heartwood.infra.Api;
import dev.heartwood.infra.HeartwoodIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static dev.heartwood.infra.browser.Oakfield.as;
import static dev.heartwood.infra.browser.Oakfield.main;
import static org.assertj.core.api.Assertions.assertThat;
import static dev.heartwood.infra.browser.ReportReading.link;
import static dev.heartwood.infra.browser.ReportReading.applyFilters;
import static dev.heartwood.infra.browser.ReportReading.table;
import static dev.heartwood.infra.browser.ReportReading.rows;
import static dev.heartwood.infra.browser.ReportReading.csv;
import static dev.heartwood.infra.browser.ReportReading.download;

/**
 * The school dashboard and the appraisal completion tracker, in the browser: a headteacher goes from the dashboard to
 * the late appraisals and opens one; the tracker's figures are those of its JSON and CSV, with its filters; it prints
 * on A4; a teacher reaches neither page by its address, and HR sees the tracker without any appraisal's content.
 */
@HeartwoodIntegrationTest
@ExtendWith(Chromium.class)
class ReportPagesTest {

    private static final Map<String, String> STAGES = Map.of("OBJECTIVES", "Objectives", "MID_YEAR_REVIEW",
            "Mid-year review", "FINAL_REVIEW", "Final review", "REPORT", "Report", "SIGN_OFF", "Sign-off",
            "COMPLETED", "Completed", "EXEMPT", "Exempt", "TERMINATED", "Ended early");
    private static final MediaType CSV = MediaType.valueOf("text/csv");

    @LocalServerPort
    int port;

    /** A row of the table as the JSON row says it should read: name, appraiser, stage and days late. */
    private static List<String> expected(JsonNode row) {
        return List.of(row.path("staffName").asText(), row.path("appraiserName").asText(),
                STAGES.get(row.path("stage").asText()),
                row.path("daysLate").isNull() ? "None" : row.path("daysLate").asText());
    }

    private static List<String> shown(List<String> cells) {
        return List.of(cells.get(0), cells.get(1), cells.get(2), cells.get(7));
    }

    @Test
    void aHeadteacherGoesFromTheDashboardToTheLateAppraisalsAndOpensOne(BrowserTab tab) {
        Ashgrove school = Ashgrove.open(port);

        Page page = as(tab, school.headteacher());
        link(page, "School dashboard").click();
        assertThat(page.locator("h1").innerText()).isEqualTo("School dashboard");
        assertThat(main(page)).contains("Ashgrove Primary").contains("Appraisals, 2025/26")
                .contains("1 request waits for a decision").contains("As of event ").contains("up to date");
        assertThat(page.locator("table").first().innerText()).contains("2025/26");
        assertThat(link(page, "2 late").count()).isOne();
        Accessibility.assertNoViolations(page);
        tab.screenshot("report-dashboard");

        link(page, "3 appraisals").click();
        assertThat(page.locator("h1").innerText()).isEqualTo("Appraisal completion, 2025/26");
        assertThat(table(page)).extracting(cells -> cells.get(0))
                .containsExactly("Asha Patel", "Carla Mendes", "Dev Shah");
        Accessibility.assertNoViolations(page);
        tab.screenshot("report-appraisal-completion");

        page.getByLabel("Late only").check();
        page.getByLabel("Order").selectOption("DAYS_LATE");
        applyFilters(page);
        assertThat(page.url()).contains("late=true");
        assertThat(page.getByLabel("Late only").isChecked()).isTrue();
        assertThat(table(page)).extracting(cells -> cells.get(0)).containsExactly("Asha Patel", "Dev Shah");
        assertThat(table(page).get(1).get(3)).contains("20 Nov 2025").contains("20 days late");
        assertThat(main(page)).contains("2 appraisals");
        Accessibility.assertNoViolations(page);

        link(page, "Dev Shah").click();
        assertThat(page.locator("h1").innerText()).isEqualTo("Dev Shah's appraisal, 2025/26");
        assertThat(main(page)).contains("Improve feedback in maths");
    }

    @Test
    void theTrackersFiguresAreThoseOfItsJsonAndItsCsv(BrowserTab tab) throws IOException {
        Ashgrove school = Ashgrove.open(port);
        Api head = Api.asStaff(port, school.headteacher());

        Page page = as(tab, school.headteacher());
        page = tab.open(school.tracker());
        JsonNode json = head.read(head.get(school.trackerApi()));
        assertThat(json.path("total").asLong()).isEqualTo(3);
        assertThat(table(page)).extracting(ReportPagesTest::shown)
                .containsExactlyElementsOf(rows(json).stream().map(ReportPagesTest::expected).toList());
        assertThat(main(page)).contains("As of event " + json.path("freshness").path("lastEventIndex").asLong()
                + "; up to date");
        // the page's CSV is the API's, to the byte
        String pageCsv = download(page, "Download these 3 appraisals as CSV");
        assertThat(pageCsv).isEqualTo(head.getAccepting(school.trackerApi(), CSV).getBody());

        // with a filter: the table, its CSV and the JSON's rows that match it are the same appraisals
        page = tab.open(school.tracker() + "?late=true&sort=DAYS_LATE");
        List<JsonNode> late = rows(json).stream().filter(row -> row.path("daysLate").asInt() > 0)
                .sorted((one, other) -> other.path("daysLate").asInt() - one.path("daysLate").asInt()).toList();
        assertThat(late).hasSize(2);
        assertThat(table(page)).extracting(ReportPagesTest::shown)
                .containsExactlyElementsOf(late.stream().map(ReportPagesTest::expected).toList());
        List<Map<String, String>> lateCsv = csv(download(page, "Download these 2 appraisals as CSV"));
        assertThat(lateCsv).extracting(row -> row.get("appraisalId"))
                .containsExactlyElementsOf(late.stream().map(row -> row.path("appraisalId").asText()).toList());
        assertThat(lateCsv).extracting(row -> row.get("daysLate"))
                .containsExactlyElementsOf(late.stream().map(row -> row.path("daysLate").asText()).toList());

        // a stage and an appraiser: Ben's appraisals waiting for their objectives
        page = tab.open(school.tracker());
        page.getByLabel("Stage").selectOption("OBJECTIVES");
        page.getByLabel("Appraiser").selectOption(school.appraiser().toString());
        applyFilters(page);
        assertThat(table(page)).extracting(cells -> cells.get(0)).containsExactly("Asha Patel");
        assertThat(csv(download(page, "Download this appraisal as CSV"))).extracting(row -> row.get("staffName"))
                .containsExactly("Asha Patel");
    }

    @Test
    void theTrackerPrintsOnA4(BrowserTab tab) throws IOException {
        Ashgrove school = Ashgrove.open(port);
        Page page = as(tab, school.headteacher());
        page = tab.open(school.tracker());

        Printed printed = Printed.onA4(page);
        assertThat(printed.sheets()).isOne();
        // words wrap within the table's cells: compared as one line
        assertThat(printed.text()).contains("Appraisal completion, 2025/26").contains("Asha Patel").contains("Dev Shah")
                .contains("Carla Mendes").contains("Days late").contains("20 days late").contains("As of event")
                .doesNotContain("Apply filters").doesNotContain("Download").doesNotContain("Sign out");
    }

    @Test
    void aTeacherReachesNeitherPageAndHrSeesNoAppraisalsContent(BrowserTab tab) {
        Ashgrove school = Ashgrove.open(port);

        Page page = as(tab, school.teacher());
        assertThat(link(page, "School dashboard").count()).isZero();
        for (String path : new String[]{school.tracker(), school.tracker() + "?format=csv", school.dashboard(),
                "/dashboard"}) {
            Response refused = page.navigate(path);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(page.locator("h1").innerText()).isEqualTo("You cannot see this page");
        }
        Accessibility.assertNoViolations(page);

        page = as(tab, school.hr());
        assertThat(link(page, "School dashboard").count()).isZero();
        assertThat(page.navigate(school.dashboard()).status()).isEqualTo(403);
        page = tab.open(school.tracker());
        assertThat(table(page)).extracting(cells -> cells.get(0))
                .containsExactly("Asha Patel", "Carla Mendes", "Dev Shah");
        assertThat(page.locator("main a[href^='/appraisals/']").count()).isZero();
        assertThat(main(page)).doesNotContain(Ashgrove.CARLAS_OBJECTIVE).doesNotContain("Improve feedback in maths");
        Accessibility.assertNoViolations(page);
    }
}
