package dev.heartwood.infra.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.heartwood.infra.Api;
import dev.heartwood.infra.HeartwoodIntegrationTest;
import dev.heartwood.infra.TestIssuer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.UUID;

import static dev.heartwood.infra.browser.Oakfield.as;
import static dev.heartwood.infra.browser.Oakfield.caughtUp;
import static dev.heartwood.infra.browser.Oakfield.main;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Home, "what needs you": each person's next steps with their dates, each a link to where it is done. The steps of an
 * appraisal are followed through the year in {@link AppraisalPagesTest}; here, learning to approve and to evaluate,
 * training that is due, and those with nothing to do.
 */
@HeartwoodIntegrationTest
@ExtendWith(Chromium.class)
class HomePageTest {

    @LocalServerPort
    int port;

    @Test
    void someoneWithNothingDueIsToldSoAndHasNoAppraisal(BrowserTab tab) {
        Oakfield school = Oakfield.open(port, "NOT_PERFORMANCE_RELATED");

        Page page = as(tab, school.colleague());
        assertThat(main(page)).contains("Nothing needs you at the moment.");
        Accessibility.assertNoViolations(page);

        page = tab.open("/appraisal");
        assertThat(main(page)).contains("You have no appraisal in Heartwood yet.");
        Accessibility.assertNoViolations(page);
        page = tab.open("/appraisees");
        assertThat(main(page)).contains("You are not appraising anyone this year.");
    }

    @Test
    void homeListsLearningToApproveAndToEvaluateAndTrainingThatIsDue(BrowserTab tab) {
        Oakfield school = Oakfield.open(port, "NOT_PERFORMANCE_RELATED");
        Api admin = Api.administrator(port);
        UUID headteacher = UUID.randomUUID();
        admin.expect(201, admin.registerStaff(school.schoolId(), headteacher, "Dana Whitfield", "HEADTEACHER"));
        admin.expect(200, admin.post("/api/schools/" + school.schoolId() + "/training-requirements/standard-set",
                "{\"effectiveFrom\": \"2025-09-01\"}"));
        admin.expect(201, admin.post("/api/staff/" + school.teacher() + "/cpd-activities", """
                {"activityId": "%s", "title": "Phonics leadership course", "type": "COURSE",
                 "startsOn": "2026-09-10", "endsOn": "2026-09-10", "expectedHours": 6, "cost": 120,
                 "coverDays": 1, "intendedImpact": "Better reading", "on": "2026-07-01"}"""
                .formatted(UUID.randomUUID())));
        UUID network = UUID.randomUUID();
        admin.expect(201, admin.post("/api/staff/" + school.teacher() + "/completed-cpd-activities", """
                {"activityId": "%s", "title": "Reading network meeting", "type": "NETWORK",
                 "startedOn": "2026-06-01", "completedOn": "2026-06-01", "hours": 2, "cost": 0}"""
                .formatted(network)));
        caughtUp(admin);
        admin.caughtUp("cpd-activities");
        admin.caughtUp("training");

        Page page = as(tab, headteacher);
        assertThat(main(page)).contains("Learning to approve")
                .contains("Decide on Asha Patel's request: Phonics leadership course").contains("Asked for on 1 July 2026");
        Accessibility.assertNoViolations(page);

        page = as(tab, school.teacher());
        assertThat(main(page)).contains("Reflect on Reading network meeting").contains("Completed on 1 June 2026")
                .contains("Your training").contains("Complete ");
        Accessibility.assertNoViolations(page);

        // once she has reflected on it, its impact is still to be evaluated; once evaluated, it needs her no more
        Api teacher = Api.asStaff(port, school.teacher());
        String learning = "/api/cpd-activities/" + network;
        teacher.expect(204, teacher.post(learning + "/reflection", "{\"reflection\": \"Shared our reading lists\"}"));
        admin.caughtUp("cpd-activities");
        page = tab.open("/");
        assertThat(main(page)).contains("Evaluate the impact of Reading network meeting")
                .doesNotContain("Reflect on Reading network meeting");
        teacher.expect(201, teacher.post(learning + "/evaluations", """
                {"evaluationId": "%s", "level": "REACTIONS", "judgement": "STRONG", "note": "Useful"}"""
                .formatted(UUID.randomUUID())));
        admin.caughtUp("cpd-activities");
        page = tab.open("/");
        assertThat(main(page)).doesNotContain("Reading network meeting");
    }

    @Test
    void anAdministratorIsToldWhatTheyCanDo(BrowserTab tab) {
        Page page = tab.signInAs(TestIssuer.ADMINISTRATOR);

        assertThat(main(page)).contains("You are signed in as an administrator");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("API description")).getAttribute("href")).isEqualTo("/swagger-ui.html");
        Accessibility.assertNoViolations(page);
    }
}
