package dev.heartwood.infra.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.SelectOption;
import dev.heartwood.infra.Api;
import dev.heartwood.infra.EventStore;
import dev.heartwood.infra.HeartwoodIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static dev.heartwood.infra.browser.Oakfield.as;
import static dev.heartwood.infra.browser.ReportReading.link;
import static dev.heartwood.infra.browser.ReportReading.rows;
import static dev.heartwood.infra.browser.ReportReading.table;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The training requirements of a school, in the browser: HR adds the English statutory set (and is told, when adding
 * it again, that nothing was added), defines a requirement by typing it, changes its renewal period from a day and
 * withdraws another with a reason (kept in the audit log), each seen through the API's compliance matrix and on the
 * matrix page; a bad period and a day before the current terms are refused beside their fields, with nothing
 * recorded; a requirement's own warning period decides when the matrix shows it due soon; a trust leader adds the set for every school; a teacher is refused every page and form by its address,
 * and to another school's HR officer they are not there.
 */
@HeartwoodIntegrationTest
@ExtendWith(Chromium.class)
class TrainingRequirementPagesTest {

    private static final String MANUAL_HANDLING = "Manual handling";
    private static final String FIRE_SAFETY = "Fire safety awareness";
    private static final String LADDER_SAFETY = "Ladder safety";
    private static final String WHY = "Covered by the trust's health and safety induction from September";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private static void click(Page page, AriaRole role, String name) {
        page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    private static void fillDay(Page page, String day, String month, String year) {
        Page.GetByLabelOptions exactly = new Page.GetByLabelOptions().setExact(true);
        page.getByLabel("Day", exactly).fill(day);
        page.getByLabel("Month", exactly).fill(month);
        page.getByLabel("Year", exactly).fill(year);
    }

    /** The summary card of the requirement with this title. */
    private static Locator card(Page page, String title) {
        return page.locator(".govuk-summary-card").filter(new Locator.FilterOptions().setHas(
                page.locator(".govuk-summary-card__title", new Page.LocatorOptions().setHasText(title))));
    }

    /** The value beside a key of a requirement's card. */
    private static String valueOf(Locator card, String key) {
        return card.locator("xpath=.//dt[normalize-space()='" + key + "']/following-sibling::dd[1]").innerText();
    }

    /** The API's matrix of the school on a day: the rows of one requirement, by its title. */
    private static List<JsonNode> matrix(Api api, UUID schoolId, String on, String title) {
        return rows(api.read(api.get("/api/schools/" + schoolId + "/reports/training-compliance?size=1000&on=" + on)))
                .stream().filter(row -> row.path("requirementTitle").asText().equals(title)).toList();
    }

    @Test
    void hrAddsTheStatutorySetDefinesARequirementChangesItsRenewalAndWithdrawsAnother(BrowserTab tab) {
        StaffedSchool school = StaffedSchool.named(port, "Hazel Primary");
        school.teacher("Tom Reed", "T" + StaffedSchool.shortId());
        school.shown();
        Api hr = Api.asStaff(port, school.hr);
        Api admin = Api.administrator(port);
        EventStore events = new EventStore(jdbc);

        Page page = as(tab, school.hr);
        page = tab.open("/schools/" + school.schoolId + "/reports/training-compliance");
        link(page, "Training requirements").click();
        assertThat(page.locator("h1").innerText()).isEqualTo("Training requirements");
        assertThat(page.locator("main").innerText()).contains("Hazel Primary").contains("No training is required yet")
                .contains("As of event ");
        List<String> standardSet = page.locator("table tbody tr").allInnerTexts();
        assertThat(standardSet).hasSize(8);
        assertThat(standardSet.get(0)).contains("Safeguarding and child protection update")
                .contains("Within 14 days of starting; KCSIE 2025").contains("Everyone on the staff")
                .contains("Every year").endsWith("No");
        assertThat(standardSet.get(2)).contains("Designated safeguarding lead training")
                .contains("Staff who hold the role Designated safeguarding lead (DSL)").contains("Every 2 years");
        assertThat(standardSet.get(1)).contains("Prevent duty awareness").contains("Never: once done, it stays done");
        Accessibility.assertNoViolations(page);

        fillDay(page, "1", "9", "2025");
        click(page, AriaRole.BUTTON, "Add the English statutory set");
        assertThat(page.locator(".govuk-notification-banner").innerText())
                .contains("Added 8 requirements of the English statutory set from 1 September 2025");
        assertThat(page.locator("h2").allInnerTexts()).contains("8 requirements");
        Locator safeguarding = card(page, "Safeguarding and child protection update");
        assertThat(valueOf(safeguarding, "Applies to")).isEqualTo("Everyone on the staff");
        assertThat(valueOf(safeguarding, "Renewal")).isEqualTo("Every year");
        assertThat(valueOf(safeguarding, "Warning period"))
                .isEqualTo("Due soon from 30 days before its due date; overdue the day after");
        assertThat(valueOf(safeguarding, "Category")).isEqualTo("Safeguarding update");
        assertThat(valueOf(safeguarding, "In force")).isEqualTo("Since 1 September 2025");
        assertThat(page.locator("table tbody tr").allInnerTexts()).allSatisfy(row -> assertThat(row).endsWith("Yes"));
        Accessibility.assertNoViolations(page);
        tab.screenshot("training-requirements");
        admin.caughtUp("training");
        assertThat(matrix(hr, school.schoolId, "2026-07-15", FIRE_SAFETY)).extracting(row -> row.get("staffName")
                .asText()).containsExactlyInAnyOrder("Helen Ward", "Hugo Marsh", "Tom Reed");

        // adding it again adds nothing, and says so
        long before = events.lastGlobalIndex();
        click(page, AriaRole.BUTTON, "Add the English statutory set");
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.locator(".govuk-error-summary").innerText()).contains("Nothing was added: every requirement "
                + "of the English statutory set was added here before");
        assertThat(events.appendedAfter(before)).isEmpty();
        Accessibility.assertNoViolations(page);

        // a requirement of the school's own, typed in; a renewal of no months is not a period
        click(page, AriaRole.BUTTON, "Define a requirement");
        assertThat(page.locator("h1").innerText()).isEqualTo("Define a requirement");
        Accessibility.assertNoViolations(page);
        page.getByLabel("Title").fill(MANUAL_HANDLING);
        page.getByLabel("Category").selectOption(new SelectOption().setLabel("Other"));
        page.getByLabel("Applies to").selectOption(new SelectOption().setLabel("Staff whose category is Support staff"));
        page.getByLabel("First due within").fill("30");
        page.getByLabel("Renewal period").fill("0");
        page.getByLabel("Days of grace").fill("7");
        page.getByLabel("Source").fill("Health and safety policy");
        fillDay(page, "1", "9", "2025");
        before = events.lastGlobalIndex();
        click(page, AriaRole.BUTTON, "Define the requirement");
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.locator("#renewalMonths-error").innerText()).contains("Enter the renewal period as a whole "
                + "number of months from 1 to 120, or leave it empty if it is never renewed");
        assertThat(page.locator(".govuk-error-summary a").allInnerTexts()).hasSize(1);
        assertThat(page.getByLabel("Title").inputValue()).isEqualTo(MANUAL_HANDLING);
        assertThat(events.appendedAfter(before)).isEmpty();
        Accessibility.assertNoViolations(page);
        tab.screenshot("training-requirement-refused");
        page.getByLabel("Renewal period").fill("36");
        click(page, AriaRole.BUTTON, "Define the requirement");

