package dev.heartwood.infra.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heartwood.infra.Api;
import dev.heartwood.infra.HeartwoodApplication;
import dev.heartwood.infra.SignInForm;
import dev.heartwood.infra.demo.DemoTrust.Introduction;
import dev.heartwood.kernel.AcademicYear;
import dev.heartwood.kernel.SchoolTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo ({@code ./run --demo}): Heartwood in the local mode on a fresh embedded database of its own, with
 * {@code heartwood.demo} on, builds the demo trust through the commands at start-up, and the people the log
 * introduces sign in with the password it prints, to reports that show two years of a trust's life.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoTest {

    /** The day the demo is built on: last year is complete, and this year's mid-year reviews are due. */
    static class MidMarch {

        @Bean
        @Primary
        Clock midMarch() {
            return Clock.fixed(Instant.parse("2026-03-16T09:00:00Z"), ZoneOffset.UTC);
        }
    }

    private static final String ADMINISTRATOR_PASSWORD = "demo-test-administrator";
    private static final Pattern PASSWORD = Pattern.compile("(?m)^ {4}([a-z2-9]{4}(?:-[a-z2-9]{4}){3})$");

    private ConfigurableApplicationContext heartwood;
    private int port;
    private String password;
    private DemoTrust trust;
    private AcademicYear lastYear;
    private AcademicYear thisYear;
    private Map<String, String> addresses;

    @BeforeAll
    void startWithTheDemo(CapturedOutput output) {
        heartwood = new SpringApplicationBuilder(HeartwoodApplication.class, MidMarch.class).profiles("test")
                .run("--heartwood.demo=true", "--heartwood.security.oidc.issuer=", "--server.port=0",
                        "--heartwood.security.users[0].username=admin",
                        "--heartwood.security.users[0].password={noop}" + ADMINISTRATOR_PASSWORD,
                        "--heartwood.security.users[0].role=ADMINISTRATOR");
        port = heartwood.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        Matcher printed = PASSWORD.matcher(output.getOut());
        assertThat(printed.find()).as("the log shows the demo's password").isTrue();
        password = printed.group(1);
        LocalDate today = SchoolTime.today(heartwood.getBean(Clock.class));
        trust = new DemoTrust(today);
        thisYear = AcademicYear.containing(today);
        lastYear = new AcademicYear(thisYear.startYear() - 1);
        addresses = trust.introductions().stream()
                .collect(Collectors.toMap(Introduction::who, Introduction::address));
        Api administrator = new Api(port, "admin", ADMINISTRATOR_PASSWORD);
        for (String report : List.of("completion-tracker", "training", "learning-reports", "directory")) {
            administrator.caughtUp(report, Duration.ofSeconds(90));
        }
    }

    @AfterAll
    void stop() {
        heartwood.close();
    }

    @Test
    void saysHowLongItTookAndThatNothingWasRefusedAndIntroducesItsPeopleWithTheirAddresses(CapturedOutput output) {
        assertThat(output.getOut())
                .containsPattern("Demo: built the Alder Valley Learning Trust \\(3 schools, \\d+ people\\) through "
                        + "\\d+ commands in [\\d.]+ s")
                .contains("Demo: no command was refused");
        trust.introductions().forEach(person -> assertThat(output.getOut())
                .containsPattern(Pattern.quote(person.who()) + " +" + Pattern.quote(person.address())));
        assertThat(trust.people()).isBetween(110, 130);
    }

    @Test
    void theCompletionTrackerShowsLastYearCompletedAndThisYearUnderWayWithSomeLate() {
        Api hr = as("HR for every school of the trust");

        List<JsonNode> last = rows(hr, "/reports/appraisal-completion?size=500&academicYear=" + lastYear);
        List<JsonNode> current = rows(hr, "/reports/appraisal-completion?size=500&academicYear=" + thisYear);

        assertThat(count(last, "status")).containsOnlyKeys("COMPLETED", "EXEMPT");
        assertThat(count(last, "status").get("COMPLETED")).isGreaterThan(90);
        assertThat(last).anyMatch(row -> row.path("daysLate").asInt() > 0);
        assertThat(count(current, "status")).containsKey("UNDER_WAY");
        assertThat(current).anyMatch(row -> row.path("daysLate").asInt() > 0)
                .anyMatch(row -> row.path("disagreementRecorded").asBoolean());
    }

    @Test
    void theComplianceMatrixShowsTrainingDueSoonOverdueLapsedAndKeptUp() {
        Api hr = as("HR for every school of the trust");

        List<JsonNode> matrix = rows(hr, "/reports/training-compliance?size=1000");

        assertThat(count(matrix, "status")).containsKeys("COMPLIANT", "DUE_SOON", "OVERDUE", "EXPIRED");
    }

    @Test
    void theObjectivesAndLearningReportShowsLinkedLearningAndOutcomesWithAndWithoutIt() {
        Api chiefExecutive = as("the trust's chief executive, a trust leader");

        List<JsonNode> rows = rows(chiefExecutive, "/reports/objectives-and-learning?from=" + lastYear + "&to="
                + lastYear);

        // the year's own row, the one for no particular priority
        assertThat(rows).filteredOn(row -> row.path("priorityId").isNull()).singleElement().satisfies(year -> {
            long linked = year.path("objectivesWithLinkedLearning").asLong();
            long unlinked = year.path("objectivesSet").asLong() - linked;
            assertThat(linked).isPositive();
            assertThat(year.path("linkedHours").decimalValue()).isPositive();
            // objectives with learning linked to them were met more often
            assertThat(year.path("metWithLearning").asDouble() / linked)
                    .isGreaterThan(year.path("metWithoutLearning").asDouble() / unlinked);
        });
    }

    @Test
    void thePrintedPasswordSignsInTheDemosPeopleToTheApiAndThePagesButNobodyElse() throws Exception {
        Api teacher = as("a teacher");
        JsonNode me = teacher.read(teacher.get("/api/me"));
        assertThat(me.path("staff")).hasSize(1);
        Api governor = as("a governor, the chair of governors");
        governor.expect(200, governor.get("/api/schools/" + DemoTrust.SCHOOLS.get(0).id()
                + "/reports/headteacher-appraisal?academicYear=" + lastYear));
        assertThat(new SignInForm(port).signIn(addresses.get("a teacher"), password)).endsWith("/");

        Api wrongPassword = new Api(port, addresses.get("a teacher"), "not-the-password");
        Api leaver = new Api(port, aLeaversAddress(), password);
        Api outsider = new Api(port, someoneOutsideTheDemoTrust(), password);
        assertThat(wrongPassword.refusal(401, wrongPassword.get("/api/me"))).isEqualTo("unauthenticated");
        assertThat(leaver.refusal(401, leaver.get("/api/me"))).isEqualTo("unauthenticated");
        assertThat(outsider.refusal(401, outsider.get("/api/me"))).isEqualTo("unauthenticated");
    }

    @Test
    void loadsNothingIntoADatabaseThatHoldsRecords(CapturedOutput output) throws Exception {
        JdbcClient jdbc = heartwood.getBean(JdbcClient.class);
        long events = jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();

        heartwood.getBean(Demo.class).run(new DefaultApplicationArguments());

        assertThat(jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single()).isEqualTo(events);
        assertThat(output.getOut()).contains("Demo: the database already holds records, so no demo is loaded");
    }

    /** Someone appraised last year who is not this year, because they left. */
    private String aLeaversAddress() {
        Api hr = as("HR for every school of the trust");
        Set<String> stayed = rows(hr, "/reports/appraisal-completion?size=500&academicYear=" + thisYear).stream()
                .map(row -> row.path("staffId").asText()).collect(Collectors.toSet());
        return rows(hr, "/reports/appraisal-completion?size=500&academicYear=" + lastYear).stream()
                .map(row -> row.path("staffId").asText())
                .filter(staffId -> !stayed.contains(staffId))
                .map(staffId -> hr.read(hr.get("/api/staff/" + staffId)))
                .filter(staff -> !staff.path("leftOn").isNull())
                .map(staff -> staff.path("email").asText())
                .findFirst().orElseThrow(() -> new AssertionError("the demo has a leaver"));
    }

    /** A teacher of a school of another trust, registered by the administrator. */
    private String someoneOutsideTheDemoTrust() {
        Api administrator = new Api(port, "admin", ADMINISTRATOR_PASSWORD);
        UUID trustId = UUID.randomUUID();
        UUID schoolId = UUID.randomUUID();
        UUID staffId = UUID.randomUUID();
        administrator.expect(201, administrator.post("/api/trusts",
                "{\"trustId\": \"" + trustId + "\", \"name\": \"Another Trust\"}"));
        administrator.expect(201, administrator.post("/api/schools", "{\"schoolId\": \"" + schoolId
                + "\", \"trustId\": \"" + trustId + "\", \"name\": \"Elsewhere Primary\", \"type\": \"ACADEMY\"}"));
        administrator.expect(201, administrator.registerTeacher(schoolId, staffId, "Someone Else"));
        return Api.emailOf(staffId);
    }

    private Api as(String who) {
        return new Api(port, addresses.get(who), password);
    }

    private List<JsonNode> rows(Api api, String trustReport) {
        JsonNode page = api.read(api.get("/api/trusts/" + DemoTrust.ID + trustReport));
        return StreamSupport.stream(page.path("rows").spliterator(), false).toList();
    }

    private static Map<String, Long> count(List<JsonNode> rows, String field) {
        return rows.stream().collect(Collectors.groupingBy(row -> row.path(field).asText(), Collectors.counting()));
    }
}
