package dev.heartwood.infra.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import dev.heartwood.infra.Api;
import dev.heartwood.infra.HeartwoodIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static dev.heartwood.infra.browser.Oakfield.as;
import static dev.heartwood.infra.browser.Oakfield.main;
import static org.assertj.core.api.Assertions.assertThat;
import static dev.heartwood.infra.browser.ReportReading.link;
import static dev.heartwood.infra.browser.ReportReading.applyFilters;
import static dev.heartwood.infra.browser.ReportReading.table;
import static dev.heartwood.infra.browser.ReportReading.rows;

/**
 * The audit log of Ashgrove Primary, in the browser: HR opens it from the reports, narrows it to the objectives set
 * on a day, and the table, its CSV and the API's JSON and CSV are the same entries, with the reason a step was taken;
 * a teacher is refused it by its address, and to another school's headteacher it is not there. HR sees on the access
 * log that the headteacher read the appraisal she leads as its appraiser, and not what it says; the headteacher is
 * refused the access log. A trust's HR reads both logs of the trust, every school's entries, and prints each on A4;
 * a school's HR and another trust's leader are refused them.
 */
@HeartwoodIntegrationTest
@ExtendWith(Chromium.class)
class HistoryPagesTest {

    private static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");
    private static final Map<String, String> READER_ROLES = Map.of("ADMINISTRATOR", "Administrator",
            "APPRAISER", "Appraiser", "HEADTEACHER", "Headteacher", "HR", "HR");
    private static final String REASON = "Replaced by the school's new marking policy";

    @LocalServerPort
    int port;

    /** An entry the administrator recorded, as the table should read it. */
    private static List<String> expected(JsonNode row, Map<String, String> names) {
        String when = ZonedDateTime.ofInstant(Instant.parse(row.path("occurredAt").asText()), SCHOOL_ZONE)
                .format(WHEN);
        assertThat(row.path("actorRole").asText()).isEqualTo("ADMINISTRATOR");
        return List.of(when, "An administrator", "Administrator",
                row.path("kind").asText().equals("ObjectiveSet") ? "Objective set" : "Objective withdrawn",
                names.get(row.path("staffId").asText()),
                row.path("reason").isTextual() ? row.path("reason").asText() : "Not given");
    }

    /** A reading as the access log's table should show it; any cell the test cannot name stays empty. */
    private static List<String> read(JsonNode row, Map<String, String> names) {
        String role = row.path("readerRole").asText();
        return Arrays.asList(ZonedDateTime.ofInstant(Instant.parse(row.path("readAt").asText()), SCHOOL_ZONE)
                        .format(WHEN), "ADMINISTRATOR".equals(role) ? "An administrator"
                        : names.get(row.path("readerId").asText()), READER_ROLES.get(role),
                "PAY".equals(row.path("kind").asText()) ? "Pay recommendation" : "Appraisal narrative",
                row.path("staffId").isTextual() ? names.get(row.path("staffId").asText())
                        : "Many people's (the audit log)", row.path("request").asText());
    }

    @Test
    void hrNarrowsTheAuditLogToADaysObjectivesAndSeesWhatTheApiShows(BrowserTab tab) throws IOException {
        Ashgrove school = Ashgrove.open(port);
        Api admin = Api.administrator(port);
        Api hr = Api.asStaff(port, school.hr());
        String api = "/api/schools/" + school.schoolId() + "/audit-log";
        admin.caughtUp("audit-log");
        UUID devs = UUID.fromString(rows(hr.read(hr.get(api + "?kind=AppraisalStarted&staffId=" + school.dev())))
                .get(0).path("aggregateId").asText());
        UUID objective = UUID.randomUUID();
        admin.expect(201, admin.post("/api/appraisals/" + devs + "/objectives", """
                {"objectiveId": "%s", "title": "Run the reading club", "successCriteria": "Twenty readers",
                 "standards": ["TS5"], "on": "2026-07-01"}""".formatted(objective)));
        admin.expect(204, admin.post("/api/appraisals/" + devs + "/objectives/" + objective + "/withdrawal",
                "{\"reason\": \"" + REASON + "\"}"));
        admin.caughtUp("audit-log");
        Map<String, String> names = Map.of(school.dev().toString(), "Dev Shah", school.carla().toString(),
                "Carla Mendes");

        Page page = as(tab, school.hr());
        link(page, "Reports").click();
        link(page, "Audit log").click();
        assertThat(page.locator("h1").innerText()).isEqualTo("Audit log");
        assertThat(main(page)).contains("Ashgrove Primary").contains("As of event ").contains("up to date");

        LocalDate recorded = ZonedDateTime.ofInstant(Instant.parse(rows(hr.read(hr.get(api))).get(0)
                .path("occurredAt").asText()), SCHOOL_ZONE).toLocalDate();
        page.getByLabel("From").fill(recorded.toString());
        page.getByLabel("To").fill(recorded.toString());
        page.getByLabel("What happened").fill("Objective withdrawn");
        applyFilters(page);

        String filtered = api + "?kind=ObjectiveWithdrawn&from="
                + recorded.atStartOfDay(SCHOOL_ZONE).toInstant() + "&to="
                + recorded.plusDays(1).atStartOfDay(SCHOOL_ZONE).toInstant();
        JsonNode json = hr.read(hr.get(filtered));
        assertThat(json.path("total").asLong()).isOne();
        assertThat(table(page)).containsExactlyElementsOf(rows(json).stream().map(row -> expected(row, names))
                .toList());
        assertThat(table(page).get(0)).contains("Dev Shah", "Objective withdrawn", REASON);
        assertThat(main(page)).doesNotContain(Ashgrove.CARLAS_OBJECTIVE);
        Accessibility.assertNoViolations(page);
        tab.screenshot("report-audit-log");
        Download download = page.waitForDownload(() -> link(page, "Download this entry as CSV").click());
        assertThat(Files.readString(download.path())).isEqualTo(hr.getAccepting(filtered,
                MediaType.valueOf("text/csv")).getBody());

        // every objective set, a page of them, as the API has them
        page.getByLabel("What happened").fill("Objective set");
        page.getByLabel("From").fill("");
        applyFilters(page);
        JsonNode set = hr.read(hr.get(api + "?kind=ObjectiveSet&to="
                + recorded.plusDays(1).atStartOfDay(SCHOOL_ZONE).toInstant()));
        assertThat(set.path("total").asLong()).isEqualTo(3);
        assertThat(table(page)).containsExactlyElementsOf(rows(set).stream().map(row -> expected(row, names))
                .toList());

        // a day before anything was recorded shows nothing
        page.getByLabel("To").fill(recorded.minusDays(1).toString());
        applyFilters(page);
        assertThat(main(page)).contains("Nothing recorded matches these filters.");
        assertThat(table(page)).isEmpty();

        // HR read the reasons as the API's reader does: the access log has it
        JsonNode accessLog = hr.read(hr.get("/api/schools/" + school.schoolId() + "/access-log"));
        assertThat(accessLog.path("lines").findValuesAsText("request"))
                .contains("GET /schools/" + school.schoolId() + "/reports/audit-log");
    }