        assertThat(page.locator(".govuk-notification-banner").innerText())
                .contains("“Manual handling” is required from 1 September 2025");
        Locator manualHandling = card(page, MANUAL_HANDLING);
        assertThat(valueOf(manualHandling, "Applies to")).isEqualTo("Staff whose category is Support staff");
        assertThat(valueOf(manualHandling, "First due")).isEqualTo("Within 30 days of starting or joining the category");
        assertThat(valueOf(manualHandling, "Renewal")).isEqualTo("Every 3 years");
        assertThat(valueOf(manualHandling, "Warning period"))
                .isEqualTo("Due soon from 30 days before its due date; overdue after 7 days of grace");
        assertThat(valueOf(manualHandling, "Category")).isEqualTo("Other");
        assertThat(valueOf(manualHandling, "Source")).isEqualTo("Health and safety policy");
        Accessibility.assertNoViolations(page);
        admin.caughtUp("training");
        List<JsonNode> required = matrix(hr, school.schoolId, "2026-07-15", MANUAL_HANDLING);
        assertThat(required).extracting(row -> row.get("staffName").asText()).containsExactly("Hugo Marsh");
        assertThat(required.get(0).get("category").asText()).isEqualTo("OTHER");
        assertThat(required.get(0).get("status").asText()).isEqualTo("OVERDUE");
        UUID manualHandlingId = UUID.fromString(required.get(0).get("requirementId").asText());
        admin.expect(204, admin.post("/api/staff/" + school.hr + "/training-completions", """
                {"requirementId": "%s", "completedOn": "2025-09-10", "provider": "In house"}"""
                .formatted(manualHandlingId)));
        admin.caughtUp("training");
        assertThat(matrix(hr, school.schoolId, "2026-10-01", MANUAL_HANDLING).get(0).get("expiresOn").asText())
                .isEqualTo("2028-09-10");

