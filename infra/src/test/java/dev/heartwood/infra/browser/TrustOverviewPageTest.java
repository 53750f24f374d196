package dev.heartwood.infra.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import dev.heartwood.infra.Api;
import dev.heartwood.infra.Given;
import dev.heartwood.infra.HeartwoodIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static dev.heartwood.infra.browser.Oakfield.as;
import static dev.heartwood.infra.browser.Oakfield.main;
import static dev.heartwood.infra.browser.ReportReading.csv;
import static dev.heartwood.infra.browser.ReportReading.download;
import static dev.heartwood.infra.browser.ReportReading.link;
import static dev.heartwood.infra.browser.ReportReading.rows;
import static dev.heartwood.infra.browser.ReportReading.table;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trust overview in the browser: the Birchwood Learning Trust's leader goes from it to a school's dashboard and on
 * to a person's appraisal by clicking; each school's figures are those of the reports they come from, its totals
 * those of the trust's, and its CSV is its table; it prints on one sheet of A4; a school's headteacher, a teacher and
 * another trust's leader reach it by no address.
 */
@HeartwoodIntegrationTest
@ExtendWith(Chromium.class)
class TrustOverviewPageTest {

    @LocalServerPort
    int port;

    /**
     * Birchwood Primary as {@link Birchwood} has it, and Cedar Primary beside it in the trust: its headteacher
     * appraises a teacher this year, and it follows the statutory training from 1 September 2025, in which only its
     * headteacher has had the safeguarding update.
     */
    private record Trust(Birchwood birchwood, UUID cedar) {

        static Trust open(int port) {
            Birchwood birchwood = Birchwood.open(port);
            StaffedSchool cedar = StaffedSchool.inTrust(port, birchwood.trustId(), "Cedar Primary");
            Api admin = Api.administrator(port);
            Given given = new Given(admin);
            given.appraisal(given.cycle(cedar.schoolId, "2025/26"), cedar.teacher("Nia Hart", "T"
                    + StaffedSchool.shortId()), cedar.headteacher);
            JsonNode adopted = admin.read(admin.post("/api/schools/" + cedar.schoolId
                    + "/training-requirements/standard-set", "{\"effectiveFrom\": \"2025-09-01\"}"));
            for (JsonNode requirement : adopted) {
                if (requirement.path("key").asText().equals("safeguarding-update")) {
                    admin.expect(204, admin.post("/api/staff/" + cedar.headteacher + "/training-completions", """
                            {"requirementId": "%s", "completedOn": "2025-09-05", "provider": "Local authority"}"""
                            .formatted(requirement.path("requirementId").asText())));
                }
            }
            shown(admin);
            return new Trust(birchwood, cedar.schoolId);
        }

        /** Waits until every read model the overview reads has applied all that is recorded. */
        static void shown(Api admin) {
            for (String processor : new String[]{"directory", "completion-tracker", "learning-reports", "training",
                    "appraisal-summary", "cpd-activities"}) {
                admin.caughtUp(processor);
            }
        }

        String overview() {
            return "/trusts/" + birchwood.trustId() + "/reports/overview";
        }
    }

    /** Another trust, with a leader of its own. */
    private UUID anotherTrustsLeader() {
        StaffedSchool elm = StaffedSchool.inTrust(port, StaffedSchool.trust(port, "Elm Trust"), "Elm Academy");
        Api admin = Api.administrator(port);
        admin.expect(204, admin.put("/api/staff/" + elm.headteacher + "/access/TRUST_LEADER?scope=TRUST", ""));
        elm.shown();
        return elm.headteacher;
    }

    @Test
    void aTrustLeaderDrillsFromTheTrustToASchoolToAPerson(BrowserTab tab) {
        Trust trust = Trust.open(port);

        Page page = as(tab, trust.birchwood().trustLeader());
        // a first sign-in links the leader's identity to her record: an event the read models go past too
        Trust.shown(Api.administrator(port));
        link(page, "Trust overview").click();
        // through /dashboard, which sends a trust's leader on to the trust's overview; read once it has all loaded
        page.waitForURL(url -> url.endsWith(trust.overview()));
        assertThat(page.locator("h1").innerText()).isEqualTo("Trust overview");
        assertThat(main(page)).contains("Birchwood Learning Trust").contains("As of event ").contains("up to date");
        assertThat(table(page, "overview-table")).extracting(cells -> cells.get(0))
                .containsExactly("Birchwood Primary", "Cedar Primary");
        assertThat(page.locator("#overview-table tfoot th").innerText()).isEqualTo("Trust total");
        Accessibility.assertNoViolations(page);
        tab.screenshot("report-trust-overview");

        link(page, "Birchwood Primary").click();
        assertThat(page.locator("h1").innerText()).isEqualTo("School dashboard");
        assertThat(page.locator(".govuk-caption-l").innerText()).isEqualTo("Birchwood Primary");
        link(page, "2 appraisals").click();
        assertThat(page.locator("h1").innerText()).isEqualTo("Appraisal completion, 2025/26");
        link(page, "Asha Patel").click();
        assertThat(page.url()).contains("/appraisals/");
        assertThat(main(page)).contains("Asha Patel");
        Accessibility.assertNoViolations(page);

        page = tab.open("/reports");
        reportLink(page, "Trust overview").click();
        assertThat(page.url()).endsWith(trust.overview());
    }

