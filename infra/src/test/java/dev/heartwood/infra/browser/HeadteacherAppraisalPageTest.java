package dev.heartwood.infra.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import dev.heartwood.infra.Api;
import dev.heartwood.infra.HeartwoodIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.heartwood.infra.browser.Oakfield.as;
import static dev.heartwood.infra.browser.Oakfield.main;
import static org.assertj.core.api.Assertions.assertThat;
import static dev.heartwood.infra.browser.ReportReading.link;

/**
 * The headteacher's appraisal for governors, in the browser: the chair of governors finds it among their reports and
 * reads the panel, the external adviser and the consultations as the API's JSON has them, and last year's; it prints
 * on one sheet of A4; a teacher and the headteacher herself reach it by no address.
 */
@HeartwoodIntegrationTest
@ExtendWith(Chromium.class)
class HeadteacherAppraisalPageTest {

    private static final Map<String, String> STAGES = Map.of("OBJECTIVE_SETTING", "Setting the objectives",
            "FINAL_REVIEW", "Final review");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    @LocalServerPort
    int port;

    /** St Anne's: its head's appraisal this year, with a panel of two and an adviser consulted once; last year's. */
    private record StAnnes(UUID schoolId, UUID head, UUID chair, UUID teacher) {

        String page() {
            return "/schools/" + schoolId + "/reports/headteacher-appraisal";
        }

        String api() {
            return "/api/schools/" + schoolId + "/reports/headteacher-appraisal";
        }
    }

