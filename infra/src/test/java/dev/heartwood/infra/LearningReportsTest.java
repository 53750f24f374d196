package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heartwood.appraisal.api.ObjectiveWithdrawn;
import dev.heartwood.appraisal.api.TrustRegistered;
import dev.heartwood.kernel.AppraisalId;
import dev.heartwood.kernel.CpdActivityId;
import dev.heartwood.kernel.ObjectiveId;
import dev.heartwood.kernel.PersonalText;
import dev.heartwood.kernel.SchoolId;
import dev.heartwood.kernel.StaffId;
import dev.heartwood.kernel.TrustId;
import dev.heartwood.learning.api.CpdActivityApproved;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The professional learning reports over HTTP: CPD hours and spend, and objectives and their learning year by year,
 * for a school and for a trust, as JSON and as CSV.
 */
class LearningReportsTest extends ApiTestBase {

    private static final String READING_PRIORITY = "Reading, writing\\nand oracy";

    private static final String[] SPEND = {"label", "activities", "requestedHours", "requestedCost", "approvedHours",
            "approvedCost", "completedHours", "completedCost", "coverDaysRequested", "coverDaysApproved"};

    private static final String[] OBJECTIVES = {"academicYear", "priorityTitle", "objectivesSet",
            "objectivesWithLinkedLearning", "percentWithLinkedLearning", "linkedHours", "linkedCost",
            "metWithLearning", "partiallyMetWithLearning", "notMetWithLearning", "continuingWithLearning",
            "noOutcomeYetWithLearning", "metWithoutLearning", "partiallyMetWithoutLearning", "notMetWithoutLearning",
            "continuingWithoutLearning", "noOutcomeYetWithoutLearning"};

    @Autowired
    EventProcessingConfiguration processing;

    private Given records;

    @BeforeEach
    void records() {
        records = new Given(admin);
    }

