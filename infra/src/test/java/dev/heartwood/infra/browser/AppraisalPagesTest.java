package dev.heartwood.infra.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dev.heartwood.infra.Api;
import dev.heartwood.infra.HeartwoodIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static dev.heartwood.infra.browser.Oakfield.as;
import static dev.heartwood.infra.browser.Oakfield.caughtUp;
import static dev.heartwood.infra.browser.Oakfield.main;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A teacher's appraisal year and her appraiser's work, done in the browser by clicking and typing: the appraiser sets
 * an objective, both agree it, the teacher writes a confidential note and refers to evidence, the appraiser holds the
 * mid-year review and records a development need, the teacher writes her self-review, the appraiser holds the final
 * review, records the outcome and writes the report, both sign it off and the appraiser completes it. Each step is
 * checked on the page that follows it, every page and every refused form is checked by axe, and no one else reaches
 * the appraisal by its address.
 */
@HeartwoodIntegrationTest
@ExtendWith(Chromium.class)
class AppraisalPagesTest {

    @LocalServerPort
    int port;

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private static String banner(Page page) {
        return page.locator(".govuk-notification-banner").innerText();
    }

    /** A step of the appraisal, sent from its form: back on the appraisal, saying what was done. */
    private static void sent(Page page, String button, String done) {
        button(page, button).click();
        assertThat(banner(page)).contains(done);
        assertThat(page.locator("h1").allInnerTexts()).hasSize(1);
        Accessibility.assertNoViolations(page);
    }