    @Test
    void eachFigureIsItsReportsAndTheCsvIsTheTable(BrowserTab tab) throws IOException {
        Trust trust = Trust.open(port);
        Birchwood birchwood = trust.birchwood();
        Api leader = Api.asStaff(port, birchwood.trustLeader());
        String reports = "/api/trusts/" + birchwood.trustId() + "/reports";
        List<JsonNode> appraisals = rows(leader.read(leader.get(reports + "/appraisal-completion?size=500")));
        List<JsonNode> training = rows(leader.read(leader.get(reports + "/training-compliance/summary")));
        List<JsonNode> cpd = rows(leader.read(leader.get(reports + "/cpd?academicYear=2025/26&by=SCHOOL&size=1000")));
        JsonNode trustsLearning = yearOf(leader, reports);

        Page page = as(tab, birchwood.trustLeader());
        page = tab.open(trust.overview());

        List<List<String>> expected = new ArrayList<>();
        for (var school : List.of(Map.entry("Birchwood Primary", birchwood.schoolId()),
                Map.entry("Cedar Primary", trust.cedar()))) {
            String id = school.getValue().toString();
            expected.add(line(school.getKey(), of(appraisals, row -> row.path("schoolId").asText().equals(id)),
                    of(training, row -> row.path("schoolId").asText().equals(id)),
                    of(cpd, row -> row.path("key").asText().equals(id)),
                    yearOf(leader, "/api/schools/" + id + "/reports")));
        }
        assertThat(table(page, "overview-table")).containsExactlyElementsOf(expected);
        // what the schools' reports say, and so the trust's: Birchwood's 9 hours, Cedar's overdue training
        assertThat(expected.get(0)).containsExactly("Birchwood Primary", "0 of 2", "2", "None required", "0", "9",
                "£180", "2 of 3");
        assertThat(Integer.parseInt(expected.get(1).get(4))).isPositive();
        List<String> totals = page.locator("#overview-table tfoot tr").locator("th, td").allInnerTexts().stream()
                .map(String::strip).toList();
        assertThat(totals).isEqualTo(line("Trust total", appraisals, training, cpd, trustsLearning));

        List<List<String>> shown = new ArrayList<>(table(page, "overview-table"));
        shown.add(totals);
        List<Map<String, String>> downloaded = csv(download(page, "Download this table as CSV"));
        assertThat(downloaded).extracting(TrustOverviewPageTest::asShown).containsExactlyElementsOf(shown);

        // a figure opens the report it comes from, which shows as many
        String overdue = expected.get(1).get(4);
        page.locator("#overview-table tbody tr").nth(1).locator("td").nth(3).getByRole(AriaRole.LINK).click();
        page.waitForURL(url -> url.contains(trust.cedar() + "/reports/training-compliance?status=OVERDUE"));
        assertThat(table(page)).hasSize(Integer.parseInt(overdue))
                .allSatisfy(cells -> assertThat(String.join(" ", cells)).contains("Overdue"));
    }

    @Test
    void theOverviewPrintsOnOneSheetOfA4(BrowserTab tab) throws IOException {
        Trust trust = Trust.open(port);
        Page page = as(tab, trust.birchwood().trustLeader());
        page = tab.open(trust.overview());

        Printed printed = Printed.onA4(page);
        assertThat(printed.sheets()).isOne();
        // the last column and the last line are on the sheet
        assertThat(printed.text()).contains("Trust overview").contains("Birchwood Learning Trust")
                .contains("Birchwood Primary").contains("Cedar Primary").contains("Trust total")
                .contains("Objectives with linked learning").contains("2 of 3").contains("As of event")
                .doesNotContain("Download").doesNotContain("Sign out");
    }

