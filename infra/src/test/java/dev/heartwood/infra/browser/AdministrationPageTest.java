package dev.heartwood.infra.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import dev.heartwood.infra.Api;
import dev.heartwood.infra.HeartwoodIntegrationTest;
import dev.heartwood.infra.ProjectionFault;
import dev.heartwood.infra.TestIssuer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dev.heartwood.infra.browser.Oakfield.as;
import static dev.heartwood.infra.browser.Oakfield.main;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administration in the browser: an administrator finds every processor where the API says it stands, rebuilds a
 * read model and watches its progress to the end, its answers the same afterwards, and tries again or gives up the
 * events a projection parked; a headteacher and an HR officer are refused it.
 */
@HeartwoodIntegrationTest
@ExtendWith(Chromium.class)
class AdministrationPageTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    /** Waits for what the page shows, as htmx asks for the table again: up to the time a rebuild may take. */
    private static final double WAIT = 30_000;

    private static LocatorAssertions expect(Locator locator) {
        return PlaywrightAssertions.assertThat(locator);
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** A table's body, a row of cell texts for each of its rows, each text's spaces and line breaks as one space. */
    private static List<List<String>> table(Page page, String id) {
        List<List<String>> rows = new ArrayList<>();
        for (Locator row : page.locator("#" + id + " tbody tr").all()) {
            rows.add(row.locator("th, td").allInnerTexts().stream()
                    .map(text -> text.strip().replaceAll("\\s+", " ")).toList());
        }
        return rows;
    }

    private static Locator processorRow(Page page, String processor) {
        return page.locator("#processors-table tbody tr").filter(new Locator.FilterOptions()
                .setHas(page.locator("th", new Page.LocatorOptions().setHasText(processor))));
    }

    private static Page asAdministrator(BrowserTab tab) {
        return tab.signInAs(TestIssuer.ADMINISTRATOR);
    }

    private List<String> objectiveTitles(Api admin, UUID appraisalId) {
        return admin.read(admin.get("/api/appraisals/" + appraisalId)).path("objectives").findValuesAsText("title");
    }

    /** The first parked event of a sequence, as the API lists it. */
    private static JsonNode parkedFirst(Api admin, String sequence) {
        for (JsonNode parked : admin.read(admin.get("/api/admin/processors/appraisal-summary/dead-letters"))
                .path("shown")) {
            if (parked.path("sequenceId").asText().equals(sequence)) {
                return parked.path("events").get(0);
            }
        }
        throw new AssertionError("nothing of " + sequence + " is parked");
    }

    @Test
    void anAdministratorSeesEveryProcessorUpToDateAndRebuildsAReadModelWatchingItsProgress(BrowserTab tab)
            throws Exception {
        Oakfield school = Oakfield.open(port, "NOT_PERFORMANCE_RELATED");
        Api admin = Api.administrator(port);
        JsonNode processors = admin.read(admin.get("/api/admin/processors"));
        processors.forEach(processor -> admin.caughtUp(processor.path("name").asText()));
        processors = admin.read(admin.get("/api/admin/processors"));

        Page page = asAdministrator(tab);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Administration").setExact(true)).click();
        assertThat(page.locator("h1").innerText()).isEqualTo("Administration");
        List<List<String>> expected = new ArrayList<>();
        for (JsonNode processor : processors) {
            int segments = processor.path("segments").asInt();
            expected.add(List.of(processor.path("name").asText(), processor.path("position").asText(),
                    processor.path("behind").asText(),
                    segments == 0 ? "None: with each command" : String.valueOf(segments), "Up to date",
                    segments == 0 ? "" : "Rebuild " + processor.path("name").asText()));
        }
        assertThat(table(page, "processors-table")).isEqualTo(expected);
        assertThat(main(page)).contains("No events are parked");

        String schoolPath = "/api/schools/" + school.schoolId();
        String before = admin.get(schoolPath).getBody();
        try (Connection longReport = dataSource.getConnection()) {
            // a report still reading the live table holds the rebuilt one back from taking its place
            longReport.setAutoCommit(false);
            longReport.createStatement().execute("SELECT count(*) FROM school_view");

            button(page, "Rebuild directory").click();
            assertThat(main(page)).contains("Rebuilding directory");
            Locator progress = page.locator("progress#rebuild-directory");
            expect(progress).hasAccessibleName("Rebuild of directory");
            // the table asks for itself again until the rebuild has gone through every event
            expect(processorRow(page, "directory")).containsText("events (100%)",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(WAIT));
            tab.screenshot("administration-rebuild");
            assertThat(progress.getAttribute("value")).isEqualTo(progress.getAttribute("max"));
            expect(button(page, "Rebuild directory")).isDisabled();
            Accessibility.assertNoViolations(page);
            longReport.rollback();
        }
        expect(processorRow(page, "directory")).containsText("Up to date",
                new LocatorAssertions.ContainsTextOptions().setTimeout(WAIT));
        expect(page.locator("progress")).hasCount(0);
        assertThat(admin.get(schoolPath).getBody()).isEqualTo(before);
    }

    @Test
    void parkedEventsAreListedAndATryAgainOrAGivingUpTakesThemOff(BrowserTab tab) {
        Oakfield school = Oakfield.open(port, "NOT_PERFORMANCE_RELATED");
        Api admin = Api.administrator(port);
        String sequence = school.appraisalId().toString();
        Page page = asAdministrator(tab);
        Locator parked = page.locator("#parked-appraisal-summary tbody tr").filter(new Locator.FilterOptions()
                .setHas(page.locator("th", new Page.LocatorOptions().setHasText(sequence))));

        try (ProjectionFault fault = ProjectionFault.refusingObjectivesOf(jdbc, school.appraisalId())) {
            admin.expect(201, admin.setObjective(school.appraisalId(), UUID.randomUUID(), "Lead phonics"));
            admin.caughtUp("appraisal-summary");
            String globalIndex = parkedFirst(admin, sequence).path("globalIndex").asText();
            tab.open("/administration");
            assertThat(parked.locator("th, td").allInnerTexts().subList(0, 4)).containsExactly(sequence, "1",
                    "ObjectiveSet, event " + globalIndex, "org.springframework.dao.DataIntegrityViolationException");
            Accessibility.assertNoViolations(page);
            tab.screenshot("administration");

            button(page, "Retry " + sequence).click();
            assertThat(parked.innerText()).contains("It failed again and stays parked: mend the fault first");
            assertThat(button(page, "Retry " + sequence).getAttribute("aria-describedby"))
                    .isEqualTo("refused-" + sequence);
            Accessibility.assertNoViolations(page);

            fault.mend();
            button(page, "Retry " + sequence).click();
            assertThat(main(page)).contains("Applied the parked events of " + sequence + " to appraisal-summary");
            assertThat(parked.count()).isZero();
            assertThat(objectiveTitles(admin, school.appraisalId())).contains("Lead phonics");
        }

        try (ProjectionFault fault = ProjectionFault.refusingObjectivesOf(jdbc, school.appraisalId())) {
            admin.expect(201, admin.setObjective(school.appraisalId(), UUID.randomUUID(), "Mentor an ECT"));
            admin.caughtUp("appraisal-summary");
            tab.open("/administration");
            assertThat(parked.count()).isOne();

            button(page, "Give up " + sequence).click();
            assertThat(main(page)).contains("Gave up the parked events of " + sequence + " in appraisal-summary");
            assertThat(parked.count()).isZero();
            assertThat(objectiveTitles(admin, school.appraisalId())).doesNotContain("Mentor an ECT");
        }

        // with the fault mended, a rebuild applies what was given up, and the read model is whole again for the
        // tests that share it
        admin.expect(202, admin.post("/api/admin/processors/appraisal-summary/replay", ""));
        admin.caughtUp("appraisal-summary");
        assertThat(objectiveTitles(admin, school.appraisalId())).contains("Mentor an ECT");
    }

    @Test
    void aHeadteacherAndAnHrOfficerAreRefusedAdministration(BrowserTab tab) {
        Ashgrove school = Ashgrove.open(port);
        for (UUID reader : List.of(school.headteacher(), school.hr())) {
            Page page = as(tab, reader);
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Administration"))
                    .count()).isZero();
            assertThat(page.navigate("/administration").status()).isEqualTo(403);
        }
    }
}
