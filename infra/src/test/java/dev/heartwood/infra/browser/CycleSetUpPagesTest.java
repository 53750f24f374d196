package dev.heartwood.infra.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.SelectOption;
import dev.heartwood.infra.Api;
import dev.heartwood.infra.HeartwoodIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Setting up a year in a real browser: a headteacher opens the cycle by typing its deadlines (a date that is no day,
 * and deadlines out of order, are shown beside their fields and record nothing), opens every eligible person's
 * appraisal in one step and reads who was not eligible and why, and sets one objective for a group, each checked
 * through the JSON API; a teacher and another school's headteacher reach none of it, by address or by form.
 */
@HeartwoodIntegrationTest
@ExtendWith(Chromium.class)
class CycleSetUpPagesTest {

    @LocalServerPort
    int port;

    private static void click(Page page, AriaRole role, String name) {
        page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    private static void typeDate(Page page, String field, String day, String month, String year) {
        page.locator("#" + field).fill(day);
        page.locator("#" + field + "-month").fill(month);
        page.locator("#" + field + "-year").fill(year);
    }

    /** The school of the tests: a headteacher who line-manages two teachers, one of whom line-manages a third. */
    private record Rowan(StaffedSchool school, UUID ben, UUID cara, UUID fay, UUID dan, UUID eve) {

        static Rowan open(int port, String name) {
            StaffedSchool school = StaffedSchool.named(port, name);
            UUID ben = school.teacher("Ben Okafor", "T" + StaffedSchool.shortId());
            UUID cara = school.teacher("Cara Diaz", "T" + StaffedSchool.shortId());
            UUID fay = school.teacher("Fay Lund", "T" + StaffedSchool.shortId());
            UUID dan = school.teacher("Dan Frost", "T" + StaffedSchool.shortId());
            UUID eve = school.person("Eve Hart", "E" + StaffedSchool.shortId(), "EARLY_CAREER_TEACHER");
            Api admin = Api.administrator(port);
            for (UUID[] managed : List.of(new UUID[] {ben, school.headteacher}, new UUID[] {cara, school.headteacher},
                    new UUID[] {fay, ben}, new UUID[] {eve, ben})) {
                admin.expect(204, admin.put("/api/staff/" + managed[0] + "/line-manager", """
                        {"lineManagerId": "%s", "from": "2025-09-01"}""".formatted(managed[1])));
            }
            school.shown();
            return new Rowan(school, ben, cara, fay, dan, eve);
        }
    }

    @Test
    void aHeadteacherOpensTheYearsCycleItsAppraisalsAndAnObjectiveForAGroupByClickingAndTyping(BrowserTab tab) {
        Rowan rowan = Rowan.open(port, "Rowan Primary");
        UUID schoolId = rowan.school().schoolId;
        Api head = Api.asStaff(port, rowan.school().headteacher);
        Api admin = Api.administrator(port);
        Page page = tab.signInAs(Api.emailOf(rowan.school().headteacher));

        tab.open("/schools/" + schoolId + "/dashboard");
        click(page, AriaRole.LINK, "Appraisal cycles");
        assertThat(page.locator("h1").innerText()).isEqualTo("Appraisal cycles");
        assertThat(page.locator("main").innerText()).contains("The school has opened no appraisal cycle yet.");
        assertThat(page.locator("#academicYear").inputValue()).isEqualTo("2025/26");
        Accessibility.assertNoViolations(page);

        page.getByLabel("Pay not related to performance").check();
        typeDate(page, "objectivesBy", "31", "2", "2025");
        click(page, AriaRole.BUTTON, "Open the cycle");
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.locator("#objectivesBy-error").innerText())
                .contains("Enter a real day for the objectives to be agreed by");
        assertThat(page.locator(".govuk-error-summary a").allInnerTexts()).hasSize(1);
        assertThat(head.read(head.get("/api/schools/" + schoolId + "/cycles")).get("total").asInt()).isZero();
        Accessibility.assertNoViolations(page);
        tab.screenshot("cycles-refused");

        typeDate(page, "objectivesBy", "24", "10", "2025");
        typeDate(page, "midYearReviewBy", "1", "10", "2025");
        click(page, AriaRole.BUTTON, "Open the cycle");
        assertThat(page.locator("#midYearReviewBy-error").innerText())
                .contains("Deadlines run objectives, mid-year review, final review, then pay decisions");
        assertThat(page.getByLabel("Pay not related to performance").isChecked()).isTrue();
        assertThat(head.read(head.get("/api/schools/" + schoolId + "/cycles")).get("total").asInt()).isZero();
        Accessibility.assertNoViolations(page);

        typeDate(page, "midYearReviewBy", "27", "2", "2026");
        typeDate(page, "finalReviewBy", "17", "7", "2026");
        typeDate(page, "teacherPayDecisionBy", "30", "10", "2026");
        typeDate(page, "headteacherPayDecisionBy", "18", "12", "2026");
        click(page, AriaRole.BUTTON, "Open the cycle");

        assertThat(page.locator(".govuk-notification-banner").innerText())
                .contains("The 2025/26 appraisal cycle is open");
        assertThat(page.locator("h1").innerText()).isEqualTo("Appraisal cycle 2025/26");
        JsonNode cycles = head.read(head.get("/api/schools/" + schoolId + "/cycles"));
        assertThat(cycles.get("total").asInt()).isEqualTo(1);
        JsonNode cycle = cycles.get("rows").get(0);
        assertThat(cycle.get("payPolicy").asText()).isEqualTo("NOT_PERFORMANCE_RELATED");
        assertThat(List.of(cycle.get("objectivesBy").asText(), cycle.get("midYearReviewBy").asText(),
                cycle.get("finalReviewBy").asText(), cycle.get("teacherPayDecisionBy").asText(),
                cycle.get("headteacherPayDecisionBy").asText()))
                .containsExactly("2025-10-24", "2026-02-27", "2026-07-17", "2026-10-30", "2026-12-18");
        String cycleId = cycle.get("cycleId").asText();
        assertThat(page.url()).endsWith("/cycles/" + cycleId);
        assertThat(page.locator("main").innerText()).contains("24 October 2025", "27 February 2026",
                "17 July 2026", "30 October 2026", "18 December 2026", "Pay not related to performance",
                "No appraisal is open in this cycle yet.");
        Accessibility.assertNoViolations(page);

        click(page, AriaRole.BUTTON, "Open every eligible person's appraisal");

        assertThat(page.locator(".govuk-notification-banner__heading").innerText())
                .isEqualTo("Appraisals opened for 3 people");
        List<String> ineligible = page.locator(".govuk-notification-banner tbody tr").allInnerTexts();
        assertThat(ineligible).contains("Eve Hart\tEarly career teachers serving induction are assessed through "
                + "induction, not appraised", "Dan Frost\tNo line manager is recorded to appraise them");
        assertThat(String.join("\n", ineligible)).doesNotContain("on-induction", "no-line-manager");
        JsonNode appraisals = head.read(head.get("/api/cycles/" + cycleId + "/appraisals"));
        assertThat(appraisals.get("rows").findValuesAsText("appraiseeName"))
                .containsExactly("Ben Okafor", "Cara Diaz", "Fay Lund");
        assertThat(page.locator("main table").last().locator("tbody th").allInnerTexts())
                .containsExactly("Ben Okafor", "Cara Diaz", "Fay Lund");
        String fays = appraisals.get("rows").get(2).get("appraisalId").asText();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fay Lund"))
                .getAttribute("href")).isEqualTo("/appraisals/" + fays);
        Accessibility.assertNoViolations(page);
        tab.screenshot("cycle-appraisals-opened");

