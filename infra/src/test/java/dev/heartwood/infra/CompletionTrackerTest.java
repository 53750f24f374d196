package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The appraisal completion tracker over HTTP: where each appraisal of a cycle stands, how late it is against the
 * cycle's deadlines on the fixed day (15 July 2026), corrections, CSV, paging, and a trust's roll-up.
 */
class CompletionTrackerTest extends ApiTestBase {

    /** A teacher's year after the objectives are agreed, up to completion, with the mid-year review on time. */
    private void reviewAndComplete(UUID appraisalId, UUID objectiveId) {
        String appraisal = "/api/appraisals/" + appraisalId;
        admin.expect(204, admin.post(appraisal + "/mid-year-review", "{\"heldOn\": \"2026-02-11\"}"));
        admin.expect(204, admin.post(appraisal + "/self-review", "{\"reflection\": \"My questioning improved\"}"));
        admin.expect(204, admin.post(appraisal + "/final-review", "{\"heldOn\": \"2026-07-10\"}"));
        admin.expect(204, admin.put(appraisal + "/objectives/" + objectiveId + "/outcome", "{\"outcome\": \"MET\"}"));
        admin.expect(204, admin.post(appraisal + "/report", "{\"summary\": \"A strong year\"}"));
        admin.expect(204, admin.post(appraisal + "/sign-offs", "{\"party\": \"APPRAISEE\"}"));
        admin.expect(204, admin.post(appraisal + "/sign-offs", "{\"party\": \"APPRAISER\"}"));
        admin.expect(204, admin.post(appraisal + "/completion", ""));
    }

    private void agreeObjectives(UUID appraisalId) {
        admin.expect(204, admin.post("/api/appraisals/" + appraisalId + "/agreements", "{\"party\": \"APPRAISEE\"}"));
        admin.expect(204, admin.post("/api/appraisals/" + appraisalId + "/agreements", "{\"party\": \"APPRAISER\"}"));
    }

    /** Another teacher of the school appraised by the school's appraiser, with one objective set today. */
    private UUID anotherAppraisal(SchoolWithAnAppraisal school, String name, UUID objectiveId) {
        UUID teacher = UUID.randomUUID();
        UUID appraisalId = UUID.randomUUID();
        admin.expect(201, admin.registerTeacher(school.schoolId(), teacher, name));
        admin.expect(201, admin.startAppraisal(appraisalId, school.cycleId(), teacher, school.appraiserId()));
        admin.expect(201, admin.setObjective(appraisalId, objectiveId, "Improve feedback in maths"));
        return appraisalId;
    }

    private String trackerOf(SchoolWithAnAppraisal school) {
        return "/api/schools/" + school.schoolId() + "/reports/appraisal-completion?cycleId=" + school.cycleId();
    }

