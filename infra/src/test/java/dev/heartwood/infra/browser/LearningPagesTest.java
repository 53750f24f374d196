package dev.heartwood.infra.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dev.heartwood.infra.Api;
import dev.heartwood.infra.HeartwoodIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A teacher's learning through the year and the headteacher's decisions on it, in a real browser, by clicking and
 * typing: a course asked for and linked to an objective, approved from the queue (with another request declined
 * for a reason and two approved at once), completed, reflected on and evaluated, and its hours counted in the year.
 * Today is 15 July 2026.
 */
@HeartwoodIntegrationTest
@ExtendWith(Chromium.class)
class LearningPagesTest {

    @LocalServerPort
    int port;

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator card(Page page, String title) {
        return page.locator(".govuk-summary-card").filter(new Locator.FilterOptions().setHasText(title));
    }

    /**
     * Presses a button or link that opens another page (a form's answer, after its redirect) and waits until that
     * page has loaded: a large page arrives in parts, and what is read before its end would be only part of it.
     */
    @SuppressWarnings("deprecation") // waitForURL cannot tell a page from the same address loaded again
    private static void send(Locator button) {
        button.page().waitForNavigation(button::click);
    }

    private static Locator table(Page page, String caption) {
        return page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName(caption));
    }

    private static String errorBeside(Page page, String field) {
        return page.locator("#" + field + "-error").innerText();
    }

    private static void signOut(Page page) {
        button(page, "Sign out").click();
        page.waitForURL(url -> url.contains("/login"));
    }

    @Test
    void aTeacherAsksForACourseTheHeadApprovesItAndTheTeacherCompletesAndEvaluatesIt(BrowserTab tab) {
        LearningSchool school = LearningSchool.createdThrough(Api.administrator(port));
        UUID conference = school.request(school.ashaId(), "Behaviour conference", "320", "Calmer corridors");
        school.request(school.benId(), "Maths mastery network", "0", "Fluent times tables");
        school.request(school.benId(), "Reading for pleasure course", "90", "More pupils reading at home");
        school.readModelsCaughtUp();

        // the teacher asks for a course, first forgetting what it is
        Page page = tab.signInAs(Api.emailOf(school.ashaId()));
        page = tab.open("/learning");
        Accessibility.assertNoViolations(page);
        send(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Request learning")));
        assertThat(page.locator("h1").innerText()).isEqualTo("Request learning");
        Accessibility.assertNoViolations(page);
        send(button(page, "Send request"));

        assertThat(page.title()).startsWith("Error: ");
        assertThat(errorBeside(page, "title")).contains("Enter what the learning is called");
        assertThat(errorBeside(page, "intendedImpact")).contains("Say what difference the learning is meant to make");
        Accessibility.assertNoViolations(page);

        page.getByLabel("What is the learning called?").fill("Phonics leadership");
        page.getByLabel("Course", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Who provides it? (optional)").fill("English hub");
        page.getByLabel("First day").fill("2026-06-20");
        page.getByLabel("Last day").fill("2026-06-20");
        page.getByLabel("Hours it is expected to take").fill("6");
        page.getByLabel("Cost", new Page.GetByLabelOptions().setExact(true)).fill("150");
        page.getByLabel("Cover for your classes (optional)").fill("1");
        page.getByLabel("What difference is it meant to make?").fill("Year 4 read with more fluency");
        page.getByLabel(LearningSchool.OBJECTIVE).check();
        page.getByLabel(LearningSchool.PRIORITY).check();
        page.getByLabel("Day you asked for it").fill("2026-06-01");
        send(button(page, "Send request"));

        assertThat(page.locator(".govuk-notification-banner").innerText())
                .contains("Your request has been sent for a decision");
        assertThat(page.locator("h1").innerText()).isEqualTo("Phonics leadership");
        assertThat(page.locator("main").innerText()).contains("Awaiting a decision")
                .contains(LearningSchool.OBJECTIVE).contains(LearningSchool.PRIORITY);
        String phonics = page.url().substring(page.url().lastIndexOf('/') + 1);
        Accessibility.assertNoViolations(page);
        signOut(page);

        // the headteacher decides: approves it, declines the conference (first without a reason), approves two
        page = tab.signInAs(Api.emailOf(school.headteacherId()));
        page = tab.open("/approvals");
        assertThat(page.locator("h1").innerText()).isEqualTo("Learning to approve");
        Locator course = card(page, "Phonics leadership");
        assertThat(course.innerText()).contains("Asha Patel").contains("£150").contains("1 day")
                .contains("Year 4 read with more fluency");
        Accessibility.assertNoViolations(page);
        tab.screenshot("learning-approvals");

        course.getByLabel("Approve", new Locator.GetByLabelOptions().setExact(true)).check();
        course.getByLabel("Day of the decision").fill("2026-06-03");
        send(course.getByRole(AriaRole.BUTTON));
        assertThat(page.locator(".govuk-notification-banner").innerText())
                .contains("You approved Asha Patel's request for Phonics leadership");
        assertThat(card(page, "Phonics leadership").count()).isZero();

        Locator declined = card(page, "Behaviour conference");
        declined.getByLabel("Decline", new Locator.GetByLabelOptions().setExact(true)).check();
        send(declined.getByRole(AriaRole.BUTTON));
        assertThat(page.url()).endsWith("/approvals/" + conference);
        assertThat(errorBeside(page, "reason")).contains("Enter why you are declining the request");
        Accessibility.assertNoViolations(page);
        page.getByLabel("Reason, if you decline").fill("The conference clashes with moderation");
        send(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save decision")));
        assertThat(page.locator(".govuk-notification-banner").innerText())
                .contains("You declined Asha Patel's request for Behaviour conference");

        send(button(page, "Approve selected requests"));
        assertThat(page.locator("#activityIds-error").innerText()).contains("Select the requests you want to approve");
        Accessibility.assertNoViolations(page);
        card(page, "Maths mastery network").getByLabel("Select to approve with others").check();
        card(page, "Reading for pleasure course").getByLabel("Select to approve with others").check();
        page.locator("#on").fill("2026-06-03");
        send(button(page, "Approve selected requests"));
        assertThat(page.locator(".govuk-notification-banner").innerText()).contains("You approved 2 requests");
        assertThat(page.locator("main").innerText()).contains("No requests are waiting for a decision");
        Accessibility.assertNoViolations(page);
        signOut(page);

        // the teacher completes it (first dating it before the approval), reflects and evaluates it
        page = tab.signInAs(Api.emailOf(school.ashaId()));
        page = tab.open("/learning/" + phonics);
        assertThat(page.locator("main").innerText()).contains("Approved on 3 June 2026");
        page.getByLabel("Day you completed it").fill("2026-06-02");
        send(button(page, "Record completion"));
        assertThat(errorBeside(page, "completedOn")).contains("before the approval on 2026-06-03");
        Accessibility.assertNoViolations(page);
        page.getByLabel("Day you completed it").fill("2026-06-20");
        page.getByLabel("Hours it took").fill("6.5");
        send(button(page, "Record completion"));
        assertThat(page.locator(".govuk-notification-banner").innerText())
                .contains("Your learning is recorded as completed");
        assertThat(page.locator("main").innerText()).contains("Completed").contains("20 June 2026");

        page.getByLabel("Your reflection").fill("Older readers need decodable texts that respect their age.");
        send(button(page, "Save reflection"));
        assertThat(page.locator(".govuk-inset-text").innerText()).contains("decodable texts");

        send(button(page, "Add evaluation"));
        assertThat(errorBeside(page, "level")).contains("Choose the level you are judging");
        assertThat(errorBeside(page, "judgement")).contains("Choose how much impact you have seen");
        assertThat(errorBeside(page, "note")).contains("Say what shows the impact");
        Accessibility.assertNoViolations(page);
        page.getByLabel("1. Reactions").check();
        page.getByLabel("Strong").check();
        page.getByLabel("What shows it?").fill("All four sessions rated highly by the group");
        send(button(page, "Add evaluation"));
        assertThat(table(page, "Evaluations of its impact").innerText()).contains("1. Reactions").contains("Strong")
                .contains("All four sessions rated highly");

        send(button(page, "Take away the link to " + LearningSchool.OBJECTIVE));
        assertThat(page.locator("main").innerText()).contains("Link taken away from objective: "
                + LearningSchool.OBJECTIVE);
        page.getByLabel("Link it to").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel(LearningSchool.NEED));
        send(button(page, "Add link"));
        assertThat(page.locator(".govuk-summary-list").last().innerText()).contains(LearningSchool.NEED);
        Accessibility.assertNoViolations(page);
        tab.screenshot("learning-activity");

        // and sees the hours it added to the year
        school.readModelsCaughtUp();
        page = tab.open("/learning");
        Locator years = table(page, "Learning you completed");
        assertThat(years.innerText()).contains("2025/26").contains("6.5").contains("£150");
        assertThat(page.locator("main").innerText()).contains("Phonics leadership").contains("Declined");
        Accessibility.assertNoViolations(page);
        tab.screenshot("learning-mine");
    }

    @Test
    void aTeacherRecordsLearningAlreadyDoneLinkedToTheirDevelopmentNeed(BrowserTab tab) {
        LearningSchool school = LearningSchool.createdThrough(Api.administrator(port));
        school.readModelsCaughtUp();

        Page page = tab.signInAs(Api.emailOf(school.ashaId()));
        page = tab.open("/learning");
        assertThat(page.locator("main").innerText()).contains("You have not asked for or recorded any learning yet");
        send(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record learning you have done")));
        assertThat(page.locator("h1").innerText()).isEqualTo("Record learning you have done");
        page.getByLabel("What was the learning called?").fill("Reading Reconsidered");
        page.getByLabel("Reading", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("First day").fill("2026-05-04");
        page.getByLabel("Day you completed it").fill("2026-05-01");
        page.getByLabel("Hours it took").fill("a few");
        page.getByLabel(LearningSchool.NEED).check();
        send(button(page, "Record learning"));

        assertThat(page.title()).startsWith("Error: ");
        assertThat(errorBeside(page, "hours")).contains("Enter a number, like 6 or 6.5");
        assertThat(page.getByLabel("What was the learning called?").inputValue()).isEqualTo("Reading Reconsidered");
        assertThat(page.getByLabel(LearningSchool.NEED).isChecked()).isTrue();
        Accessibility.assertNoViolations(page);

        page.getByLabel("Hours it took").fill("4");
        send(button(page, "Record learning"));
        assertThat(errorBeside(page, "completedOn")).contains("cannot end before it starts");
        Accessibility.assertNoViolations(page);

        page.getByLabel("Day you completed it").fill("2026-05-25");
        send(button(page, "Record learning"));
        assertThat(page.locator(".govuk-notification-banner").innerText()).contains("Your learning has been recorded");
        assertThat(page.locator("h1").innerText()).isEqualTo("Reading Reconsidered");
        assertThat(page.locator("main").innerText()).contains("Completed").contains("25 May 2026")
                .contains(LearningSchool.NEED);

        school.readModelsCaughtUp();
        page = tab.open("/learning");
        assertThat(page.locator("main").innerText()).contains("Reading Reconsidered");
        assertThat(table(page, "Learning you completed").innerText()).contains("2025/26").contains("4");
    }

    @Test
    void anotherPersonsLearningCannotBeReachedByItsAddress(BrowserTab tab) {
        LearningSchool school = LearningSchool.createdThrough(Api.administrator(port));
        UUID bens = school.request(school.benId(), "Maths mastery network", "0", "Fluent times tables");
        school.readModelsCaughtUp();

        Page page = tab.signInAs(Api.emailOf(school.ashaId()));
        Response response = page.navigate("/learning/" + bens);

        assertThat(response.status()).isIn(403, 404);
        assertThat(page.locator("h1").innerText()).isIn("You cannot see this page", "Page not found");
        assertThat(page.locator("main").innerText()).doesNotContain("Maths mastery network");
        Accessibility.assertNoViolations(page);
    }

    @Test
    void aTeacherReachesNoApprovalsQueue(BrowserTab tab) {
        LearningSchool school = LearningSchool.createdThrough(Api.administrator(port));
        UUID bens = school.request(school.benId(), "Maths mastery network", "0", "Fluent times tables");
        school.readModelsCaughtUp();

        tab.signInAs(Api.emailOf(school.ashaId()));
        Page page = tab.open("/learning");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Learning to approve")).count())
                .isZero();
        Response queue = page.navigate("/approvals");
        assertThat(queue.status()).isEqualTo(403);
        assertThat(page.locator("h1").innerText()).isEqualTo("You cannot see this page");
        Accessibility.assertNoViolations(page);

        Response request = page.navigate("/approvals/" + bens);
        assertThat(request.status()).isEqualTo(403);
        assertThat(page.locator("main").innerText()).doesNotContain("Maths mastery network");
    }
}