    @Test
    void aTeachersYearAndHerAppraisersWorkAreDoneByClickingAndTyping(BrowserTab tab) {
        Oakfield school = Oakfield.open(port, "NOT_PERFORMANCE_RELATED");
        Api admin = Api.administrator(port);

        // the appraiser finds his appraisee waiting for her objectives, late against the cycle's deadline
        Page page = as(tab, school.appraiser());
        assertThat(main(page)).contains("Set Asha Patel's objectives").contains("By 31 October 2025")
                .contains("days late");
        Accessibility.assertNoViolations(page);
        page = tab.open("/appraisees");
        assertThat(page.locator("caption").allInnerTexts()).containsExactly("Objectives to set (1)");
        Accessibility.assertNoViolations(page);
        tab.screenshot("appraisal-appraisees");
        link(page, "Asha Patel").click();
        assertThat(page.locator("h1").innerText()).isEqualTo("Asha Patel's appraisal, 2025/26");
        assertThat(main(page)).contains("No objectives have been set yet.");
        Accessibility.assertNoViolations(page);

        // he sets an objective: refused while empty, with each problem beside its field
        button(page, "Set an objective").click();
        button(page, "Set the objective").click();
        assertThat(page.title()).startsWith("Error: ");
        assertThat(page.locator(".govuk-error-summary__list li").allInnerTexts())
                .containsExactly("Enter the objective", "Say how you will both know the objective is met");
        assertThat(page.locator("#title-error").innerText()).contains("Enter the objective");
        Accessibility.assertNoViolations(page);
        tab.screenshot("appraisal-objective-refused");
        field(page, "Objective").fill("Raise Year 4 reading fluency");
        field(page, "Success criteria").fill("Every pupil reads 90 words a minute by July\nSeen in reading checks");
        field(page, "TS4: Plan and teach well structured lessons").check();
        field(page, "Reading for pleasure").check();
        field(page, "When was it set?").fill("2025-10-01");
        sent(page, "Set the objective", "The objective is set");
        assertThat(main(page)).contains("Raise Year 4 reading fluency").contains("Seen in reading checks")
                .contains("TS4: Plan and teach well structured lessons").contains("Reading for pleasure")
                .contains("1 October 2025");

        // a day in the future is refused beside the day, by the appraisal's own rule
        button(page, "Agree the objectives").click();
        field(page, "When did you agree them?").fill("2026-07-16");
        button(page, "Agree the objectives").click();
        assertThat(page.locator("#on-error").innerText()).contains("has not happened yet");
        Accessibility.assertNoViolations(page);
        field(page, "When did you agree them?").fill("2025-10-03");
        sent(page, "Agree the objectives", "You have agreed the objectives");
        assertThat(main(page)).contains("Agreed the objectives on 3 October 2025");

        // the teacher is asked to agree them, and does
        caughtUp(admin);
        page = as(tab, school.teacher());
        assertThat(page.locator("h1").innerText()).isEqualTo("What needs you");
        assertThat(main(page)).contains("Agree your objectives").contains("By 31 October 2025");
        Accessibility.assertNoViolations(page);
        tab.screenshot("appraisal-home");
        link(page, "Agree your objectives").click();
        assertThat(main(page)).contains("Raise Year 4 reading fluency");
        field(page, "When did you agree them?").fill("2025-10-04");
        sent(page, "Agree the objectives", "You have agreed the objectives");
        assertThat(page.locator("h1").innerText()).isEqualTo("Your appraisal, 2025/26");

        // she writes a note only the two of them may read
        button(page, "Add a progress note").click();
        field(page, "Note").fill("Guided reading groups are going well");
        field(page, "Confidential").check();
        sent(page, "Add the note", "Your progress note is added");
        assertThat(main(page)).contains("Guided reading groups are going well").contains("Confidential")
                .contains("by Asha Patel");
        button(page, "Add a reference to evidence").click();
        field(page, "What the evidence shows").fill("Reading ages of the Year 4 groups");
        field(page, "Where it is kept").fill("Year 4 shared drive");
        sent(page, "Add the reference", "Your reference to evidence is added");
        assertThat(main(page)).contains("Reading ages of the Year 4 groups").contains("Kept at: Year 4 shared drive");

        // the appraiser reads it and holds the mid-year review
        page = as(tab, school.appraiser());
        page = tab.open("/appraisals/" + school.appraisalId());
        assertThat(main(page)).contains("Guided reading groups are going well");
        link(page, "Record the mid-year review").click();
        field(page, "When was it held?").fill("2026-02-10");
        field(page, "Summary (optional)").fill("On track: fluency up in every group");
        sent(page, "Save the mid-year review", "The mid-year review is recorded");
        assertThat(main(page)).contains("Held on 10 February 2026").contains("On track: fluency up in every group");
        button(page, "Record a development need").click();
        field(page, "Development need").fill("Leading phonics across Key Stage 2");
        field(page, "When was it identified?").fill("2026-02-10");
        sent(page, "Record the need", "The development need is recorded");
        assertThat(main(page)).contains("Leading phonics across Key Stage 2");

        // the teacher is asked for her self-review, and writes it
        caughtUp(admin);
        page = as(tab, school.teacher());
        link(page, "Write your self-review").click();
        field(page, "Your reflection on the year").fill("My questioning improved");
        field(page, "When did you write it?").fill("2026-07-01");
        sent(page, "Submit your self-review", "Your self-review is submitted");
        assertThat(main(page)).contains("Submitted on 1 July 2026").contains("My questioning improved");

        // the appraiser holds the final review, records the outcome and writes the report, and signs it off
        page = as(tab, school.appraiser());
        page = tab.open("/appraisals/" + school.appraisalId());
        link(page, "Record the final review").click();
        field(page, "When was it held?").fill("2026-07-10");
        sent(page, "Save the final review", "The final review is recorded");
        assertThat(main(page)).contains("Held on 10 July 2026; the objectives are now fixed");
        assertThat(button(page, "Set an objective").count()).isZero();
        link(page, "Record the outcome of objective 1").click();
        button(page, "Record the outcome").click();
        assertThat(page.locator("#outcome-error").innerText()).contains("Choose how the objective ended the year");
        Accessibility.assertNoViolations(page);
        field(page, "Met").check();
        field(page, "Comment (optional)").fill("Fluency up 20 words a minute");
        field(page, "When was it recorded?").fill("2026-07-10");
        sent(page, "Record the outcome", "The objective's outcome is recorded");
        assertThat(main(page)).contains("Fluency up 20 words a minute");
        link(page, "Write the report").click();
        field(page, "Report").fill("A strong year of reading");
        field(page, "When was it issued?").fill("2026-07-11");
        sent(page, "Issue the report", "The report is issued");
        assertThat(main(page)).contains("Issued on 11 July 2026").contains("A strong year of reading");
        button(page, "Sign off the report").click();
        field(page, "When did you sign it off?").fill("2026-07-12");
        sent(page, "Sign off the report", "You have signed off the report");

        // the teacher signs it off
        page = as(tab, school.teacher());
        page = tab.open("/appraisal");
        assertThat(page.url()).endsWith("/appraisals/" + school.appraisalId());
        button(page, "Sign off the report").click();
        field(page, "Comment (optional)").fill("Thank you for the support");
        field(page, "When did you sign it off?").fill("2026-07-13");
        sent(page, "Sign off the report", "You have signed off the report");
        assertThat(main(page)).contains("On 13 July 2026").contains("Thank you for the support");
        tab.screenshot("appraisal-mine");

        // and the appraiser completes the appraisal, whose history says who did what and when
        page = as(tab, school.appraiser());
        page = tab.open("/appraisals/" + school.appraisalId());
        button(page, "Complete the appraisal").click();
        field(page, "When was it completed?").fill("2026-07-14");
        sent(page, "Complete the appraisal", "The appraisal is complete");
        assertThat(page.locator(".govuk-summary-list").first().innerText()).contains("Completed")
                .contains("on 14 July 2026");
        Locator history = page.locator("#history + p + table");
        assertThat(history.innerText()).contains("Appraisal completed\t14 July 2026").contains("Ben Okafor (you)")
                .contains("Progress note added (confidential)").contains("Asha Patel (appraisee)")
                .contains("Objectives agreed (appraisee)\t4 October 2025")
                .doesNotContain("Guided reading groups are going well");
        tab.screenshot("appraisal-appraiser");
    }