        // its renewal shortened from a day: not one before its current terms began
        click(page, AriaRole.LINK, "Change " + MANUAL_HANDLING);
        assertThat(page.locator("h1").innerText()).isEqualTo("Change " + MANUAL_HANDLING);
        assertThat(page.getByLabel("Renewal period").inputValue()).isEqualTo("36");
        assertThat(page.getByLabel("Applies to").inputValue()).isEqualTo("CATEGORY:SUPPORT_STAFF");
        Accessibility.assertNoViolations(page);
        page.getByLabel("Renewal period").fill("12");
        fillDay(page, "1", "8", "2025");
        before = events.lastGlobalIndex();
        click(page, AriaRole.BUTTON, "Save the new terms");
        assertThat(page.locator("#from-error").innerText()).contains("cannot be rewritten; choose a later date");
        assertThat(events.appendedAfter(before)).isEmpty();
        Accessibility.assertNoViolations(page);
        fillDay(page, "1", "9", "2026");
        click(page, AriaRole.BUTTON, "Save the new terms");

        assertThat(page.locator(".govuk-notification-banner").innerText())
                .contains("“Manual handling” changed: its new terms apply from 1 September 2026");
        manualHandling = card(page, MANUAL_HANDLING);
        assertThat(valueOf(manualHandling, "Renewal")).isEqualTo("Every year");
        assertThat(valueOf(manualHandling, "In force"))
                .isEqualTo("Since 1 September 2025; these terms from 1 September 2026");
        admin.caughtUp("training");
        assertThat(matrix(hr, school.schoolId, "2026-10-01", MANUAL_HANDLING).get(0).get("expiresOn").asText())
                .isEqualTo("2026-09-10");
        assertThat(matrix(hr, school.schoolId, "2026-07-15", MANUAL_HANDLING).get(0).get("expiresOn").asText())
                .isEqualTo("2028-09-10");

        // fire safety withdrawn from the next school year: a day is needed
        click(page, AriaRole.LINK, "Withdraw " + FIRE_SAFETY);
        assertThat(page.locator("h1").innerText()).isEqualTo("Withdraw " + FIRE_SAFETY);
        Accessibility.assertNoViolations(page);
        fillDay(page, "", "", "");
        before = events.lastGlobalIndex();
        click(page, AriaRole.BUTTON, "Withdraw the requirement");
        assertThat(page.locator("#on-error").innerText()).contains("Enter the first day it no longer applies");
        assertThat(page.locator("#reason-error").innerText()).contains("Say why it is withdrawn");
        assertThat(events.appendedAfter(before)).isEmpty();
        Accessibility.assertNoViolations(page);
        fillDay(page, "1", "9", "2026");
        page.getByLabel("Why it is withdrawn").fill(WHY);
        click(page, AriaRole.BUTTON, "Withdraw the requirement");

