package dev.heartwood.infra.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.SelectOption;
import dev.heartwood.infra.Api;
import dev.heartwood.infra.HeartwoodIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * The training compliance matrix and the DSL register of Ashgrove Primary, in the browser: HR finds who was overdue
 * on the safeguarding update on a past day and downloads it, and the table, its CSV and the API's JSON and CSV are the
 * same rows; the register prints on one sheet of A4 with the leads' names; a teacher reaches neither by its address.
 */
@HeartwoodIntegrationTest
@ExtendWith(Chromium.class)
class TrainingReportPagesTest {

    private static final String SAFEGUARDING = "Safeguarding and child protection update";
    private static final Map<String, String> STATUSES = Map.of("COMPLIANT", "Compliant", "DUE_SOON", "Due soon",
            "OVERDUE", "Overdue", "EXPIRED", "Expired", "NEVER_COMPLETED", "Not yet completed", "EXEMPT", "Exempt");
    private static final MediaType CSV = MediaType.valueOf("text/csv");

    @LocalServerPort
    int port;

    /** A row of the matrix as its JSON row says it should read: person, requirement and status. */
    private static List<String> expected(JsonNode row) {
        return List.of(row.path("staffName").asText(), row.path("requirementTitle").asText(),
                STATUSES.get(row.path("status").asText()));
    }

    private static List<String> shown(List<String> cells) {
        return cells.subList(0, 3);
    }

    @Test
    void hrFindsWhoWasOverdueOnTheSafeguardingUpdateOnAPastDayAndDownloadsIt(BrowserTab tab) throws IOException {
        Ashgrove school = Ashgrove.open(port);
        Api hr = Api.asStaff(port, school.hr());

        Page page = as(tab, school.hr());
        page = tab.open(school.trainingCompliance());
        assertThat(page.locator("h1").innerText()).isEqualTo("Training compliance as of 15 July 2026");
        assertThat(main(page)).contains("Ashgrove Primary").contains("As of event ").contains("up to date");

        page.getByLabel("Date").fill("2026-01-15");
        page.getByLabel("Status").selectOption(new SelectOption().setLabel("Overdue"));
        page.getByLabel("Requirement").selectOption(new SelectOption().setLabel(SAFEGUARDING));
        applyFilters(page);

        assertThat(page.locator("h1").innerText()).isEqualTo("Training compliance as of 15 January 2026");
        assertThat(page.getByLabel("Date").inputValue()).isEqualTo("2026-01-15");
        // Dev had the update on 1 February: overdue in January, compliant today
        assertThat(table(page)).extracting(cells -> cells.get(0))
                .containsExactly("Asha Patel", "Dev Shah", "Hugo Marsh");
        assertThat(table(page)).allSatisfy(cells -> assertThat(shown(cells).subList(1, 3))
                .containsExactly(SAFEGUARDING, "Overdue"));
        Accessibility.assertNoViolations(page);
        tab.screenshot("report-training-compliance");

        // the same rows as the API's, in JSON and, to the byte, in CSV
        UUID safeguarding = rows(hr.read(hr.get("/api/schools/" + school.schoolId()
                + "/reports/training-compliance?on=2026-01-15&size=1000"))).stream()
                .filter(row -> row.path("requirementTitle").asText().equals(SAFEGUARDING))
                .map(row -> UUID.fromString(row.path("requirementId").asText())).findFirst().orElseThrow();
        String api = "/api/schools/" + school.schoolId() + "/reports/training-compliance?on=2026-01-15"
                + "&status=OVERDUE&requirementId=" + safeguarding;
        JsonNode json = hr.read(hr.get(api));
        assertThat(json.path("total").asLong()).isEqualTo(3);
        assertThat(table(page)).extracting(TrainingReportPagesTest::shown)
                .containsExactlyElementsOf(rows(json).stream().map(TrainingReportPagesTest::expected).toList());
        String pageCsv = download(page, "Download these 3 rows as CSV");
        assertThat(pageCsv).isEqualTo(hr.getAccepting(api, CSV).getBody());
        assertThat(csv(pageCsv)).extracting(row -> row.get("staffName"))
                .containsExactly("Asha Patel", "Dev Shah", "Hugo Marsh");

        // the category asks the same of every requirement of its kind: here there is one
        page.getByLabel("Requirement").selectOption("");
        page.getByLabel("Category").selectOption(new SelectOption().setLabel("Safeguarding update"));
        applyFilters(page);
        assertThat(page.url()).contains("category=SAFEGUARDING_UPDATE").doesNotContain(safeguarding.toString());
        assertThat(table(page)).extracting(TrainingReportPagesTest::shown)
                .containsExactlyElementsOf(rows(json).stream().map(TrainingReportPagesTest::expected).toList());
        assertThat(csv(download(page, "Download these 3 rows as CSV"))).extracting(row -> row.get("staffId"))
                .containsExactlyElementsOf(rows(json).stream().map(row -> row.path("staffId").asText()).toList());

        link(page, "Dev Shah").click();
        assertThat(page.locator("h1").innerText()).isEqualTo("Dev Shah's training");
        assertThat(page.locator("tr").filter(new Locator.FilterOptions().setHasText(SAFEGUARDING)).first()
                .innerText()).contains("Compliant").contains("1 February 2026");
        Accessibility.assertNoViolations(page);
    }