        click(page, AriaRole.LINK, "Set one objective for a group");
        assertThat(page.locator("h1").innerText()).isEqualTo("Set one objective for a group");
        Accessibility.assertNoViolations(page);
        page.getByLabel("Everyone in a staff category").check();
        page.getByLabel("Staff category", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Teacher"));
        page.getByLabel("Objective", new Page.GetByLabelOptions().setExact(true))
                .fill("Embed the new phonics scheme");
        page.getByLabel("Success criteria").fill("Used daily in every class by Easter");
        typeDate(page, "on", "1", "9", "2026");
        click(page, AriaRole.BUTTON, "Set the objective");
        assertThat(page.locator("#on-error").innerText()).contains("2026-09-01 has not happened yet");
        assertThat(head.read(head.get("/api/cycles/" + cycleId + "/appraisals")).get("rows")
                .findValues("objectives").stream().map(JsonNode::asInt).toList()).containsExactly(0, 0, 0);
        Accessibility.assertNoViolations(page);

        typeDate(page, "on", "15", "7", "2026");
        click(page, AriaRole.BUTTON, "Set the objective");

        assertThat(page.locator(".govuk-notification-banner__heading").innerText())
                .isEqualTo("Objective set for 3 people");
        assertThat(page.locator(".govuk-notification-banner tbody tr").allInnerTexts())
                .containsExactly("Dan Frost\tThey have no appraisal in this cycle");
        admin.caughtUp("appraisal-summary");
        JsonNode withObjectives = head.read(head.get("/api/cycles/" + cycleId + "/appraisals"));
        assertThat(withObjectives.get("rows").findValues("objectives").stream().map(JsonNode::asInt).toList())
                .containsExactly(1, 1, 1);
        Accessibility.assertNoViolations(page);
        tab.screenshot("cycle-group-objective");
    }