    private StAnnes stAnnes() {
        Api admin = Api.administrator(port);
        StAnnes school = new StAnnes(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        UUID viceChair = UUID.randomUUID();
        UUID thisYear = UUID.randomUUID();
        UUID lastYear = UUID.randomUUID();
        UUID appraisalId = UUID.randomUUID();
        admin.expect(201, admin.registerSchool(school.schoolId(), "St Anne's CE Primary"));
        admin.expect(201, admin.registerStaff(school.schoolId(), school.head(), "Grace Adeyemi", "HEADTEACHER"));
        admin.expect(201, admin.registerStaff(school.schoolId(), school.chair(), "Tom Reid", "GOVERNOR"));
        admin.expect(201, admin.registerStaff(school.schoolId(), viceChair, "Priya Shah", "GOVERNOR"));
        admin.expect(201, admin.registerTeacher(school.schoolId(), school.teacher(), "Asha Patel"));
        admin.expect(201, admin.post("/api/schools/" + school.schoolId() + "/cycles", """
                {"cycleId": "%s", "academicYear": "2024/25", "payPolicy": "NOT_PERFORMANCE_RELATED"}"""
                .formatted(lastYear)));
        admin.expect(201, admin.startAppraisal(UUID.randomUUID(), lastYear, school.head(), school.chair()));
        admin.expect(201, admin.openCycle(school.schoolId(), thisYear, "NOT_PERFORMANCE_RELATED"));
        admin.expect(201, admin.startAppraisal(appraisalId, thisYear, school.head(), school.chair()));
        String appraisal = "/api/appraisals/" + appraisalId;
        admin.expect(204, admin.put(appraisal + "/governors-panel", """
                {"governorIds": ["%s", "%s"], "chairId": "%s"}""".formatted(viceChair, school.chair(),
                school.chair())));
        admin.expect(204, admin.put(appraisal + "/external-adviser",
                "{\"name\": \"Dr Ruth Ellis\", \"organisation\": \"County school improvement\"}"));
        admin.expect(201, admin.post(appraisal + "/objectives", """
                {"objectiveId": "%s", "title": "Lead the early reading strategy",
                 "successCriteria": "Phonics screening at 85%%", "standards": ["HS3"]}"""
                .formatted(UUID.randomUUID())));
        admin.expect(204, admin.post(appraisal + "/external-adviser/consultations",
                "{\"stage\": \"OBJECTIVE_SETTING\", \"advice\": \"Ambitious and fair\"}"));
        Oakfield.caughtUp(admin);
        return school;
    }

    private static String day(JsonNode date) {
        return LocalDate.parse(date.asText()).format(DAY);
    }

    /** The consultations' table, a stage and a day for each consultation. */
    private static List<List<String>> consultations(Page page) {
        List<List<String>> rows = new ArrayList<>();
        for (Locator row : page.locator("table:has(caption:has-text('Consultations'))").locator("tbody tr").all()) {
            rows.add(row.locator("th, td").allInnerTexts().stream().map(String::strip).toList());
        }
        return rows;
    }

    @Test
    void theChairOfGovernorsReadsThePanelAndTheAdvisersConsultationsAsTheJsonHasThem(BrowserTab tab) {
        StAnnes school = stAnnes();
        JsonNode json = Api.asStaff(port, school.chair()).read(Api.asStaff(port, school.chair()).get(school.api()));
        JsonNode appraisal = json.path("appraisals").path(0);
        assertThat(appraisal.path("panel")).hasSize(2);

        Page page = as(tab, school.chair());
        link(page, "Reports").click();
        assertThat(page.locator("main a").allInnerTexts()).contains("Headteacher's appraisal");
        link(page, "Headteacher's appraisal").click();

        assertThat(page.locator("h1").innerText()).isEqualTo("Headteacher's appraisal, 2025/26");
        assertThat(page.locator("h2").first().innerText()).isEqualTo(appraisal.path("headteacher").path("name")
                .asText());
        List<String> panel = new ArrayList<>();
        appraisal.path("panel").forEach(governor -> panel.add(governor.path("name").asText()
                + (governor.path("staffId").equals(appraisal.path("chair").path("staffId")) ? " (chair)" : "")));
        assertThat(panel).containsExactly("Tom Reid (chair)", "Priya Shah");
        assertThat(page.locator("main dd li").allInnerTexts()).containsExactlyElementsOf(panel);
        assertThat(main(page)).contains(appraisal.path("externalAdviser").path("name").asText())
                .contains(appraisal.path("externalAdviser").path("organisation").asText())
                .contains("Appointed " + day(appraisal.path("externalAdviser").path("appointedOn")))
                .contains("Under way").contains("31 December 2026")
                .contains("As of event " + json.path("freshness").path("lastEventIndex").asLong() + "; up to date");
        List<List<String>> consulted = new ArrayList<>();
        appraisal.path("consultations").forEach(consultation -> consulted.add(List.of(
                STAGES.get(consultation.path("stage").asText()), day(consultation.path("consultedOn")))));
        assertThat(consulted).containsExactly(List.of("Setting the objectives", "15 July 2026"));
        assertThat(consultations(page)).isEqualTo(consulted);
        Accessibility.assertNoViolations(page);
        tab.screenshot("report-headteacher-appraisal");

        link(page, "2024/25").click();
        assertThat(page.locator("h1").innerText()).isEqualTo("Headteacher's appraisal, 2024/25");
        assertThat(main(page)).contains("Grace Adeyemi").contains("No panel appointed yet")
                .contains("No adviser appointed yet").contains("Not consulted yet").doesNotContain("Dr Ruth Ellis");
        Accessibility.assertNoViolations(page);
    }

    @Test
    void itPrintsOnOneSheetOfA4(BrowserTab tab) throws IOException {
        StAnnes school = stAnnes();
        Page page = as(tab, school.chair());
        page = tab.open(school.page());

        Printed printed = Printed.onA4(page);
        assertThat(printed.sheets()).isOne();
        assertThat(printed.text()).contains("Headteacher's appraisal, 2025/26").contains("Grace Adeyemi")
                .contains("Tom Reid (chair)").contains("Priya Shah").contains("Dr Ruth Ellis")
                .contains("Setting the objectives").contains("As of event")
                .doesNotContain("Other years on record").doesNotContain("Sign out");
    }

    @Test
    void aTeacherAndTheHeadteacherHerselfAreRefusedByItsAddress(BrowserTab tab) {
        StAnnes school = stAnnes();

        for (UUID reader : new UUID[]{school.teacher(), school.head()}) {
            Page page = as(tab, reader);
            assertThat(page.locator("main a").allInnerTexts()).doesNotContain("Headteacher's appraisal");
            Response refused = page.navigate(school.page());
            assertThat(refused.status()).isEqualTo(403);
            assertThat(page.locator("h1").innerText()).isEqualTo("You cannot see this page");
            Accessibility.assertNoViolations(page);
        }
    }
}