    @Test
    void aSchoolsHeadteacherATeacherAndAnotherTrustsLeaderAreRefused(BrowserTab tab) {
        Trust trust = Trust.open(port);
        Birchwood birchwood = trust.birchwood();
        UUID otherLeader = anotherTrustsLeader();

        for (UUID reader : new UUID[]{birchwood.headteacher(), birchwood.teacher()}) {
            Page page = as(tab, reader);
            assertThat(link(page, "Trust overview").count()).isZero();
            for (String path : new String[]{trust.overview(), trust.overview() + "?format=csv"}) {
                Response refused = page.navigate(path);
                assertThat(refused.status()).as(reader + " " + path).isEqualTo(403);
                assertThat(page.locator("h1").innerText()).isEqualTo("You cannot see this page");
            }
        }
        // to another trust's leader, this trust is as good as absent
        Page page = as(tab, otherLeader);
        for (String path : new String[]{trust.overview(), trust.overview() + "?format=csv"}) {
            assertThat(page.navigate(path).status()).as(path).isEqualTo(404);
            assertThat(main(page)).doesNotContain("Birchwood");
        }
        // and they find their own trust's overview
        page = tab.open("/reports");
        reportLink(page, "Trust overview").click();
        assertThat(page.locator(".govuk-caption-l").innerText()).isEqualTo("Elm Trust");
        assertThat(main(page)).doesNotContain("Birchwood");
        Accessibility.assertNoViolations(page);
    }

    /** A link in the page's content, not its navigation. */
    private static Locator reportLink(Page page, String name) {
        return page.locator("main").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)
                .setExact(true));
    }

    /** A line of the table as the reports' rows say it should read. */
    private static List<String> line(String name, List<JsonNode> appraisals, List<JsonNode> training,
                                     List<JsonNode> cpd, JsonNode learning) {
        long completed = appraisals.stream().filter(row -> row.path("stage").asText().equals("COMPLETED")).count();
        long late = appraisals.stream().filter(row -> row.path("daysLate").asInt() > 0).count();
        int appliesTo = training.stream().mapToInt(row -> row.path("appliesTo").asInt()).sum();
        int compliant = training.stream().mapToInt(row -> row.path("compliant").asInt()).sum();
        String share = appliesTo == 0 ? "None required" : BigDecimal.valueOf(compliant)
                .divide(BigDecimal.valueOf(appliesTo), 3, RoundingMode.HALF_UP).movePointRight(2)
                .stripTrailingZeros().toPlainString() + "%";
        return List.of(name, completed + " of " + appraisals.size(), String.valueOf(late), share,
                String.valueOf(training.stream().mapToInt(row -> row.get("overdue").asInt()).sum()),
                sum(cpd, "completedHours").stripTrailingZeros().toPlainString(), money(sum(cpd, "completedCost")),
                learning.get("objectivesWithLinkedLearning").asText() + " of "
                        + learning.get("objectivesSet").asText());
    }

    /** A line of the CSV as the table shows it. */
    private static List<String> asShown(Map<String, String> line) {
        String share = line.get("shareCompliant");
        return List.of(line.get("name"), line.get("appraisalsCompleted") + " of " + line.get("appraisals"),
                line.get("appraisalsLate"), share.isEmpty() ? "None required"
                        : new BigDecimal(share).movePointRight(2).stripTrailingZeros().toPlainString() + "%",
                line.get("trainingOverdue"), new BigDecimal(line.get("cpdHours")).stripTrailingZeros().toPlainString(),
                money(new BigDecimal(line.get("cpdSpend"))),
                line.get("objectivesWithLinkedLearning") + " of " + line.get("objectivesSet"));
    }

    /** This year's whole row of a school's or trust's objectives and learning. */
    private static JsonNode yearOf(Api reader, String reports) {
        return rows(reader.read(reader.get(reports + "/objectives-and-learning?from=2025/26&to=2025/26")))
                .stream().filter(row -> row.path("priorityId").isNull()).findFirst().orElseThrow();
    }

    private static List<JsonNode> of(List<JsonNode> rows, Predicate<JsonNode> school) {
        return rows.stream().filter(school).toList();
    }

    private static BigDecimal sum(List<JsonNode> rows, String field) {
        return rows.stream().map(row -> new BigDecimal(row.get(field).asText())).reduce(BigDecimal.ZERO,
                BigDecimal::add);
    }

    private static String money(BigDecimal pounds) {
        boolean whole = pounds.stripTrailingZeros().scale() <= 0;
        return new DecimalFormat(whole ? "£#,##0" : "£#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK))
                .format(pounds);
    }
}