    @Test
    void aTeacherWhoCannotAgreeSaysSoInWritingAndHerAppraiserRevisesTheObjective(BrowserTab tab) {
        Oakfield school = Oakfield.open(port, "NOT_PERFORMANCE_RELATED");
        Api admin = Api.administrator(port);
        admin.expect(201, admin.setObjective(school.appraisalId(), UUID.randomUUID(), "Lead the reading scheme"));

        // she says why she disagrees, today as the form offers (the objective was set today): refused while empty
        Page page = as(tab, school.teacher());
        page = tab.open("/appraisal");
        button(page, "Record a disagreement").click();
        button(page, "Record the disagreement").click();
        assertThat(page.locator("#statement-error").innerText()).contains("Say what you disagree with and why");
        Accessibility.assertNoViolations(page);
        field(page, "What you disagree with, and why").fill("Leading the scheme is a senior leader's work");
        sent(page, "Record the disagreement", "Your disagreement with the objectives is recorded");
        assertThat(main(page)).contains("Disagreement, ").contains("Leading the scheme is a senior leader's work");

        // her appraiser revises it, which needs a reason, and both are asked to agree again
        page = as(tab, school.appraiser());
        page = tab.open("/appraisals/" + school.appraisalId());
        link(page, "Revise objective 1").click();
        field(page, "Objective").fill("Support the reading lead in Year 4");
        button(page, "Revise the objective").click();
        assertThat(page.locator("#reason-error").innerText()).contains("Say why the objective is revised");
        Accessibility.assertNoViolations(page);
        field(page, "Why it is revised").fill("Leading the scheme belongs to the reading lead");
        sent(page, "Revise the objective", "The objective is revised: both of you agree the objectives again");
        assertThat(main(page)).contains("Support the reading lead in Year 4").contains("revised once")
                .doesNotContain("Lead the reading scheme");
        assertThat(button(page, "Agree the objectives").count()).isOne();
    }

    @Test
    void theAppraisalAsItStoodOnADayShowsWhatHadBeenRecordedByThen(BrowserTab tab) {
        Oakfield school = Oakfield.open(port, "NOT_PERFORMANCE_RELATED");
        Api.administrator(port).expect(201, Api.administrator(port).setObjective(school.appraisalId(),
                UUID.randomUUID(), "Raise Year 4 reading fluency"));
        // events carry the instant they were recorded: today, on the machine's clock
        LocalDate recorded = LocalDate.now(ZoneId.of("Europe/London"));

        Page page = as(tab, school.teacher());
        page = tab.open("/appraisals/" + school.appraisalId());
        page.locator("#on").fill(recorded.minusDays(1).toString());
        button(page, "Show the appraisal as it stood").click();
        assertThat(main(page)).contains("Nothing had been recorded about this appraisal by the end of that day.");
        Accessibility.assertNoViolations(page);

        page.locator("#on").fill(recorded.toString());
        button(page, "Show the appraisal as it stood").click();
        assertThat(main(page)).contains("Objectives as they then stood").contains("Raise Year 4 reading fluency")
                .contains("TS4: Plan and teach well structured lessons");
        Accessibility.assertNoViolations(page);
        tab.screenshot("appraisal-as-it-stood");

        page.locator("#on").fill("");
        button(page, "Show the appraisal as it stood").click();
        assertThat(page.locator("#on-error").innerText()).contains("Enter the day");
        Accessibility.assertNoViolations(page);
    }