    /** The rows of a report once they read as expected (read models follow the events a moment later). */
    private List<String> rowsOnceThey(String path, List<String> expected, String... columns) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> lines(admin.read(admin.get(path)), columns),
                expected::equals);
    }

    /** Each row as one line of the given columns, numbers without trailing zeros. */
    private static List<String> lines(JsonNode report, String... columns) {
        List<String> lines = new ArrayList<>();
        for (JsonNode row : report.path("rows")) {
            List<String> cells = new ArrayList<>();
            for (String column : columns) {
                JsonNode cell = row.path(column);
                cells.add(cell.isNumber() ? cell.decimalValue().stripTrailingZeros().toPlainString()
                        : cell.isTextual() ? cell.asText() : "");
            }
            lines.add(String.join(" ", cells));
        }
        return lines;
    }

    private ResponseEntity<String> csv(String path) {
        return RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBearerAuth(TestIssuer.tokenFor(TestIssuer.ADMINISTRATOR)))
                .build()
                .get().uri(path).header(HttpHeaders.ACCEPT, "text/csv")
                .retrieve().toEntity(String.class);
    }

    @Test
    void cpdHoursAndSpendAreRequestedApprovedAndCompletedByPersonTypePriorityAndTerm() {
        UUID school = records.school(null, "Oakfield Primary");
        UUID asha = records.teacher(school, "Asha Patel");
        UUID ben = records.teacher(school, "Ben Okafor");
        UUID reading = records.priority(school, "2025/26", READING_PRIORITY);
        UUID course = records.request(asha, "COURSE", "2026-06-10", "6", "180", "1", List.of(), List.of(reading));
        records.approve(course);
        records.complete(course, "2026-06-10", "6", "200");
        UUID coaching = records.request(asha, "COACHING", "2026-02-02", "3", "90", "0.5", List.of(), List.of());
        records.decline(coaching);
        records.approve(records.request(ben, "NETWORK", "2026-07-20", "2", "40", "0", List.of(), List.of()));
        records.log(ben, "READING", "2025-11-20", "8", "0", List.of(), List.of(reading));
        records.log(ben, "READING", "2025-08-31", "4", "0", List.of(), List.of());
        String report = "/api/schools/" + school + "/reports/cpd?academicYear=2025/26&by=";

        assertThat(rowsOnceThey(report + "type", List.of(
                "COACHING 1 3 90 0 0 0 0 0.5 0",
                "COURSE 1 6 180 6 180 6 200 1 1",
                "NETWORK 1 2 40 2 40 0 0 0 0",
                "READING 1 0 0 0 0 8 0 0 0"), SPEND)).hasSize(4);
        assertThat(rowsOnceThey(report + "person", List.of(
                "Asha Patel 2 9 270 6 180 6 200 1.5 1",
                "Ben Okafor 2 2 40 2 40 8 0 0 0"), SPEND)).as("names come from the directory").hasSize(2);
        assertThat(lines(admin.read(admin.get(report + "priority")), SPEND)).containsExactly(
                "Reading, writing\nand oracy 2 6 180 6 180 14 200 1 1",
                "No school priority 2 5 130 2 40 0 0 0.5 0");
        assertThat(lines(admin.read(admin.get(report + "term")), SPEND)).containsExactly(
                "Autumn 1 0 0 0 0 8 0 0 0",
                "Spring 1 3 90 0 0 0 0 0.5 0",
                "Summer 2 8 220 8 220 6 200 1 1");
        caughtUp("learning-reports");
        assertThat(lines(admin.read(admin.get(report.replace("2025/26", "2024/25") + "TYPE")), SPEND))
                .as("learning in August belongs to the year before").containsExactly("READING 1 0 0 0 0 4 0 0 0");

        JsonNode secondPage = admin.read(admin.get(report + "type&page=1&size=3"));
        assertThat(lines(secondPage, "key")).containsExactly("READING");
        assertThat(secondPage.path("total").asLong()).isEqualTo(4);
        assertThat(secondPage.path("freshness").path("lastEventIndex").asLong()).isPositive();
    }

    /** Every row of a report, read page by page in pages of {@code size}, as lines of the given columns. */
    private List<String> pageByPage(String path, int size, String... columns) {
        List<String> rows = new ArrayList<>();
        JsonNode page;
        int number = 0;
        do {
            page = admin.read(admin.get(path + "&size=" + size + "&page=" + number++));
            rows.addAll(lines(page, columns));
        } while ((long) number * size < page.path("total").asLong());
        return rows;
    }

    /** The given columns (by position) of each line of a CSV answer without quoted line breaks, header left out. */
    private List<String> csvLines(String path, int... columns) {
        return csv(path).getBody().lines().skip(1)
                .map(line -> line.split(","))
                .map(cells -> Arrays.stream(columns).mapToObj(column -> cells[column])
                        .collect(Collectors.joining(" ")))
                .toList();
    }

    @Test
    void cpdHoursAndSpendAreSortedByLabelByHoursOrByCostAndPagedInTheSameOrder() {
        UUID school = records.school(null, "Birchwood Primary");
        UUID asha = records.teacher(school, "Asha Patel");
        UUID ben = records.teacher(school, "Ben Okafor");
        UUID cara = records.teacher(school, "Cara Jones");
        UUID dev = records.teacher(school, "Dev Shah");
        UUID eve = records.teacher(school, "Eve Stone");
        UUID course = records.request(asha, "COURSE", "2026-06-10", "6", "180", "1", List.of(), List.of());
        records.approve(course);
        records.complete(course, "2026-06-10", "6", "200");
        records.log(ben, "READING", "2026-01-12", "8", "0", List.of(), List.of());
        records.log(cara, "QUALIFICATION", "2026-03-02", "6", "350", List.of(), List.of());
        records.approve(records.request(dev, "NETWORK", "2026-07-20", "2", "40", "0", List.of(), List.of()));
        records.approve(records.request(eve, "NETWORK", "2026-07-20", "2", "40", "0", List.of(), List.of()));
        String report = "/api/schools/" + school + "/reports/cpd?academicYear=2025/26&by=person";
        rowsOnceThey(report, List.of("Asha Patel 6 6 200", "Ben Okafor 0 8 0", "Cara Jones 0 6 350",
                "Dev Shah 2 0 0", "Eve Stone 2 0 0"), "label", "approvedHours", "completedHours", "completedCost");

        assertThat(lines(admin.read(admin.get(report + "&sort=label")), "label")).as("the default order")
                .containsExactly("Asha Patel", "Ben Okafor", "Cara Jones", "Dev Shah", "Eve Stone");
        assertThat(pageByPage(report + "&sort=hours", 2, "label")).as("completed, then approved hours, then name")
                .containsExactly("Ben Okafor", "Asha Patel", "Cara Jones", "Dev Shah", "Eve Stone");
        assertThat(pageByPage(report + "&sort=cost", 2, "label")).as("completed, then approved cost, then name")
                .containsExactly("Cara Jones", "Asha Patel", "Dev Shah", "Eve Stone", "Ben Okafor");
        assertThat(csvLines(report + "&sort=cost", 3)).as("CSV in the same order")
                .containsExactly("Cara Jones", "Asha Patel", "Dev Shah", "Eve Stone", "Ben Okafor");
        assertThat(lines(admin.read(admin.get(report.replace("person", "type") + "&sort=hours")), "label"))
                .containsExactly("READING", "COURSE", "QUALIFICATION", "NETWORK");
    }

    @Test
    void objectivesAndLearningAreSortedByYearByPriorityOrByLinkedHoursAndPagedInTheSameOrder() {
        UUID school = records.school(null, "Hawthorn School");
        UUID asha = records.teacher(school, "Asha Patel");
        UUID ben = records.teacher(school, "Ben Okafor");
        UUID earlyReading = records.priority(school, "2024/25", "Early reading");
        UUID behaviour = records.priority(school, "2024/25", "Behaviour");
        UUID lastYear = records.appraisal(records.cycle(school, "2024/25"), asha, ben);
        UUID phonics = records.objective(lastYear, earlyReading);
        records.objective(lastYear, behaviour);
        records.log(asha, "READING", "2025-03-10", "5", "50", List.of(phonics), List.of(earlyReading));
        records.log(asha, "COURSE", "2025-05-12", "2", "20", List.of(), List.of(behaviour));
        UUID readingAgain = records.priority(school, "2025/26", "Early reading");
        UUID attendance = records.priority(school, "2025/26", "Attendance");
        UUID thisYear = records.appraisal(records.cycle(school, "2025/26"), asha, ben);
        UUID fluency = records.objective(thisYear, readingAgain);
        records.objective(thisYear, attendance);
        records.log(asha, "READING", "2026-02-02", "1", "0", List.of(fluency), List.of(readingAgain));
        records.log(asha, "NETWORK", "2026-03-03", "4", "30", List.of(), List.of(attendance));
        String report = "/api/schools/" + school + "/reports/objectives-and-learning?from=2024/25&to=2025/26";
        String[] columns = {"academicYear", "priorityTitle", "linkedHours"};

        assertThat(rowsOnceThey(report, List.of(
                "2024/25  5",
                "2024/25 Behaviour 2",
                "2024/25 Early reading 5",
                "2025/26  1",
                "2025/26 Attendance 4",
                "2025/26 Early reading 1"), columns)).as("the default order").hasSize(6);
        assertThat(pageByPage(report + "&sort=priority", 4, columns)).containsExactly(
                "2024/25  5",
                "2025/26  1",
                "2025/26 Attendance 4",
                "2024/25 Behaviour 2",
                "2024/25 Early reading 5",
                "2025/26 Early reading 1");
        assertThat(pageByPage(report + "&sort=linkedHours", 4, columns)).containsExactly(
                "2024/25  5",
                "2024/25 Early reading 5",
                "2024/25 Behaviour 2",
                "2025/26  1",
                "2025/26 Attendance 4",
                "2025/26 Early reading 1");
        assertThat(pageByPage(report + "&sort=year", 4, columns)).isEqualTo(lines(admin.read(admin.get(report)),
                columns));
        assertThat(csvLines(report + "&sort=priority", 0, 2)).as("CSV in the same order").containsExactly(
                "2024/25 ", "2025/26 ", "2025/26 Attendance", "2024/25 Behaviour", "2024/25 Early reading",
                "2025/26 Early reading");
    }

    /**
     * Two years of one teacher's objectives at a school, with learning linked to some of them, a link removed, a
     * declined request and a withdrawn objective; answers the school.
     */
    private UUID aSchoolWithTwoYearsOfObjectivesAndLearning() {
        UUID school = records.school(null, "Elmside Academy");
        UUID asha = records.teacher(school, "Asha Patel");
        UUID ben = records.teacher(school, "Ben Okafor");

        UUID earlyReading = records.priority(school, "2024/25", "Early reading");
        UUID lastYear = records.appraisal(records.cycle(school, "2024/25"), asha, ben);
        UUID phonics = records.objective(lastYear, earlyReading);
        UUID behaviour = records.objective(lastYear);
        records.log(asha, "READING", "2025-03-10", "5", "50", List.of(phonics), List.of(earlyReading));
        records.finalReview(lastYear, "2025-07-10");
        records.outcome(lastYear, phonics, "MET");
        records.outcome(lastYear, behaviour, "NOT_MET");

        UUID oracy = records.priority(school, "2025/26", READING_PRIORITY);
        UUID thisYear = records.appraisal(records.cycle(school, "2025/26"), asha, ben);
        UUID fluency = records.objective(thisYear, oracy);
        UUID questioning = records.objective(thisYear);
        UUID feedback = records.objective(thisYear);
        UUID outdoor = records.objective(thisYear);
        UUID course = records.request(asha, "COURSE", "2026-06-10", "6", "180", "1", List.of(fluency),
                List.of(oracy));
        records.approve(course);
        records.complete(course, "2026-06-10", "6", "200");
        records.decline(records.request(asha, "COACHING", "2026-05-05", "3", "90", "0", List.of(questioning),
                List.of()));
        UUID book = records.log(asha, "READING", "2026-04-20", "2", "0", List.of(feedback), List.of());
        records.unlinkObjective(book, feedback);
        records.log(asha, "NETWORK", "2026-03-03", "3", "30", List.of(outdoor), List.of());
        records.withdraw(thisYear, outdoor);
        records.finalReview(thisYear, "2026-07-10");
        records.outcome(thisYear, fluency, "PARTIALLY_MET");
        records.outcome(thisYear, questioning, "MET");
        return school;
    }

    private static String twoYearsOf(UUID school) {
        return "/api/schools/" + school + "/reports/objectives-and-learning?from=2024/25&to=2025/26";
    }

    @Test
    void objectivesAndTheirLearningAreComparedYearByYearWithOutcomesWithAndWithoutLinkedLearning() {
        UUID school = aSchoolWithTwoYearsOfObjectivesAndLearning();

        assertThat(rowsOnceThey(twoYearsOf(school), List.of(
                "2024/25  2 1 50 5 50 1 0 0 0 0 0 0 1 0 0",
                "2024/25 Early reading 1 1 100 5 50 1 0 0 0 0 0 0 0 0 0",
                "2025/26  3 1 33.3 6 200 0 1 0 0 0 1 0 0 0 1",
                "2025/26 Reading, writing\nand oracy 1 1 100 6 200 0 1 0 0 0 0 0 0 0 0"), OBJECTIVES)).hasSize(4);
    }

    @Test
    void objectivesAndLearningAreGroupedByTheStandardsTheObjectivesServeWhenAsked() {
        UUID school = records.school(null, "Rowan Primary");
        UUID asha = records.teacher(school, "Asha Patel");
        UUID ben = records.teacher(school, "Ben Okafor");
        UUID appraisal = records.appraisal(records.cycle(school, "2025/26"), asha, ben);
        UUID reading = records.objective(appraisal, List.of("TS2", "TS3"));
        records.objective(appraisal, List.of("TS3"));
        UUID trips = records.objective(appraisal, List.of("TS8"));
        records.log(asha, "READING", "2026-02-02", "4", "40", List.of(reading), List.of());
        records.withdraw(appraisal, trips);
        String report = "/api/schools/" + school + "/reports/objectives-and-learning?from=2025/26&to=2025/26"
                + "&by=standard&sort=priority";
        String[] columns = {"academicYear", "standard", "objectivesSet", "objectivesWithLinkedLearning",
                "linkedHours", "linkedCost", "noOutcomeYetWithoutLearning"};

        assertThat(rowsOnceThey(report, List.of(
                "2025/26  2 1 4 40 1",
                "2025/26 TS2 1 1 4 40 0",
                "2025/26 TS3 2 1 4 40 1"), columns)).as("a withdrawn objective's standard has no row").hasSize(3);
        assertThat(lines(admin.read(admin.get(report.replace("&by=standard", ""))), "standard", "priorityId"))
                .as("by priority unless asked").containsExactly(" ");
        assertThat(csvLines(report, 0, 3)).as("CSV alike").containsExactly("2025/26 ", "2025/26 TS2",
                "2025/26 TS3");
        assertThat(admin.refusal(400, admin.get(report.replace("by=standard", "by=colour"))))
                .isEqualTo("invalid-input");
    }

    @Test
    void aPersonsOwnObjectivesAndLearningAreCountedForEachYearTheyWereAppraised() {
        UUID school = records.school(null, "Rowan Primary");
        UUID asha = records.teacher(school, "Asha Patel");
        UUID ben = records.teacher(school, "Ben Okafor");
        UUID lastYear = records.appraisal(records.cycle(school, "2024/25"), asha, ben);
        UUID phonics = records.objective(lastYear);
        UUID behaviour = records.objective(lastYear);
        records.log(asha, "READING", "2025-03-10", "5", "50", List.of(phonics), List.of());
        records.finalReview(lastYear, "2025-07-10");
        records.outcome(lastYear, phonics, "MET");
        records.outcome(lastYear, behaviour, "NOT_MET");
        UUID thisYear = records.cycle(school, "2025/26");
        records.appraisal(thisYear, asha, ben);
        records.objective(records.appraisal(thisYear, ben, asha));
        String[] columns = Arrays.copyOf(OBJECTIVES, OBJECTIVES.length + 1);
        columns[OBJECTIVES.length] = "standard";

        assertThat(rowsOnceThey("/api/staff/" + asha + "/reports/objectives-and-learning", List.of(
                "2024/25  2 1 50 5 50 1 0 0 0 0 0 0 1 0 0 ",
                "2025/26  0 0  0 0 0 0 0 0 0 0 0 0 0 0 "), columns))
                .as("a year with no objective yet is there with none").hasSize(2);
        assertThat(rowsOnceThey("/api/staff/" + ben + "/reports/objectives-and-learning", List.of(
                "2025/26  1 0 0 0 0 0 0 0 0 0 0 0 0 0 1 "), columns)).as("only their own, not their appraisees'")
                .hasSize(1);
        assertThat(csvLines("/api/staff/" + asha + "/reports/objectives-and-learning", 0, 4))
                .containsExactly("2024/25 2", "2025/26 0");
        assertThat(admin.refusal(404, admin.get("/api/staff/" + UUID.randomUUID()
                + "/reports/objectives-and-learning"))).isEqualTo("staff-member-not-found");
    }

    /**
     * The totals count objectives (events of appraisals) together with the learning linked to them (events of
     * each piece of learning), so the processor keeps one order for all of a school's events, not one per record.
     */
    @Test
    void theLearningReportsApplyEachSchoolsEventsInOneOrderWhicheverRecordTheyBelongTo() {
        SequencingPolicy<? super EventMessage<?>> order = processing.sequencingPolicy("learning-reports");
        SchoolId school = new SchoolId(UUID.randomUUID());
        String appraisal = UUID.randomUUID().toString();
        String activity = UUID.randomUUID().toString();
        LocalDate day = LocalDate.of(2026, 3, 2);

        Object objectiveWithdrawn = order.getSequenceIdentifierFor(new GenericDomainEventMessage<>("Appraisal",
                appraisal, 4, new ObjectiveWithdrawn(AppraisalId.of(appraisal), school, new ObjectiveId(UUID.randomUUID()),
                        new PersonalText("Moved to Year 6"), day)));
        Object learningApproved = order.getSequenceIdentifierFor(new GenericDomainEventMessage<>("CpdActivity",
                activity, 1, new CpdActivityApproved(CpdActivityId.of(activity), new StaffId(UUID.randomUUID()),
                        school, day)));
        Object elsewhere = order.getSequenceIdentifierFor(new GenericDomainEventMessage<>("CpdActivity", activity, 1,
                new CpdActivityApproved(CpdActivityId.of(activity), new StaffId(UUID.randomUUID()),
                        new SchoolId(UUID.randomUUID()), day)));

        assertThat(objectiveWithdrawn).isEqualTo(learningApproved).isNotEqualTo(elsewhere);
        assertThat(order.getSequenceIdentifierFor(new GenericDomainEventMessage<>("Trust", appraisal, 0,
                new TrustRegistered(TrustId.of(appraisal), "Northern Lights Trust"))))
                .as("an event naming no school keeps its record's order").isEqualTo(appraisal);
    }

    @Test
    void theLearningReportsAreRebuiltTheSameWhenTheirEventsAreReplayed() {
        UUID school = aSchoolWithTwoYearsOfObjectivesAndLearning();
        String cpd = "/api/schools/" + school + "/reports/cpd?academicYear=2025/26&by=priority";
        rowsOnceThey(twoYearsOf(school), List.of("2", "1", "3", "1"), "objectivesSet");
        caughtUp("learning-reports");
        JsonNode objectives = admin.read(admin.get(twoYearsOf(school))).path("rows");
        JsonNode spend = admin.read(admin.get(cpd)).path("rows");

        StreamingEventProcessor reports = processing.eventProcessor("learning-reports", StreamingEventProcessor.class)
                .orElseThrow();
        reports.shutDown();
        reports.resetTokens();
        reports.start();

        await().atMost(Duration.ofSeconds(30)).until(
                () -> admin.read(admin.get(twoYearsOf(school))).path("rows").equals(objectives)
                        && admin.read(admin.get(cpd)).path("rows").equals(spend));
    }

    @Test
    void aTrustRollsUpItsSchoolsAndNoSchoolSeesAnotherSchoolsRows() {
        UUID trust = records.trust("Northern Lights Trust");
        UUID oakfield = records.school(trust, "Oakfield Primary");
        UUID elmside = records.school(trust, "Elmside Academy");
        UUID standalone = records.school(null, "Standalone School");
        UUID asha = records.teacher(oakfield, "Asha Patel");
        UUID ben = records.teacher(oakfield, "Ben Okafor");
        UUID cara = records.teacher(elmside, "Cara Jones");
        UUID dev = records.teacher(elmside, "Dev Shah");
        UUID eve = records.teacher(standalone, "Eve Stone");
        UUID ashasObjective = records.objective(records.appraisal(records.cycle(oakfield, "2025/26"), asha, ben));
        records.objective(records.appraisal(records.cycle(elmside, "2025/26"), cara, dev));
        records.log(asha, "COURSE", "2026-05-01", "4", "100", List.of(ashasObjective), List.of());
        records.log(cara, "INSET", "2026-05-02", "2", "0", List.of(), List.of());
        records.log(eve, "COURSE", "2026-05-03", "10", "500", List.of(), List.of());
        String cpd = "/reports/cpd?academicYear=2025/26&by=";

        assertThat(rowsOnceThey("/api/trusts/" + trust + cpd + "school", List.of(
                "Elmside Academy 1 0 0 0 0 2 0 0 0",
                "Oakfield Primary 1 0 0 0 0 4 100 0 0"), SPEND)).hasSize(2);
        assertThat(lines(admin.read(admin.get("/api/trusts/" + trust + cpd + "type")), SPEND)).containsExactly(
                "COURSE 1 0 0 0 0 4 100 0 0",
                "INSET 1 0 0 0 0 2 0 0 0");
        assertThat(rowsOnceThey("/api/trusts/" + trust + "/reports/objectives-and-learning?from=2025/26&to=2025/26",
                List.of("2025/26 2 1 50 4 100"), "academicYear", "objectivesSet", "objectivesWithLinkedLearning",
                "percentWithLinkedLearning", "linkedHours", "linkedCost")).hasSize(1);

        assertThat(rowsOnceThey("/api/schools/" + oakfield + cpd + "person",
                List.of("Asha Patel 1 0 0 0 0 4 100 0 0"), SPEND)).hasSize(1);
        assertThat(rowsOnceThey("/api/schools/" + elmside + cpd + "person",
                List.of("Cara Jones 1 0 0 0 0 2 0 0 0"), SPEND)).hasSize(1);
        assertThat(lines(admin.read(admin.get("/api/schools/" + elmside
                        + "/reports/objectives-and-learning?from=2025/26&to=2025/26")), "objectivesSet",
                "objectivesWithLinkedLearning")).containsExactly("1 0");
        // a school outside the trust: its learning is its own, and none of the trust's is in it
        assertThat(rowsOnceThey("/api/schools/" + standalone + cpd + "person",
                List.of("Eve Stone 1 0 0 0 0 10 500 0 0"), SPEND)).hasSize(1);
        assertThat(lines(admin.read(admin.get("/api/trusts/" + trust + cpd + "person")), SPEND))
                .containsExactlyInAnyOrder("Asha Patel 1 0 0 0 0 4 100 0 0", "Cara Jones 1 0 0 0 0 2 0 0 0");
    }

    @Test
    void aReportIsServedAsCsvWithAHeaderAndFreeTextQuoted() {
        UUID school = records.school(null, "Ashdown Primary");
        UUID asha = records.teacher(school, "Asha Patel");
        UUID reading = records.priority(school, "2025/26", READING_PRIORITY);
        records.log(asha, "READING", "2026-01-15", "1.5", "12.50", List.of(), List.of(reading));
        String report = "/api/schools/" + school + "/reports/cpd?academicYear=2025/26&by=priority";
        rowsOnceThey(report, List.of("Reading, writing\nand oracy"), "label");

        ResponseEntity<String> csv = csv(report);

        assertThat(csv.getHeaders().getContentType().isCompatibleWith(MediaType.valueOf("text/csv"))).isTrue();
        assertThat(csv.getBody()).isEqualTo("""
                academicYear,groupedBy,key,label,activities,requestedHours,requestedCost,approvedHours,approvedCost,\
                completedHours,completedCost,coverDaysRequested,coverDaysApproved
                2025/26,PRIORITY,%s,"Reading, writing
                and oracy",1,0,0,0,0,1.5,12.50,0,0
                """.formatted(reading));
        assertThat(csv(report.replace("/reports/cpd?academicYear=2025/26&by=priority",
                "/reports/objectives-and-learning?from=2025/26&to=2025/26")).getBody())
                .startsWith("academicYear,priorityId,priorityTitle,standard,objectivesSet,"
                        + "objectivesWithLinkedLearning,");
    }

    @Test
    void aReportRefusesParametersOutOfRangeAsInvalidInput() {
        UUID trust = records.trust("Willow Trust");
        records.school(trust, "Willow Primary");
        caughtUp("directory");
        String cpd = "/api/schools/" + UUID.randomUUID() + "/reports/cpd?academicYear=2025/26";
        String objectives = "/api/trusts/" + trust + "/reports/objectives-and-learning";

        assertThat(admin.refusal(400, admin.get(cpd + "&size=0"))).isEqualTo("invalid-input");
        assertThat(admin.refusal(400, admin.get(cpd + "&size=1001"))).isEqualTo("invalid-input");
        assertThat(admin.refusal(400, admin.get(cpd + "&page=-1"))).isEqualTo("invalid-input");
        assertThat(admin.refusal(400, admin.get(cpd + "&by=colour"))).isEqualTo("invalid-input");
        assertThat(admin.refusal(400, admin.get(cpd + "&sort=colour"))).isEqualTo("invalid-input");
        assertThat(admin.refusal(400, admin.get(cpd.replace("schools", "trusts") + "&sort=hours,cost")))
                .isEqualTo("invalid-input");
        assertThat(admin.refusal(400, admin.get(objectives + "?sort=outcome"))).isEqualTo("invalid-input");
        assertThat(admin.refusal(400, admin.get(objectives.replace("trusts", "schools") + "?sort=YEAR")))
                .isEqualTo("invalid-input");
        assertThat(admin.read(admin.get(cpd + "&sort=colour")).path("errors").findValuesAsText("field"))
                .as("the problem names the parameter").containsExactly("sort");
        assertThat(admin.read(admin.get(cpd + "&by=colour")).path("errors").findValuesAsText("field"))
                .containsExactly("by");
        assertThat(admin.refusal(400, admin.get(cpd.replace("2025/26", "2025/27")))).isEqualTo("invalid-input");
        assertThat(admin.refusal(400, admin.get(objectives + "?from=2025/26&to=2024/25"))).isEqualTo("invalid-input");
        assertThat(admin.refusal(400, admin.get(objectives + "?from=2010/11&to=2025/26"))).isEqualTo("invalid-input");
        assertThat(admin.read(admin.get(objectives)).path("rows").findValuesAsText("academicYear"))
                .as("the last three years unless asked").containsExactly("2023/24", "2024/25", "2025/26");
    }

    @Test
    void aReportOfASchoolOrTrustNobodyKnowsIsNotFound() {
        assertThat(admin.refusal(404, admin.get("/api/schools/" + UUID.randomUUID() + "/reports/cpd")))
                .isEqualTo("school-not-found");
        assertThat(admin.refusal(404, admin.get("/api/trusts/" + UUID.randomUUID()
                + "/reports/objectives-and-learning"))).isEqualTo("trust-not-found");
    }
}