        assertThat(page.locator(".govuk-notification-banner").innerText())
                .contains("“Fire safety awareness” withdrawn: it no longer applies from 1 September 2026");
        assertThat(page.locator("h2").allInnerTexts()).contains("8 requirements", "Withdrawn");
        assertThat(card(page, FIRE_SAFETY).count()).isZero();
        assertThat(page.locator("main").innerText())
                .contains("From 1 September 2025 until it was withdrawn from 1 September 2026");
        Accessibility.assertNoViolations(page);
        admin.caughtUp("training");
        assertThat(matrix(hr, school.schoolId, "2026-09-15", FIRE_SAFETY)).isEmpty();
        assertThat(matrix(hr, school.schoolId, "2026-07-15", FIRE_SAFETY)).hasSize(3);
        admin.caughtUp("audit-log");
        assertThat(rows(hr.read(hr.get("/api/schools/" + school.schoolId + "/audit-log?size=1000"))).stream()
                .filter(row -> row.path("kind").asText().equals("TrainingRequirementWithdrawn"))
                .map(row -> row.path("reason").asText()).toList()).containsExactly(WHY);

        // the matrix page shows the requirement of the school's own, and offers it as a filter
        page = tab.open("/schools/" + school.schoolId + "/reports/training-compliance?category=OTHER");
        assertThat(table(page)).extracting(cells -> cells.subList(0, 2))
                .containsExactly(List.of("Hugo Marsh", MANUAL_HANDLING));
        assertThat(page.getByLabel("Requirement").locator("option").allInnerTexts()).contains(MANUAL_HANDLING)
                .contains(FIRE_SAFETY);
    }

    @Test
    void hrGivesARequirementASixtyDayWarningAndTheMatrixShowsItDueSoonBeforeAThirtyDayOne(BrowserTab tab) {
        StaffedSchool school = StaffedSchool.named(port, "Willow Primary");
        UUID tom = school.teacher("Tom Reed", "T" + StaffedSchool.shortId());
        Api hr = Api.asStaff(port, school.hr);
        Api admin = Api.administrator(port);
        EventStore events = new EventStore(jdbc);
        UUID ladderSafety = UUID.randomUUID();
        admin.expect(201, admin.post("/api/schools/" + school.schoolId + "/training-requirements", """
                {"requirementId": "%s", "effectiveFrom": "2025-08-01", "terms": {"title": "%s", "category": "OTHER",
                 "dueWithinDays": 14, "renewalMonths": 12, "source": "Health and safety policy"}}"""
                .formatted(ladderSafety, LADDER_SAFETY)));
        school.shown();

        Page page = as(tab, school.hr);
        page = tab.open("/schools/" + school.schoolId + "/training-requirements");
        click(page, AriaRole.BUTTON, "Define a requirement");
        assertThat(page.getByLabel("Warning period").inputValue()).isEqualTo("30");
        page.getByLabel("Title").fill(MANUAL_HANDLING);
        page.getByLabel("Category").selectOption(new SelectOption().setLabel("Other"));
        page.getByLabel("Applies to").selectOption(new SelectOption().setLabel("Everyone on the staff"));
        page.getByLabel("First due within").fill("14");
        page.getByLabel("Renewal period").fill("12");
        page.getByLabel("Warning period").fill("365");
        page.getByLabel("Source").fill("Health and safety policy");
        fillDay(page, "1", "8", "2025");
        long before = events.lastGlobalIndex();
        click(page, AriaRole.BUTTON, "Define the requirement");
        // a year is 365 days at the shortest: a renewal would be due soon the day it was done
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.locator("#warningDays-error").innerText()).contains("The warning period must be shorter than "
                + "the renewal period: fewer than 365 days for 12 months");
        assertThat(page.getByLabel("Warning period").inputValue()).isEqualTo("365");
        assertThat(events.appendedAfter(before)).isEmpty();
        Accessibility.assertNoViolations(page);
        page.getByLabel("Warning period").fill("60");
        click(page, AriaRole.BUTTON, "Define the requirement");

        assertThat(page.locator(".govuk-notification-banner").innerText())
                .contains("“Manual handling” is required from 1 August 2025");
        assertThat(valueOf(card(page, MANUAL_HANDLING), "Warning period"))
                .isEqualTo("Due soon from 60 days before its due date; overdue the day after");
        assertThat(valueOf(card(page, LADDER_SAFETY), "Warning period"))
                .isEqualTo("Due soon from 30 days before its due date; overdue the day after");
        Accessibility.assertNoViolations(page);
        JsonNode required = hr.read(hr.get("/api/schools/" + school.schoolId + "/training-requirements"));
        assertThat(rows(required)).extracting(row -> row.get("terms").get("title").asText() + ": "
                + row.get("terms").get("warningDays").asInt())
                .containsExactly(LADDER_SAFETY + ": 30", MANUAL_HANDLING + ": 60");

        // Tom did both on 29 August 2025: each is to be renewed by 29 August 2026, 45 days from today
        UUID manualHandling = UUID.fromString(rows(required).get(1).get("requirementId").asText());
        for (UUID requirement : List.of(manualHandling, ladderSafety)) {
            admin.expect(204, admin.post("/api/staff/" + tom + "/training-completions", """
                    {"requirementId": "%s", "completedOn": "2025-08-29", "provider": "In house"}"""
                    .formatted(requirement)));
        }
        admin.caughtUp("training");
        page = tab.open("/schools/" + school.schoolId + "/reports/training-compliance");
        assertThat(table(page)).filteredOn(cells -> cells.get(0).equals("Tom Reed"))
                .extracting(cells -> cells.subList(1, 3))
                .containsExactlyInAnyOrder(List.of(MANUAL_HANDLING, "Due soon"), List.of(LADDER_SAFETY, "Compliant"));
        Accessibility.assertNoViolations(page);
        assertThat(matrix(hr, school.schoolId, "2026-07-15", MANUAL_HANDLING))
                .filteredOn(row -> row.get("staffName").asText().equals("Tom Reed"))
                .extracting(row -> row.get("status").asText()).containsExactly("DUE_SOON");
        assertThat(matrix(hr, school.schoolId, "2026-07-15", LADDER_SAFETY))
                .filteredOn(row -> row.get("staffName").asText().equals("Tom Reed"))
                .extracting(row -> row.get("status").asText()).containsExactly("COMPLIANT");
    }

    @Test
    void aTrustLeaderAddsTheSetForEverySchoolWhichTheSchoolsHrSeesButDoesNotChange(BrowserTab tab) {
        UUID trust = StaffedSchool.trust(port, "Elm Vale Trust");
        StaffedSchool elm = StaffedSchool.inTrust(port, trust, "Elm Primary");
        StaffedSchool oak = StaffedSchool.inTrust(port, trust, "Oak Academy");
        Api admin = Api.administrator(port);
        admin.expect(204, admin.put("/api/staff/" + elm.headteacher + "/access/TRUST_LEADER?scope=TRUST", ""));
        elm.shown();
        oak.shown();

        Page page = as(tab, elm.headteacher);
        page = tab.open("/trusts/" + trust + "/reports/training-compliance");
        link(page, "Training requirements").click();
        assertThat(page.locator("main").innerText()).contains("Elm Vale Trust")
                .contains("The mandatory training the trust requires of the staff of each of its schools.");
        fillDay(page, "1", "9", "2025");
        click(page, AriaRole.BUTTON, "Add the English statutory set");
        assertThat(page.locator(".govuk-notification-banner").innerText())
                .contains("Added 8 requirements of the English statutory set from 1 September 2025");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Change " + FIRE_SAFETY))
                .count()).isOne();
        Accessibility.assertNoViolations(page);
        admin.caughtUp("training");
        Api leader = Api.asStaff(port, elm.headteacher);
        assertThat(rows(leader.read(leader.get("/api/trusts/" + trust + "/reports/training-compliance?size=1000")))
                .stream().filter(row -> row.path("requirementTitle").asText().equals(FIRE_SAFETY))
                .map(row -> row.path("schoolName").asText()).distinct().sorted().toList())
                .containsExactly("Elm Primary", "Oak Academy");

        // the school's HR officer sees the trust's requirements, which only the trust changes
        page = as(tab, oak.hr);
        page = tab.open("/schools/" + oak.schoolId + "/training-requirements");
        assertThat(page.locator("h2").allInnerTexts()).contains("8 requirements");
        assertThat(card(page, FIRE_SAFETY).innerText()).contains("Set by the trust");
        assertThat(page.locator(".govuk-summary-card__actions").count()).isZero();
        Accessibility.assertNoViolations(page);
        assertThat(page.navigate("/trusts/" + trust + "/training-requirements").status()).isEqualTo(403);

        page = as(tab, oak.headteacher);
        assertThat(page.navigate("/trusts/" + trust + "/training-requirements").status()).isEqualTo(403);
    }

    @Test
    void aTeacherAndAnotherSchoolsHrAreRefusedEveryPageAndForm(BrowserTab tab) {
        StaffedSchool school = StaffedSchool.named(port, "Rowan Primary");
        StaffedSchool elsewhere = StaffedSchool.named(port, "Larch Primary");
        UUID teacher = school.teacher("Tom Reed", "T" + StaffedSchool.shortId());
        Api admin = Api.administrator(port);
        JsonNode adopted = admin.read(admin.post("/api/schools/" + school.schoolId
                + "/training-requirements/standard-set", "{\"effectiveFrom\": \"2025-09-01\"}"));
        String requirement = StreamSupport.stream(adopted.spliterator(), false)
                .filter(row -> row.get("key").asText().equals("fire-safety"))
                .map(row -> row.get("requirementId").asText()).findFirst().orElseThrow();
        school.shown();
        elsewhere.shown();
        admin.caughtUp("training");
        EventStore events = new EventStore(jdbc);
        String list = "/schools/" + school.schoolId + "/training-requirements";
        Map<String, FormData> forms = Map.of(
                list + "/standard-set", FormData.create().set("on.day", "1").set("on.month", "9")
                        .set("on.year", "2025"),
                list, FormData.create().set("title", "Manual handling").set("category", "OTHER")
                        .set("audience", "EVERYONE").set("dueWithinDays", "30").set("graceDays", "0")
                        .set("source", "Policy").set("from.day", "1").set("from.month", "9").set("from.year", "2026"),
                "/training-requirements/" + requirement, FormData.create().set("title", "Fire").set("category",
                        "FIRE_SAFETY").set("audience", "EVERYONE").set("dueWithinDays", "1").set("source", "Policy")
                        .set("from.day", "1").set("from.month", "9").set("from.year", "2026"),
                "/training-requirements/" + requirement + "/withdrawal", FormData.create().set("on.day", "1")
                        .set("on.month", "9").set("on.year", "2026").set("reason", "No longer needed"));

        // the teacher is refused; to another school's HR officer, the school and its requirements are not there
        Map<UUID, Integer> refusals = Map.of(teacher, 403, elsewhere.hr, 404);
        for (UUID reader : List.of(teacher, elsewhere.hr)) {
            int status = refusals.get(reader);
            Page page = as(tab, reader);
            String csrfHeader = (String) page.evaluate("document.querySelector('meta[name=csrf-header]').content");
            String csrfToken = (String) page.evaluate("document.querySelector('meta[name=csrf-token]').content");
            for (String path : List.of(list, list + "/new", "/training-requirements/" + requirement,
                    "/training-requirements/" + requirement + "/withdrawal")) {
                assertThat(page.navigate(path).status()).as(path).isEqualTo(status);
                assertThat(page.locator("h1").innerText())
                        .isEqualTo(status == 403 ? "You cannot see this page" : "Page not found");
                assertThat(page.content()).doesNotContain(FIRE_SAFETY);
            }
            Accessibility.assertNoViolations(page);
            long before = events.lastGlobalIndex();
            forms.forEach((path, form) -> {
                APIResponse refused = page.request().post(path, RequestOptions.create()
                        .setHeader(csrfHeader, csrfToken).setForm(form).setMaxRedirects(0));
                assertThat(refused.status()).as(path).isEqualTo(status);
            });
            assertThat(events.appendedAfter(before)).isEmpty();
        }

        // the school's own HR officer gets through with the same forms: the refusals above were the access rule's
        Page page = as(tab, school.hr);
        String csrfHeader = (String) page.evaluate("document.querySelector('meta[name=csrf-header]').content");
        String csrfToken = (String) page.evaluate("document.querySelector('meta[name=csrf-token]').content");
        APIResponse accepted = page.request().post("/training-requirements/" + requirement + "/withdrawal",
                RequestOptions.create().setHeader(csrfHeader, csrfToken)
                        .setForm(forms.get("/training-requirements/" + requirement + "/withdrawal")).setMaxRedirects(0));
        assertThat(accepted.status()).isEqualTo(303);
    }
}