    @Test
    void aHeadteacherGoesFromTheDashboardToTheMatrixAndTheDslRegister(BrowserTab tab) throws IOException {
        Ashgrove school = Ashgrove.open(port);

        Page page = as(tab, school.headteacher());
        link(page, "Reports").click();
        assertThat(page.locator("main a").allInnerTexts()).containsExactly("Appraisal completion",
                "Training compliance", "DSL register", "Objectives and learning over time", "CPD hours and spend",
                "Audit log");
        Accessibility.assertNoViolations(page);
        page = tab.open(school.dashboard());
        link(page, SAFEGUARDING).click();
        assertThat(page.locator("h1").innerText()).isEqualTo("Training compliance as of 15 July 2026");
        assertThat(table(page)).extracting(cells -> cells.get(0)).containsExactly("Asha Patel", "Ben Okafor",
                "Carla Mendes", "Dev Shah", "Helen Ward", "Hugo Marsh", "Tom Reid");
        assertThat(table(page).get(0)).contains("Overdue");

        link(page, "DSL register").click();
        assertThat(page.locator("h1").innerText()).isEqualTo("DSL register, 15 July 2026");
        assertThat(table(page)).extracting(cells -> cells.subList(0, 2)).containsExactly(
                List.of("Helen Ward", "Designated safeguarding lead (DSL)"), List.of("Carla Mendes", "Deputy DSL"));
        assertThat(table(page).get(0).get(3)).contains("Compliant").contains("1 October 2024")
                .contains("1 October 2026");
        Accessibility.assertNoViolations(page);
        tab.screenshot("report-dsl-register");
        assertThat(csv(download(page, "Download the register as CSV"))).extracting(row -> row.get("staffName"))
                .containsExactly("Helen Ward", "Carla Mendes");

        // the register on a past day: before the two took the role, and in the week Helen had her update and
        // Carla had not yet had hers
        page.getByLabel("The register on").fill("2025-08-31");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the register")).click();
        assertThat(page.locator("h1").innerText()).isEqualTo("DSL register, 31 August 2025");
        assertThat(main(page)).contains("No one held the role of designated safeguarding lead or deputy on this day");
        page.getByLabel("The register on").fill("2025-09-07");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the register")).click();
        assertThat(page.locator("h1").innerText()).isEqualTo("DSL register, 7 September 2025");
        Api headteacher = Api.asStaff(port, school.headteacher());
        String api = "/api/schools/" + school.schoolId() + "/reports/dsl-register?on=2025-09-07";
        JsonNode json = headteacher.read(headteacher.get(api));
        assertThat(table(page)).extracting(cells -> cells.get(0)).containsExactlyElementsOf(
                rows(json).stream().map(row -> row.path("staffName").asText()).toList());
        assertThat(rows(json)).extracting(row -> row.path("safeguardingUpdateStatus").asText())
                .containsExactly("COMPLIANT", "DUE_SOON");
        assertThat(table(page).get(0).get(4)).contains("Compliant").contains("5 September 2025");
        assertThat(table(page).get(1).get(4)).contains("Due soon").doesNotContain("Compliant");
        Accessibility.assertNoViolations(page);
        assertThat(download(page, "Download the register as CSV")).isEqualTo(headteacher.getAccepting(api, CSV)
                .getBody());
    }