    /** The report as soon as it satisfies the condition; read models run a little behind the commands. */
    private JsonNode onceItShows(String path, Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> admin.read(admin.get(path)), condition);
    }

    /** The appraisal's row, or a missing node while the report does not show it yet. */
    private static JsonNode row(JsonNode report, UUID appraisalId) {
        return StreamSupport.stream(report.path("rows").spliterator(), false)
                .filter(row -> row.path("appraisalId").asText().equals(appraisalId.toString()))
                .findFirst()
                .orElse(MissingNode.getInstance());
    }

    private static Predicate<JsonNode> named(int rows) {
        return report -> report.path("rows").size() == rows && StreamSupport.stream(
                report.path("rows").spliterator(), false).allMatch(row -> row.path("staffName").isTextual());
    }

    @Test
    void showsWhereEachAppraisalOfTheCycleStandsAndHowManyDaysLateItIs() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        UUID exempt = UUID.randomUUID();
        UUID newTeacher = UUID.randomUUID();
        admin.expect(201, admin.registerTeacher(school.schoolId(), newTeacher, "Cara Lewis"));
        admin.expect(201, admin.post("/api/cycles/" + school.cycleId() + "/exemptions", """
                {"appraisalId": "%s", "appraiseeId": "%s", "reason": "INDUCTION"}""".formatted(exempt, newTeacher)));
        UUID objective = UUID.randomUUID();
        UUID completed = anotherAppraisal(school, "Dev Sharma", objective);
        agreeObjectives(completed);
        reviewAndComplete(completed, objective);
        caughtUp("directory");
        caughtUp("completion-tracker");

        JsonNode report = onceItShows(trackerOf(school), named(3).and(tracker ->
                "COMPLETED".equals(row(tracker, completed).path("status").asText())));

        JsonNode underWay = row(report, school.appraisalId());
        assertThat(underWay.path("staffName").asText()).isEqualTo("Asha Patel");
        assertThat(underWay.path("appraiserName").asText()).isEqualTo("Ben Okafor");
        assertThat(underWay.path("category").asText()).isEqualTo("TEACHER");
        assertThat(underWay.path("status").asText()).isEqualTo("UNDER_WAY");
        assertThat(underWay.path("objectives").asInt()).isEqualTo(1);
        assertThat(underWay.path("objectivesSetOn").asText()).isEqualTo("2026-07-15");
        assertThat(underWay.path("objectivesAgreedOn").isNull()).isTrue();
        // objectives by 31 October, mid-year review by 28 February (not held), final review by 31 July (not yet due)
        assertThat(underWay.path("objectivesDaysLate").asInt()).isEqualTo(257);
        assertThat(underWay.path("midYearReviewDaysLate").asInt()).isEqualTo(137);
        assertThat(underWay.path("finalReviewDaysLate").numberValue()).isEqualTo(0);
        assertThat(underWay.path("daysLate").asInt()).isEqualTo(257);

        JsonNode exemption = row(report, exempt);
        assertThat(exemption.path("status").asText()).isEqualTo("EXEMPT");
        assertThat(exemption.path("exemption").asText()).isEqualTo("INDUCTION");
        assertThat(exemption.path("appraiserId").isNull()).isTrue();
        assertThat(exemption.path("midYearReviewDaysLate").isNull()).isTrue();
        assertThat(exemption.path("daysLate").isNull()).isTrue();

        JsonNode done = row(report, completed);
        assertThat(done.path("objectivesAgreedOn").asText()).isEqualTo("2026-07-15");
        assertThat(done.path("midYearReviewOn").asText()).isEqualTo("2026-02-11");
        assertThat(done.path("selfReviewOn").asText()).isEqualTo("2026-07-15");
        assertThat(done.path("finalReviewOn").asText()).isEqualTo("2026-07-10");
        assertThat(done.path("reportIssuedOn").asText()).isEqualTo("2026-07-15");
        assertThat(done.path("appraiseeSignedOffOn").asText()).isEqualTo("2026-07-15");
        assertThat(done.path("appraiserSignedOffOn").asText()).isEqualTo("2026-07-15");
        assertThat(done.path("completedOn").asText()).isEqualTo("2026-07-15");
        assertThat(done.path("midYearReviewDaysLate").numberValue()).isEqualTo(0);
        assertThat(done.path("finalReviewDaysLate").numberValue()).isEqualTo(0);
        assertThat(done.path("disagreementRecorded")).isEqualTo(BooleanNode.FALSE);

        assertThat(report.path("total").asLong()).isEqualTo(3);
        assertThat(report.path("freshness").path("lastEventIndex").asLong()).isPositive();
        JsonNode byYear = admin.read(admin.get("/api/schools/" + school.schoolId()
                + "/reports/appraisal-completion?academicYear=2025/26&sort=daysLate"));
        assertThat(byYear.path("rows")).extracting(row -> row.path("staffName").asText())
                .containsExactly("Asha Patel", "Dev Sharma", "Cara Lewis");
        JsonNode exemptOnly = admin.read(admin.get(trackerOf(school) + "&status=EXEMPT"));
        assertThat(exemptOnly.path("rows")).extracting(row -> row.path("appraisalId").asText())
                .containsExactly(exempt.toString());
        assertThat(exemptOnly.path("total").asLong()).isEqualTo(1);
    }

    @Test
    void aLeaversAppraisalIsNoLongerLateForStepsItWillNeverReach() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        agreeObjectives(school.appraisalId());

        admin.expect(204, admin.put("/api/staff/" + school.teacherId() + "/leaving",
                "{\"leaveDate\": \"2026-07-17\"}"));

        JsonNode leaver = row(onceItShows(trackerOf(school),
                tracker -> "TERMINATED".equals(row(tracker, school.appraisalId()).path("status").asText())),
                school.appraisalId());
        assertThat(leaver.path("objectivesDaysLate").asInt()).isEqualTo(257);
        assertThat(leaver.path("midYearReviewDaysLate").isNull()).isTrue();
        assertThat(leaver.path("finalReviewDaysLate").isNull()).isTrue();
        assertThat(leaver.path("daysLate").asInt()).isEqualTo(257);
    }

    @Test
    void correctionsShowAsTheyHappen() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        String appraisal = "/api/appraisals/" + school.appraisalId();
        UUID second = UUID.randomUUID();
        admin.expect(201, admin.setObjective(school.appraisalId(), second, "Lead the reading club"));
        agreeObjectives(school.appraisalId());
        onceItShows(trackerOf(school), tracker -> row(tracker, school.appraisalId()).path("objectives").asInt() == 2
                && row(tracker, school.appraisalId()).path("objectivesAgreedOn").isTextual());

        admin.expect(204, admin.post(appraisal + "/objectives/" + second + "/withdrawal",
                "{\"reason\": \"The club closed\"}"));
        JsonNode withdrawn = row(onceItShows(trackerOf(school),
                tracker -> row(tracker, school.appraisalId()).path("objectives").asInt() == 1), school.appraisalId());
        assertThat(withdrawn.path("objectivesAgreedOn").asText()).isEqualTo("2026-07-15");

        admin.expect(204, admin.put(appraisal + "/objectives/" + school.objectiveId(), """
                {"title": "Raise Year 4 reading fluency and stamina", "successCriteria": "85%% at expected",
                 "standards": ["TS4"], "reason": "Raised after the spring data"}""".formatted()));
        admin.expect(204, admin.post(appraisal + "/disagreements",
                "{\"party\": \"APPRAISEE\", \"statement\": \"The new target is too high\"}"));
        JsonNode revised = row(onceItShows(trackerOf(school),
                tracker -> row(tracker, school.appraisalId()).path("disagreementRecorded").asBoolean()),
                school.appraisalId());
        assertThat(revised.path("objectivesAgreedOn").isNull()).isTrue();

        agreeObjectives(school.appraisalId());
        reviewAndComplete(school.appraisalId(), school.objectiveId());
        onceItShows(trackerOf(school),
                tracker -> "COMPLETED".equals(row(tracker, school.appraisalId()).path("status").asText()));
        Api headteacher = headteacherOf(school.schoolId());
        headteacher.expect(204, headteacher.post(appraisal + "/reopening",
                "{\"reason\": \"Outcome recorded against the wrong objective\"}"));

        JsonNode reopened = row(onceItShows(trackerOf(school),
                tracker -> "UNDER_WAY".equals(row(tracker, school.appraisalId()).path("status").asText())),
                school.appraisalId());
        assertThat(reopened.path("objectives").asInt()).isEqualTo(1);
        assertThat(reopened.path("objectivesAgreedOn").asText()).isEqualTo("2026-07-15");
        assertThat(reopened.path("finalReviewOn").asText()).isEqualTo("2026-07-10");
        assertThat(reopened.path("reportIssuedOn").isNull()).isTrue();
        assertThat(reopened.path("appraiseeSignedOffOn").isNull()).isTrue();
        assertThat(reopened.path("appraiserSignedOffOn").isNull()).isTrue();
        assertThat(reopened.path("completedOn").isNull()).isTrue();
    }

    @Test
    void aFollowUpMidYearReviewLeavesTheFirstOneOnTime() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        String appraisal = "/api/appraisals/" + school.appraisalId();
        agreeObjectives(school.appraisalId());
        admin.expect(204, admin.post(appraisal + "/mid-year-review", "{\"heldOn\": \"2026-02-11\"}"));
        admin.expect(204, admin.post(appraisal + "/mid-year-review", "{\"heldOn\": \"2026-05-01\"}"));

        // once the report has applied every event, the second review included
        JsonNode reviewed = row(onceItShows(trackerOf(school), tracker -> tracker.path("freshness").path("behind")
                .asLong() == 0 && !row(tracker, school.appraisalId()).isMissingNode()), school.appraisalId());

        assertThat(reviewed.path("midYearReviewOn").asText()).isEqualTo("2026-02-11");
        assertThat(reviewed.path("midYearReviewDaysLate").numberValue()).isEqualTo(0);
    }

    @Test
    void aReplayRebuildsTheSameRowsAfterCorrections() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        UUID second = UUID.randomUUID();
        admin.expect(201, admin.setObjective(school.appraisalId(), second, "Lead the reading club"));
        agreeObjectives(school.appraisalId());
        admin.expect(204, admin.post("/api/appraisals/" + school.appraisalId() + "/objectives/" + second
                + "/withdrawal", "{\"reason\": \"The club closed\"}"));
        reviewAndComplete(school.appraisalId(), school.objectiveId());
        admin.expect(204, admin.post("/api/appraisals/" + school.appraisalId() + "/reopening",
                "{\"reason\": \"Outcome recorded against the wrong objective\"}"));
        caughtUp("completion-tracker");
        // reopened: the final review stands, the report is gone
        JsonNode live = onceItShows(trackerOf(school), named(1).and(tracker ->
                row(tracker, school.appraisalId()).path("finalReviewOn").isTextual()
                        && row(tracker, school.appraisalId()).path("reportIssuedOn").isNull()));

        admin.expect(202, admin.post("/api/admin/processors/completion-tracker/replay", ""));
        caughtUp("completion-tracker");

        // the rebuild wrote into new tables, so equal rows can only come from the replay
        onceItShows(trackerOf(school), rebuilt -> rebuilt.path("rows").equals(live.path("rows")));
    }

    @Test
    void servesTheTrackerAsCsvWithFreeTextQuoted() throws IOException {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        UUID smith = anotherAppraisal(school, "Smith, Jo\\n(job share)", UUID.randomUUID());
        onceItShows(trackerOf(school), named(2));

        ResponseEntity<String> csv = admin.send(HttpMethod.GET, trackerOf(school), null, "text/csv");

        assertThat(csv.getStatusCode().value()).isEqualTo(200);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getBody()).startsWith("appraisalId,schoolId,schoolName,cycleId,academicYear,staffId,staffName,");
        assertThat(csv.getBody()).contains("\"Smith, Jo\n(job share)\"");
        try (MappingIterator<Map<String, String>> lines = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv.getBody())) {
            List<Map<String, String>> rows = lines.readAll();
            assertThat(rows).hasSize(2);
            assertThat(rows).filteredOn(row -> row.get("appraisalId").equals(smith.toString()))
                    .singleElement()
                    .satisfies(row -> {
                        assertThat(row.get("staffName")).isEqualTo("Smith, Jo\n(job share)");
                        assertThat(row.get("objectivesDaysLate")).isEqualTo("257");
                        assertThat(row.get("objectivesAgreedOn")).isEmpty();
                    });
        }
    }

    @Test
    void pagesThroughTheTrackerAndRefusesBadParameters() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        anotherAppraisal(school, "Dev Sharma", UUID.randomUUID());
        anotherAppraisal(school, "Ella Price", UUID.randomUUID());
        onceItShows(trackerOf(school), named(3));

        JsonNode first = admin.read(admin.get(trackerOf(school) + "&size=2&page=0"));
        JsonNode second = admin.read(admin.get(trackerOf(school) + "&size=2&page=1"));

        assertThat(first.path("rows")).extracting(row -> row.path("staffName").asText())
                .containsExactly("Asha Patel", "Dev Sharma");
        assertThat(second.path("rows")).extracting(row -> row.path("staffName").asText())
                .containsExactly("Ella Price");
        assertThat(first.path("total").asLong()).isEqualTo(3);
        assertThat(second.path("page").asInt()).isEqualTo(1);
        assertThat(second.path("size").asInt()).isEqualTo(2);
        assertThat(admin.refusal(400, admin.get(trackerOf(school) + "&size=0"))).isEqualTo("invalid-input");
        assertThat(admin.read(admin.get(trackerOf(school))).path("size").asInt()).as("as every list's")
                .isEqualTo(100);
        assertThat(admin.read(admin.get(trackerOf(school) + "&size=1000")).path("rows")).hasSize(3);
        assertThat(admin.refusal(400, admin.get(trackerOf(school) + "&size=1001"))).isEqualTo("invalid-input");
        assertThat(admin.refusal(400, admin.get(trackerOf(school) + "&size=ten"))).isEqualTo("invalid-input");
        assertThat(admin.refusal(400, admin.get(trackerOf(school) + "&page=-1"))).isEqualTo("invalid-input");
        assertThat(admin.refusal(400, admin.get(trackerOf(school) + "&sort=salary"))).isEqualTo("invalid-input");
        assertThat(admin.refusal(400, admin.get(trackerOf(school) + "&status=LOST"))).isEqualTo("invalid-input");
        String bySchool = "/api/schools/" + school.schoolId() + "/reports/appraisal-completion";
        assertThat(admin.refusal(400, admin.get(bySchool + "?academicYear=2025/27"))).isEqualTo("invalid-input");
        assertThat(admin.refusal(404, admin.get(bySchool + "?academicYear=2030/31"))).isEqualTo("cycle-not-found");
        assertThat(admin.refusal(404, admin.get(bySchool + "?cycleId=" + UUID.randomUUID())))
                .isEqualTo("cycle-not-found");
        assertThat(admin.refusal(404, admin.get("/api/schools/" + UUID.randomUUID()
                + "/reports/appraisal-completion?academicYear=2025/26"))).isEqualTo("school-not-found");
        assertThat(admin.send(HttpMethod.GET, bySchool + "?academicYear=2030/31", null, "text/csv")
                .getStatusCode().value()).isEqualTo(404);
        assertThat(admin.refusal(404, admin.get("/api/trusts/" + UUID.randomUUID()
                + "/reports/appraisal-completion?academicYear=2025/26"))).isEqualTo("trust-not-found");
    }

    @Test
    void rollsUpEverySchoolOfATrustAndKeepsEachSchoolsRowsToItself() {
        UUID trust = new Given(admin).trust("Northern Lights Trust");
        SchoolWithAnAppraisal north = inTrust(trust, "Northfield Academy");
        SchoolWithAnAppraisal south = inTrust(trust, "Southfield Academy");
        SchoolWithAnAppraisal elsewhere = SchoolWithAnAppraisal.createdThrough(admin);
        String trustTracker = "/api/trusts/" + trust + "/reports/appraisal-completion?academicYear=2025/26";

        JsonNode rollUp = onceItShows(trustTracker, named(2));
        onceItShows(trackerOf(elsewhere), named(1));

        assertThat(rollUp.path("rows")).extracting(row -> row.path("schoolName").asText())
                .containsExactlyInAnyOrder("Northfield Academy", "Southfield Academy");
        assertThat(rollUp.path("rows")).extracting(row -> row.path("appraisalId").asText())
                .containsExactlyInAnyOrder(north.appraisalId().toString(), south.appraisalId().toString());
        assertThat(admin.read(admin.get(trackerOf(north))).path("rows"))
                .extracting(row -> row.path("appraisalId").asText())
                .containsExactly(north.appraisalId().toString());
        assertThat(admin.read(admin.get(trackerOf(elsewhere))).path("rows"))
                .extracting(row -> row.path("schoolId").asText())
                .containsOnly(elsewhere.schoolId().toString());
        assertThat(admin.read(admin.get("/api/trusts/" + trust + "/reports/appraisal-completion?academicYear=2024/25"))
                .get("rows")).isEmpty();
    }

    /** A school of the trust with a teacher's appraisal, created through the API like Oakfield. */
    private SchoolWithAnAppraisal inTrust(UUID trust, String name) {
        UUID schoolId = new Given(admin).school(trust, name);
        SchoolWithAnAppraisal school = new SchoolWithAnAppraisal(schoolId, UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        admin.expect(201, admin.registerTeacher(schoolId, school.teacherId(), "Asha Patel"));
        admin.expect(201, admin.registerTeacher(schoolId, school.appraiserId(), "Ben Okafor"));
        admin.expect(201, admin.openCycle(schoolId, school.cycleId(), "NOT_PERFORMANCE_RELATED"));
        admin.expect(201, admin.startAppraisal(school.appraisalId(), school.cycleId(), school.teacherId(),
                school.appraiserId()));
        admin.expect(201, admin.setObjective(school.appraisalId(), school.objectiveId(), "Raise reading fluency"));
        return school;
    }
}