    @Test
    void aTeacherAndAnotherSchoolsHeadteacherAreRefusedTheAuditLog(BrowserTab tab) {
        Ashgrove school = Ashgrove.open(port);
        StaffedSchool other = StaffedSchool.named(port, "Cedar Primary");
        String log = "/schools/" + school.schoolId() + "/reports/audit-log";

        // a teacher is refused; to another school's headteacher the school's log is not there at all, as in the API
        Map<UUID, Integer> refusals = Map.of(school.teacher(), 403, other.headteacher, 404);
        Map<Integer, String> headings = Map.of(403, "You cannot see this page", 404, "Page not found");
        refusals.forEach((reader, status) -> {
            Api api = Api.asStaff(port, reader);
            assertThat(api.get("/api/schools/" + school.schoolId() + "/audit-log").getStatusCode().value())
                    .isEqualTo(status);
            Page page = as(tab, reader);
            for (String path : List.of(log, log + "?format=csv")) {
                assertThat(page.navigate(path).status()).as(path).isEqualTo(status);
                assertThat(page.locator("h1").innerText()).isEqualTo(headings.get(status));
                assertThat(page.content()).doesNotContain("Ashgrove Primary");
            }
        });
        Accessibility.assertNoViolations(tab.page());
    }

    @Test
    void hrSeesOnTheAccessLogThatTheHeadteacherReadAnAppraisal(BrowserTab tab) {
        Ashgrove school = Ashgrove.open(port);
        Api admin = Api.administrator(port);
        Api hr = Api.asStaff(port, school.hr());
        admin.caughtUp("audit-log");
        UUID carlas = UUID.fromString(rows(hr.read(hr.get("/api/schools/" + school.schoolId()
                + "/audit-log?kind=AppraisalStarted&staffId=" + school.carla()))).get(0).path("aggregateId").asText());

        Page page = as(tab, school.headteacher());
        assertThat(page.navigate("/appraisals/" + carlas).status()).isEqualTo(200);
        assertThat(main(page)).contains(Ashgrove.CARLAS_OBJECTIVE);
        String accessLog = "/schools/" + school.schoolId() + "/reports/access-log";
        assertThat(page.navigate(accessLog).status()).isEqualTo(403);
        assertThat(Api.asStaff(port, school.headteacher()).get("/api/schools/" + school.schoolId() + "/access-log")
                .getStatusCode().value()).isEqualTo(403);

        page = as(tab, school.hr());
        link(page, "Reports").click();
        link(page, "Access log").click();
        assertThat(page.locator("h1").innerText()).isEqualTo("Access log");
        Map<String, String> names = Map.of(school.headteacher().toString(), "Helen Ward", school.hr().toString(),
                "Hugo Marsh", school.carla().toString(), "Carla Mendes");
        List<List<String>> expected = StreamSupport.stream(hr.read(hr.get("/api/schools/" + school.schoolId()
                + "/access-log")).path("lines").spliterator(), false).map(row -> read(row, names)).toList();
        assertThat(table(page)).containsExactlyElementsOf(expected);
        assertThat(table(page)).extracting(cells -> cells.subList(1, 6)).contains(List.of("Helen Ward",
                "Appraiser", "Appraisal narrative", "Carla Mendes", "GET /appraisals/" + carlas));
        assertThat(main(page)).doesNotContain(Ashgrove.CARLAS_OBJECTIVE);
        Accessibility.assertNoViolations(page);
        tab.screenshot("report-access-log");
    }

