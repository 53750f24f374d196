package dev.heartwood.infra.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import dev.heartwood.infra.Api;
import dev.heartwood.infra.HeartwoodIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Finding a person on the staff, in a real browser: HR by part of a name, by e-mail address and by MIS id, a trust's leader in the
 * school they choose; no one else, and no one at a school they do not look after.
 */
@HeartwoodIntegrationTest
@ExtendWith(Chromium.class)
class StaffSearchPageTest {

    @LocalServerPort
    int port;

    private static void search(Page page, String words) {
        page.getByLabel("Name, e-mail address or MIS id").fill(words);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
    }

    private static List<String> namesFound(Page page) {
        return page.locator("table tbody tr td:first-child").allInnerTexts();
    }

    @Test
    void hrFindsAPersonByPartOfTheirNameByTheirAddressAndByTheirMisIdAndOpensTheirRecord(BrowserTab tab) {
        StaffedSchool school = StaffedSchool.named(port, "Oakfield Academy");
        String misId = "T" + StaffedSchool.shortId();
        school.teacher("Ben Okafor", misId);
        UUID cara = school.teacher("Cara Diaz", "T" + StaffedSchool.shortId());
        school.teacher("Dev Okonjo", "T" + StaffedSchool.shortId());
        school.shown();
        tab.signInAs(Api.emailOf(school.hr));

        Page page = tab.open("/staff");
        assertThat(page.locator("h1").allInnerTexts()).containsExactly("Staff");
        assertThat(page.locator(".govuk-caption-l").innerText()).isEqualTo("Oakfield Academy");
        assertThat(namesFound(page)).containsExactly("Ben Okafor", "Cara Diaz", "Dev Okonjo", "Helen Ward",
                "Hugo Marsh");
        search(page, "oko");
        assertThat(namesFound(page)).containsExactly("Dev Okonjo");
        search(page, "OKA");
        assertThat(namesFound(page)).containsExactly("Ben Okafor");
        assertThat(page.locator("h2").first().innerText()).isEqualTo("1 person");
        Accessibility.assertNoViolations(page);
        search(page, Api.emailOf(cara).toUpperCase());
        assertThat(namesFound(page)).containsExactly("Cara Diaz");
        search(page, misId.substring(1).toLowerCase());
        assertThat(namesFound(page)).containsExactly("Ben Okafor");
        assertThat(page.locator("table tbody tr").first().innerText()).contains(misId).contains("Teacher");
        tab.screenshot("staff-search");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ben Okafor")).click();
        assertThat(page.locator("h1").allInnerTexts()).containsExactly("Ben Okafor");
    }

    @Test
    void aSearchKeepsToACategoryAndToLeaversAndSaysWhenNoOneMatches(BrowserTab tab) {
        StaffedSchool school = StaffedSchool.named(port, "Larch Primary");
        school.teacher("Ada Lowe", "T" + StaffedSchool.shortId());
        UUID leaver = school.person("Bea Lowe", "S" + StaffedSchool.shortId(), "SUPPORT_STAFF");
        Api admin = Api.administrator(port);
        admin.expect(204, admin.put("/api/staff/" + leaver + "/leaving", """
                {"leaveDate": "2026-04-30"}"""));
        school.shown();
        tab.signInAs(Api.emailOf(school.headteacher));
        Page page = tab.open("/staff");

        search(page, "lowe");
        assertThat(namesFound(page)).containsExactly("Ada Lowe");
        page.getByLabel("Show").selectOption("LEAVERS");
        search(page, "lowe");
        assertThat(namesFound(page)).containsExactly("Bea Lowe");
        assertThat(page.locator("table tbody tr").first().innerText()).contains("30 Apr 2026");
        page.getByLabel("Show").selectOption("ALL");
        page.getByLabel("Category").selectOption(new SelectOption().setLabel("Teacher"));
        search(page, "lowe");
        assertThat(namesFound(page)).containsExactly("Ada Lowe");
        search(page, "nobody of that name");
        assertThat(page.locator("h2").first().innerText()).isEqualTo("0 people");
        assertThat(page.getByText("No one matches").isVisible()).isTrue();
        Accessibility.assertNoViolations(page);

        search(page, "x".repeat(201));
        assertThat(page.locator("#q-error").innerText()).contains("Enter at most 200 characters");
        assertThat(page.title()).startsWith("Error: ");
        Accessibility.assertNoViolations(page);
    }

    @Test
    void aTrustLeaderChoosesWhichOfTheTrustsSchoolsToSearch(BrowserTab tab) {
        UUID trust = StaffedSchool.trust(port, "Hazel Trust");
        StaffedSchool birch = StaffedSchool.inTrust(port, trust, "Birch Academy");
        StaffedSchool cedar = StaffedSchool.inTrust(port, trust, "Cedar Academy");
        cedar.teacher("Iris Cole", "T" + StaffedSchool.shortId());
        Api admin = Api.administrator(port);
        admin.expect(204, admin.put("/api/staff/" + birch.headteacher + "/access/TRUST_LEADER?scope=TRUST", ""));
        cedar.shown();
        tab.signInAs(Api.emailOf(birch.headteacher));

        Page page = tab.open("/staff");
        assertThat(page.getByLabel("School").locator("option").allInnerTexts())
                .containsExactly("Choose a school", "Birch Academy", "Cedar Academy");
        assertThat(page.locator("table").count()).isZero();
        Accessibility.assertNoViolations(page);
        page.getByLabel("School").selectOption(new SelectOption().setLabel("Cedar Academy"));
        search(page, "cole");

        assertThat(page.locator(".govuk-caption-l").innerText()).isEqualTo("Cedar Academy");
        assertThat(namesFound(page)).containsExactly("Iris Cole");
    }

    @Test
    void aTeacherHasNoStaffToSearch(BrowserTab tab) {
        StaffedSchool school = StaffedSchool.named(port, "Rowan Primary");
        UUID teacher = school.teacher("Tom Reed", "T" + StaffedSchool.shortId());
        school.shown();
        tab.signInAs(Api.emailOf(teacher));
        Page page = tab.page();

        assertThat(page.navigate("/staff").status()).isEqualTo(403);
        assertThat(page.locator("h1").allInnerTexts()).containsExactly("You cannot see this page");
        Accessibility.assertNoViolations(page);
        assertThat(page.navigate("/staff?school=" + school.schoolId).status()).isEqualTo(403);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Staff").setExact(true)).count()).isZero();
    }

    @Test
    void hrSearchesNoOtherSchool(BrowserTab tab) {
        StaffedSchool school = StaffedSchool.named(port, "Rowan Primary");
        StaffedSchool elsewhere = StaffedSchool.named(port, "Elmside Primary");
        elsewhere.shown();
        tab.signInAs(Api.emailOf(school.hr));
        Page page = tab.page();

        assertThat(page.navigate("/staff?school=" + elsewhere.schoolId).status()).isEqualTo(404);
        assertThat(page.locator("h1").allInnerTexts()).containsExactly("Page not found");
        assertThat(page.content()).doesNotContain("Elmside");
        assertThat(page.navigate("/staff?school=not-a-school").status()).isEqualTo(404);
    }
}