    @Test
    void aLeaderReadsTheAppraisalWithoutItsConfidentialTextOrItsPayAndChangesNothing(BrowserTab tab) {
        Oakfield school = Oakfield.open(port, "PERFORMANCE_RELATED");
        UUID headteacher = UUID.randomUUID();
        Api admin = Api.administrator(port);
        admin.expect(201, admin.registerStaff(school.schoolId(), headteacher, "Dana Whitfield", "HEADTEACHER"));
        UUID objective = UUID.randomUUID();
        admin.expect(201, admin.setObjective(school.appraisalId(), objective, "Raise Year 4 reading fluency"));
        String appraisal = "/api/appraisals/" + school.appraisalId();
        Api teacher = Api.asStaff(port, school.teacher());
        teacher.expect(204, teacher.post(appraisal + "/notes", """
                {"noteId": "%s", "note": "Finding the new scheme hard", "confidential": true}"""
                .formatted(UUID.randomUUID())));
        admin.expect(204, admin.post(appraisal + "/final-review", "{\"heldOn\": \"2026-07-10\"}"));
        admin.expect(204, admin.put(appraisal + "/objectives/" + objective + "/outcome", "{\"outcome\": \"MET\"}"));
        admin.expect(204, admin.post(appraisal + "/report", """
                {"summary": "A strong year", "payRecommendation": {"progression": true,
                 "rationale": "Every objective met"}}"""));

        Page page = as(tab, headteacher);
        page = tab.open("/appraisals/" + school.appraisalId());
        assertThat(main(page)).contains("A strong year").contains("Confidential")
                .contains("Only the appraisee and the appraiser can read this.")
                .contains("Only the appraisee and those who may see pay can read it.")
                .doesNotContain("Finding the new scheme hard").doesNotContain("Every objective met");
        assertThat(page.locator("main a[role=button], main .govuk-summary-list__actions a, "
                + "main .govuk-summary-card__actions a").count()).isZero();
        Accessibility.assertNoViolations(page);

        page = as(tab, school.teacher());
        page = tab.open("/appraisals/" + school.appraisalId());
        assertThat(main(page)).contains("Finding the new scheme hard").contains("Pay progression recommended")
                .contains("Every objective met");

        // the pages' reads are in the access log as the API's are: the teacher read her pay, the headteacher did not
        JsonNode log = admin.read(admin.get("/api/schools/" + school.schoolId() + "/access-log?size=1000"));
        List<String> reads = StreamSupport.stream(log.path("lines").spliterator(), false)
                .filter(line -> line.path("request").asText().equals("GET /appraisals/" + school.appraisalId()))
                .map(line -> line.path("readerId").asText() + " " + line.path("kind").asText()).toList();
        assertThat(reads).contains(headteacher + " APPRAISAL_NARRATIVE", school.teacher() + " APPRAISAL_NARRATIVE",
                school.teacher() + " PAY").doesNotContain(headteacher + " PAY");
    }

    @Test
    void anotherPersonsAppraisalIsNotReachableByItsAddress(BrowserTab tab) {
        Oakfield school = Oakfield.open(port, "NOT_PERFORMANCE_RELATED");
        Api admin = Api.administrator(port);
        UUID elsewhere = UUID.randomUUID();
        UUID stranger = UUID.randomUUID();
        admin.expect(201, admin.registerSchool(elsewhere, "Riverside Academy"));
        admin.expect(201, admin.registerTeacher(elsewhere, stranger, "Eli Stone"));
        String appraisal = "/appraisals/" + school.appraisalId();

        Page page = as(tab, school.colleague());
        for (String path : new String[]{appraisal, appraisal + "/objectives/new", appraisal + "/self-review",
                appraisal + "/as-of?on=2026-01-01"}) {
            Response refused = page.navigate(path);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(page.locator("h1").innerText()).isEqualTo("You cannot see this page");
        }
        Accessibility.assertNoViolations(page);

        page = as(tab, stranger);
        Response unknown = page.navigate(appraisal);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(page.locator("h1").innerText()).isEqualTo("Page not found");

        // and the teacher herself may not take her appraiser's steps
        page = as(tab, school.teacher());
        assertThat(page.navigate(appraisal + "/objectives/new").status()).isEqualTo(403);
    }
}