    @Test
    void aTeacherReachesNeitherPageAndAGovernorPrintsTheDslRegisterOnOneSheetOfA4(BrowserTab tab)
            throws IOException {
        Ashgrove school = Ashgrove.open(port);
        UUID governor = UUID.randomUUID();
        Api admin = Api.administrator(port);
        admin.expect(201, admin.registerStaff(school.schoolId(), governor, "Grace Lowe", "GOVERNOR"));
        admin.caughtUp("directory");

        Page page = as(tab, school.teacher());
        for (String path : new String[]{school.trainingCompliance(), school.trainingCompliance() + "?format=csv",
                school.dslRegister(), school.dslRegister() + "?format=csv", "/staff/" + school.asha() + "/training"}) {
            Response refused = page.navigate(path);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(page.locator("h1").innerText()).isEqualTo("You cannot see this page");
        }
        Accessibility.assertNoViolations(page);

        // a governor finds the register among their reports and prints it for the meeting
        Api governors = Api.asStaff(port, governor);
        assertThat(governors.get("/api/schools/" + school.schoolId() + "/reports/dsl-register").getStatusCode()
                .value()).isEqualTo(200);
        page = as(tab, governor);
        link(page, "Reports").click();
        assertThat(page.locator("main a").allInnerTexts())
                .containsExactly("DSL register", "Headteacher's appraisal");
        Accessibility.assertNoViolations(page);
        link(page, "DSL register").click();
        assertThat(page.locator("h1").innerText()).isEqualTo("DSL register, 15 July 2026");
        assertThat(page.navigate(school.trainingCompliance()).status()).isEqualTo(403);
        page = tab.open(school.dslRegister());

        Printed printed = Printed.onA4(page);
        assertThat(printed.sheets()).isOne();
        assertThat(printed.text()).contains("DSL register, 15 July 2026").contains("Helen Ward").contains("Carla Mendes")
                .contains("Next due: 1 October 2026").contains("As of event")
                .doesNotContain("Download").doesNotContain("Sign out");
    }

    @Test
    void aTrustLeaderSeesEverySchoolsMatrixAndRegisterWithTheirSchools(BrowserTab tab) {
        UUID trust = StaffedSchool.trust(port, "Alder Vale Trust");
        StaffedSchool alder = StaffedSchool.inTrust(port, trust, "Alder Primary");
        StaffedSchool birch = StaffedSchool.inTrust(port, trust, "Birch Academy");
        UUID lead = birch.teacher("Nia Brooks", "T" + StaffedSchool.shortId());
        Api admin = Api.administrator(port);
        for (StaffedSchool school : List.of(alder, birch)) {
            admin.expect(200, admin.post("/api/schools/" + school.schoolId + "/training-requirements/standard-set",
                    "{\"effectiveFrom\": \"2025-09-01\"}"));
        }
        admin.expect(204, admin.put("/api/staff/" + lead + "/roles/DSL", "{\"held\": true, \"from\": \"2025-09-01\"}"));
        admin.expect(204, admin.put("/api/staff/" + alder.headteacher + "/access/TRUST_LEADER?scope=TRUST", ""));
        admin.caughtUp("directory");
        admin.caughtUp("training");
        Api leader = Api.asStaff(port, alder.headteacher);

        Page page = as(tab, alder.headteacher);
        page = tab.open("/trusts/" + trust + "/reports/training-compliance?category=PREVENT");
        assertThat(page.locator("h1").innerText()).isEqualTo("Training compliance as of 15 July 2026");
        assertThat(main(page)).contains("Alder Vale Trust");
        List<JsonNode> prevent = rows(leader.read(leader.get("/api/trusts/" + trust
                + "/reports/training-compliance?size=1000"))).stream()
                .filter(row -> row.path("category").asText().equals("PREVENT")).toList();
        assertThat(prevent).hasSize(5);
        assertThat(table(page)).extracting(cells -> cells.subList(0, 2)).containsExactlyElementsOf(prevent.stream()
                .map(row -> List.of(row.path("staffName").asText(), row.path("schoolName").asText())).toList());
        Accessibility.assertNoViolations(page);

        link(page, "DSL register").click();
        assertThat(table(page)).extracting(cells -> cells.subList(0, 3)).containsExactly(
                List.of("Nia Brooks", "Birch Academy", "Designated safeguarding lead (DSL)"));
        Accessibility.assertNoViolations(page);

        page = as(tab, birch.headteacher);
        assertThat(page.navigate("/trusts/" + trust + "/reports/training-compliance").status()).isEqualTo(403);
        assertThat(page.navigate("/trusts/" + trust + "/reports/dsl-register").status()).isEqualTo(403);
    }
}