    @Test
    void hrReadsTheCyclesAndTheirAppraisalsButOpensNothingAndReadsNoAppraisal(BrowserTab tab) {
        Rowan rowan = Rowan.open(port, "Alder Primary");
        UUID schoolId = rowan.school().schoolId;
        UUID cycleId = UUID.randomUUID();
        Api admin = Api.administrator(port);
        admin.expect(201, admin.openCycle(schoolId, cycleId, "HYBRID"));
        admin.read(admin.post("/api/cycles/" + cycleId + "/appraisals/bulk",
                "{\"batchId\": \"%s\"}".formatted(UUID.randomUUID())));
        admin.caughtUp("appraisal-summary");
        Page page = tab.signInAs(Api.emailOf(rowan.school().hr));

        tab.open("/staff");
        click(page, AriaRole.LINK, "Appraisal cycles");
        assertThat(page.locator("main table tbody th").allInnerTexts()).containsExactly("2025/26");
        assertThat(page.locator("main").innerText()).contains("Partly performance-related (hybrid)");
        assertThat(page.locator("main form").count()).as("no form to open a cycle").isZero();
        Accessibility.assertNoViolations(page);
        click(page, AriaRole.LINK, "2025/26");
        assertThat(page.locator("main table tbody th").allInnerTexts())
                .containsExactly("Ben Okafor", "Cara Diaz", "Fay Lund");
        assertThat(page.locator("main table a").count()).as("no link into an appraisal").isZero();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Open every eligible person's appraisal")).count()).isZero();
        Accessibility.assertNoViolations(page);
        assertThat(page.navigate("/cycles/" + cycleId + "/objective").status()).isEqualTo(403);
    }

    @Test
    void aTeacherAndAnotherSchoolsHeadteacherReachNoneOfItByAddressOrByForm(BrowserTab tab) {
        Rowan rowan = Rowan.open(port, "Hazel Primary");
        StaffedSchool elsewhere = StaffedSchool.named(port, "Larch Academy");
        elsewhere.shown();
        UUID schoolId = rowan.school().schoolId;
        UUID cycleId = UUID.randomUUID();
        Api admin = Api.administrator(port);
        admin.expect(201, admin.openCycle(schoolId, cycleId, "HYBRID"));
        admin.caughtUp("appraisal-summary");

        refused(tab, rowan.ben(), schoolId, cycleId, 403);
        refused(tab, elsewhere.headteacher, schoolId, cycleId, 404);

        assertThat(admin.read(admin.get("/api/schools/" + schoolId + "/cycles")).get("total").asInt()).isEqualTo(1);
        assertThat(admin.read(admin.get("/api/cycles/" + cycleId + "/appraisals")).get("total").asInt()).isZero();
    }

    /** Every page by its address, and every form sent with the session's own CSRF token, is refused. */
    private static void refused(BrowserTab tab, UUID reader, UUID schoolId, UUID cycleId, int status) {
        Page page = Oakfield.as(tab, reader);
        for (String path : List.of("/schools/" + schoolId + "/cycles", "/cycles/" + cycleId,
                "/cycles/" + cycleId + "/objective")) {
            assertThat(page.navigate(path).status()).as(path).isEqualTo(status);
            assertThat(page.content()).doesNotContain("2025/26");
            Accessibility.assertNoViolations(page);
        }
        tab.open("/");
        String header = String.valueOf(page.evaluate("document.querySelector('meta[name=csrf-header]').content"));
        String token = String.valueOf(page.evaluate("document.querySelector('meta[name=csrf-token]').content"));
        List<Object[]> forms = List.of(
                new Object[] {"/schools/" + schoolId + "/cycles", FormData.create().set("academicYear", "2026/27")
                        .set("payPolicy", "HYBRID")},
                new Object[] {"/cycles/" + cycleId + "/appraisals", FormData.create()
                        .set("batchId", UUID.randomUUID().toString())},
                new Object[] {"/cycles/" + cycleId + "/objective", FormData.create()
                        .set("batchId", UUID.randomUUID().toString()).set("group", "EVERYONE")
                        .set("title", "Forged").set("successCriteria", "Forged")});
        for (Object[] form : forms) {
            APIResponse sent = page.request().post((String) form[0], RequestOptions.create()
                    .setHeader(header, token).setForm((FormData) form[1]).setMaxRedirects(0));
            assertThat(sent.status()).as("POST " + form[0]).isEqualTo(status);
        }
    }
}