    @Test
    void aTrustsHrReadsAndPrintsTheTrustsAuditLogAndAccessLog(BrowserTab tab) throws IOException {
        UUID trust = StaffedSchool.trust(port, "Rowan Trust");
        StaffedSchool rowan = StaffedSchool.inTrust(port, trust, "Rowan Primary");
        StaffedSchool sorrel = StaffedSchool.inTrust(port, trust, "Sorrel Academy");
        UUID rosa = rowan.teacher("Rosa Lane", "T" + StaffedSchool.shortId());
        UUID sam = sorrel.teacher("Sam Cole", "T" + StaffedSchool.shortId());
        Api admin = Api.administrator(port);
        // the administrator appoints the trust's first leader, who makes Rowan's HR officer the trust's
        admin.expect(204, admin.put("/api/staff/" + rowan.headteacher + "/access/TRUST_LEADER?scope=TRUST", ""));
        Api leader = Api.asStaff(port, rowan.headteacher);
        leader.expect(204, leader.put("/api/staff/" + rowan.hr + "/access/HR?scope=TRUST", ""));
        admin.caughtUp("directory");
        admin.caughtUp("audit-log");
        Api hr = Api.asStaff(port, rowan.hr);

        Page page = as(tab, rowan.hr);
        page = tab.open("/trusts/" + trust + "/reports/audit-log");
        assertThat(page.locator("h1").innerText()).isEqualTo("Audit log");
        assertThat(main(page)).contains("Rowan Trust");
        page.getByLabel("What happened").fill("Staff member registered");
        applyFilters(page);
        // both schools' registrations, newest first, as the API has them
        JsonNode registered = hr.read(hr.get("/api/trusts/" + trust + "/audit-log?kind=StaffMemberRegistered"));
        Map<String, String> registrants = Map.of(rosa.toString(), "Rosa Lane", sam.toString(), "Sam Cole",
                rowan.headteacher.toString(), "Helen Ward", sorrel.headteacher.toString(), "Helen Ward",
                rowan.hr.toString(), "Hugo Marsh", sorrel.hr.toString(), "Hugo Marsh");
        assertThat(rows(registered)).hasSize(6);
        assertThat(table(page)).extracting(cells -> cells.get(4)).containsExactlyElementsOf(rows(registered).stream()
                .map(row -> registrants.get(row.path("staffId").asText())).toList());
        assertThat(table(page).get(0).get(4)).isEqualTo("Sam Cole");
        Accessibility.assertNoViolations(page);
        Printed printed = Printed.onA4(page);
        assertThat(printed.sheets()).isOne();
        assertThat(printed.text()).contains("Audit log").contains("Rowan Trust").contains("Sam Cole")
                .contains("Rosa Lane").contains("As of event").doesNotContain("Apply filters")
                .doesNotContain("Download").doesNotContain("Sign out");

        page = tab.open("/trusts/" + trust + "/reports/access-log");
        assertThat(page.locator("h1").innerText()).isEqualTo("Access log");
        Map<String, String> names = Map.of(rowan.hr.toString(), "Hugo Marsh");
        List<List<String>> expected = StreamSupport.stream(hr.read(hr.get("/api/trusts/" + trust + "/access-log"))
                .path("lines").spliterator(), false).map(row -> read(row, names)).toList();
        assertThat(table(page)).containsExactlyElementsOf(expected);
        assertThat(table(page)).extracting(cells -> cells.get(5))
                .contains("GET /trusts/" + trust + "/reports/audit-log");
        Accessibility.assertNoViolations(page);
        printed = Printed.onA4(page);
        assertThat(printed.sheets()).isOne();
        assertThat(printed.text()).contains("Access log").contains("Rowan Trust").contains("Hugo Marsh")
                .contains("/reports/audit-log").doesNotContain("Sign out");

        // a school's HR, and the leader of another trust, are refused the trust's logs, as by the API
        UUID otherTrust = StaffedSchool.trust(port, "Yew Trust");
        StaffedSchool yew = StaffedSchool.inTrust(port, otherTrust, "Yew Primary");
        admin.expect(204, admin.put("/api/staff/" + yew.headteacher + "/access/TRUST_LEADER?scope=TRUST", ""));
        for (UUID reader : List.of(sorrel.hr, yew.headteacher)) {
            Api api = Api.asStaff(port, reader);
            page = as(tab, reader);
            for (String log : List.of("audit-log", "access-log")) {
                int refused = api.get("/api/trusts/" + trust + "/" + log).getStatusCode().value();
                assertThat(refused).isIn(403, 404);
                assertThat(page.navigate("/trusts/" + trust + "/reports/" + log).status()).isEqualTo(refused);
                assertThat(page.content()).doesNotContain("Rowan Trust");
            }
        }
    }
}
