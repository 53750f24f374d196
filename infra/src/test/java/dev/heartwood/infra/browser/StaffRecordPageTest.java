package dev.heartwood.infra.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import dev.heartwood.infra.Api;
import dev.heartwood.infra.HeartwoodIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.UUID;

import static dev.heartwood.infra.browser.Oakfield.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's record in a real browser: HR changes a line manager and corrects an address (and is refused a
 * colleague's, beside the field), ticks roles and changes a category, a headteacher records a leaving; no one changes
 * their own record, a teacher no one's, and no one reaches another school's people; the record leads to the person's
 * objectives and learning over the years for whoever may open them.
 */
@HeartwoodIntegrationTest
@ExtendWith(Chromium.class)
class StaffRecordPageTest {

    @LocalServerPort
    int port;

    /** The value beside a key of the record's summary list. */
    private static String valueOf(Page page, String key) {
        return page.locator("xpath=//dt[normalize-space()='" + key + "']/following-sibling::dd[1]").innerText();
    }

    private static void click(Page page, AriaRole role, String name) {
        page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    @Test
    void aHeadteacherFollowsARecordToThePersonsObjectivesAndLearningWhichASeniorLeaderIsNotOfferedForTheHeads(
            BrowserTab tab) {
        StaffedSchool school = StaffedSchool.named(port, "Maple Academy");
        UUID ben = school.teacher("Ben Okafor", "T" + StaffedSchool.shortId());
        UUID dana = school.teacher("Dana Reid", "T" + StaffedSchool.shortId());
        Api head = Api.asStaff(port, school.headteacher);
        head.expect(204, head.put("/api/staff/" + dana + "/access/SENIOR_LEADER", ""));
        school.shown();
        String objectivesAndLearning = "Objectives and learning over the years";

        as(tab, school.headteacher);
        Page page = tab.open("/staff/" + ben);
        Accessibility.assertNoViolations(page);
        click(page, AriaRole.LINK, objectivesAndLearning);
        assertThat(page.url()).endsWith("/staff/" + ben + "/objectives-and-learning");
        assertThat(page.locator("h1").innerText()).isEqualTo(objectivesAndLearning);
        assertThat(page.locator("main").innerText()).contains("Ben Okafor");

        // the headteacher's own appraisals are kept from the senior leader, who still reads the head's record
        as(tab, dana);
        page = tab.open("/staff/" + school.headteacher);
        assertThat(page.locator("h1").allInnerTexts()).containsExactly("Helen Ward");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(objectivesAndLearning))
                .count()).isZero();
        Accessibility.assertNoViolations(page);
        assertThat(page.navigate("/staff/" + school.headteacher + "/objectives-and-learning").status())
                .isEqualTo(403);
        page = tab.open("/staff/" + ben);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(objectivesAndLearning))
                .count()).isOne();
    }

    @Test
    void hrChangesALineManagerAndCorrectsAnAddressButNotToAColleagues(BrowserTab tab) {
        StaffedSchool school = StaffedSchool.named(port, "Oakfield Academy");
        UUID ben = school.teacher("Ben Okafor", "T" + StaffedSchool.shortId());
        UUID cara = school.teacher("Cara Diaz", "T" + StaffedSchool.shortId());
        school.shown();
        tab.signInAs(Api.emailOf(school.hr));

        Page page = tab.open("/staff/" + ben);
        assertThat(page.locator("h1").allInnerTexts()).containsExactly("Ben Okafor");
        assertThat(valueOf(page, "Line manager")).isEqualTo("None");
        assertThat(valueOf(page, "Category")).isEqualTo("Teacher");
        Accessibility.assertNoViolations(page);

        click(page, AriaRole.LINK, "Change line manager");
        assertThat(page.locator("h1").allInnerTexts()).containsExactly("Change line manager");
        assertThat(page.getByLabel("Line manager").locator("option").allInnerTexts()).doesNotContain("Ben Okafor "
                + "(Teacher)").contains("Cara Diaz (Teacher)", "Helen Ward (Headteacher)");
        Accessibility.assertNoViolations(page);
        page.getByLabel("Line manager").selectOption(new SelectOption().setLabel("Cara Diaz (Teacher)"));
        click(page, AriaRole.BUTTON, "Save");

        assertThat(page.url()).endsWith("/staff/" + ben);
        assertThat(page.locator(".govuk-notification-banner").innerText())
                .contains("Line manager changed to Cara Diaz from 15 July 2026");
        assertThat(valueOf(page, "Line manager")).isEqualTo("Cara Diaz");
        Accessibility.assertNoViolations(page);
        tab.screenshot("staff-record");

        click(page, AriaRole.LINK, "Change e-mail address");
        page.getByLabel("E-mail address").fill(Api.emailOf(cara).toUpperCase());
        click(page, AriaRole.BUTTON, "Save");
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.locator("#email-error").innerText())
                .contains("Another current member of staff of this trust or school has that e-mail address");
        assertThat(page.locator(".govuk-error-summary").innerText())
                .contains("Another current member of staff of this trust or school has that e-mail address");
        Accessibility.assertNoViolations(page);
        tab.screenshot("staff-record-refused");
        page.getByLabel("E-mail address").fill("ben.okafor@oakfield.example");
        click(page, AriaRole.BUTTON, "Save");

        assertThat(page.locator(".govuk-notification-banner").innerText())
                .contains("Name and e-mail address saved");
        assertThat(valueOf(page, "E-mail address")).isEqualTo("ben.okafor@oakfield.example");
    }

    @Test
    void aFormShowsEachMissingOrWrongAnswerBesideItsField(BrowserTab tab) {
        StaffedSchool school = StaffedSchool.named(port, "Hawthorn Primary");
        UUID ben = school.teacher("Ben Okafor", "T" + StaffedSchool.shortId());
        school.shown();
        tab.signInAs(Api.emailOf(school.hr));

        Page page = tab.open("/staff/" + ben + "/fte");
        page.getByLabel("Full-time equivalent (FTE)").fill("1.5");
        page.getByLabel("Day").fill("31");
        page.getByLabel("Month").fill("2");
        click(page, AriaRole.BUTTON, "Save");

        assertThat(page.locator("#fte-error").innerText()).contains("more than 0 and at most 1");
        assertThat(page.locator("#from-error").innerText()).contains("Enter the day the FTE changes");
        assertThat(page.locator(".govuk-error-summary a").allInnerTexts()).hasSize(2);
        Accessibility.assertNoViolations(page);
        page.getByLabel("Full-time equivalent (FTE)").fill("0.6");
        page.getByLabel("Day").fill("1");
        page.getByLabel("Month").fill("9");
        click(page, AriaRole.BUTTON, "Save");

        assertThat(page.locator(".govuk-notification-banner").innerText())
                .contains("Full-time equivalent changed to 0.6 from 1 September 2026");
        assertThat(valueOf(page, "Full-time equivalent (FTE)")).isEqualTo("0.6");
    }

    @Test
    void hrGivesRolesByTickingThemAndChangesACategory(BrowserTab tab) {
        StaffedSchool school = StaffedSchool.named(port, "Sycamore Academy");
        UUID eve = school.person("Eve Hart", "E" + StaffedSchool.shortId(), "EARLY_CAREER_TEACHER");
        school.shown();
        tab.signInAs(Api.emailOf(school.hr));

        Page page = tab.open("/staff/" + eve);
        assertThat(valueOf(page, "Roles")).isEqualTo("None");
        click(page, AriaRole.LINK, "Change roles");
        assertThat(page.locator("h1").allInnerTexts()).containsExactly("Change roles");
        Accessibility.assertNoViolations(page);
        page.getByLabel("Designated safeguarding lead (DSL)").check();
        page.getByLabel("First aider", new Page.GetByLabelOptions().setExact(true)).check();
        click(page, AriaRole.BUTTON, "Save");

        assertThat(page.locator(".govuk-notification-banner").innerText()).contains("Roles changed from 15 July 2026");
        assertThat(valueOf(page, "Roles").lines())
                .containsExactly("Designated safeguarding lead (DSL)", "First aider");
        click(page, AriaRole.LINK, "Change category");
        assertThat(page.getByLabel("Staff category").inputValue()).isEqualTo("EARLY_CAREER_TEACHER");
        Accessibility.assertNoViolations(page);
        page.getByLabel("Staff category").selectOption(new SelectOption().setLabel("Teacher"));
        click(page, AriaRole.BUTTON, "Save");

        assertThat(page.locator(".govuk-notification-banner").innerText())
                .contains("Category changed to Teacher from 15 July 2026");
        assertThat(valueOf(page, "Category")).isEqualTo("Teacher");
    }

    @Test
    void aHeadteacherRecordsSomeonesLeavingAfterWhichTheRecordIsNotChanged(BrowserTab tab) {
        StaffedSchool school = StaffedSchool.named(port, "Ashgrove Academy");
        UUID dev = school.teacher("Dev Okonjo", "T" + StaffedSchool.shortId());
        school.shown();
        tab.signInAs(Api.emailOf(school.headteacher));

        Page page = tab.open("/staff/" + dev);
        click(page, AriaRole.BUTTON, "Record leaving");
        assertThat(page.locator("h1").allInnerTexts()).containsExactly("Record leaving");
        click(page, AriaRole.BUTTON, "Record leaving");
        assertThat(page.locator("#leaveDate-error").innerText()).contains("Enter their last day");
        Accessibility.assertNoViolations(page);
        page.getByLabel("Day").fill("31");
        page.getByLabel("Month").fill("8");
        page.getByLabel("Year").fill("2026");
        click(page, AriaRole.BUTTON, "Record leaving");

        assertThat(page.locator(".govuk-notification-banner").innerText())
                .contains("Leaving recorded: their last day is 31 August 2026");
        assertThat(valueOf(page, "Last day")).isEqualTo("31 August 2026");
        assertThat(page.locator(".govuk-summary-list__actions").count()).isZero();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record leaving")).count())
                .isZero();
    }

    @Test
    void aLeaderReadsTheirOwnRecordButChangesNothingOnIt(BrowserTab tab) {
        StaffedSchool school = StaffedSchool.named(port, "Maple Academy");
        school.shown();
        tab.signInAs(Api.emailOf(school.headteacher));
        Page page = tab.page();

        assertThat(tab.open("/staff/" + school.headteacher).locator("h1").innerText()).isEqualTo("Helen Ward");
        assertThat(page.locator(".govuk-summary-list__actions").count()).isZero();
        assertThat(page.navigate("/staff/" + school.headteacher + "/details").status()).isEqualTo(403);
    }

    @Test
    void aTeacherReachesNoOneElsesRecordAndNoForm(BrowserTab tab) {
        StaffedSchool school = StaffedSchool.named(port, "Willow Primary");
        UUID teacher = school.teacher("Tom Reed", "T" + StaffedSchool.shortId());
        UUID colleague = school.teacher("Uma Shah", "T" + StaffedSchool.shortId());
        school.shown();
        tab.signInAs(Api.emailOf(teacher));
        Page page = tab.page();

        for (String path : new String[] {"/staff/" + colleague, "/staff/" + colleague + "/line-manager",
                "/staff/" + teacher + "/details", "/staff/" + teacher + "/leaving"}) {
            assertThat(page.navigate(path).status()).as(path).isEqualTo(403);
            assertThat(page.content()).doesNotContain("Uma Shah");
        }
        Accessibility.assertNoViolations(page);
    }

    @Test
    void noOneReachesAnotherSchoolsPeople(BrowserTab tab) {
        StaffedSchool school = StaffedSchool.named(port, "Beech Primary");
        StaffedSchool elsewhere = StaffedSchool.named(port, "Elmside Primary");
        UUID stranger = elsewhere.teacher("Zoe Park", "T" + StaffedSchool.shortId());
        elsewhere.shown();
        tab.signInAs(Api.emailOf(school.hr));
        Page page = tab.page();

        for (String path : new String[] {"/staff/" + stranger, "/staff/" + stranger + "/line-manager",
                "/staff/" + stranger + "/leaving"}) {
            assertThat(page.navigate(path).status()).as(path).isEqualTo(404);
            assertThat(page.locator("h1").allInnerTexts()).containsExactly("Page not found");
            assertThat(page.content()).doesNotContain("Zoe Park");
        }
        Accessibility.assertNoViolations(page);
    }
}
