package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A school enters an objectives meeting held on 20 October weeks later: every step over HTTP carries the day it
 * happened ({@code on}), the rules keep the days in order, the tracker counts the deadline from the day the
 * objectives were agreed, the audit log and the timeline show the day beside the instant it was recorded, and time
 * travel stays on the recorded instants.
 */
class DayItHappenedTest extends ApiTestBase {

    private static final String MEETING = "2025-10-20";

    /** The refusal's code, having checked that it recorded nothing. */
    private String refused(String path, String body) {
        long before = events.count();
        String code = admin.refusal(409, admin.post(path, body));
        assertThat(events.count()).as("a refused step records nothing").isEqualTo(before);
        return code;
    }

    /** Another teacher's appraisal in the school's cycle, with no objective yet. */
    private UUID anotherAppraisal(SchoolWithAnAppraisal school) {
        UUID teacher = UUID.randomUUID();
        UUID appraisalId = UUID.randomUUID();
        admin.expect(201, admin.registerTeacher(school.schoolId(), teacher, "Dev Sharma"));
        admin.expect(201, admin.startAppraisal(appraisalId, school.cycleId(), teacher, school.appraiserId()));
        return appraisalId;
    }

    private void setObjective(UUID appraisalId, UUID objectiveId, String on) {
        admin.expect(201, admin.post("/api/appraisals/" + appraisalId + "/objectives", """
                {"objectiveId": "%s", "title": "Lead phonics in Key Stage 1", "successCriteria": "Screening at 85%%",
                 "standards": ["TS3"], "on": "%s"}""".formatted(objectiveId, on)));
    }

    private JsonNode trackerRowOnceItShows(SchoolWithAnAppraisal school, UUID appraisalId, String field,
                                           String value) {
        String tracker = "/api/schools/" + school.schoolId() + "/reports/appraisal-completion?cycleId="
                + school.cycleId();
        return await().atMost(Duration.ofSeconds(15)).until(() -> StreamSupport.stream(
                                admin.read(admin.get(tracker)).path("rows").spliterator(), false)
                        .filter(row -> row.path("appraisalId").asText().equals(appraisalId.toString()))
                        .findFirst().orElse(MissingNode.getInstance()),
                row -> row.path(field).asText().equals(value));
    }

    @Test
    void anObjectivesMeetingEnteredWeeksLaterCountsFromTheDayItWasHeld() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        UUID appraisalId = anotherAppraisal(school);
        String appraisal = "/api/appraisals/" + appraisalId;
        UUID objective = UUID.randomUUID();
        setObjective(appraisalId, objective, MEETING);
        admin.expect(204, admin.post(appraisal + "/agreements", "{\"party\": \"APPRAISEE\", \"on\": \"" + MEETING
                + "\"}"));
        admin.expect(204, admin.post(appraisal + "/agreements", "{\"party\": \"APPRAISER\", \"on\": \"" + MEETING
                + "\"}"));

        JsonNode row = trackerRowOnceItShows(school, appraisalId, "objectivesDoneOn", MEETING);
        assertThat(row.path("objectivesSetOn").asText()).isEqualTo(MEETING);
        assertThat(row.path("objectivesDoneOn").asText()).isEqualTo(MEETING);
        assertThat(row.path("objectivesDaysLate").numberValue()).isEqualTo(0);

        // revised in the spring and agreed again: the step was done in October, and stays on time
        admin.expect(204, admin.put(appraisal + "/objectives/" + objective, """
                {"title": "Lead phonics in Key Stage 1", "successCriteria": "Screening at 88%%",
                 "standards": ["TS3"], "reason": "Raised after the spring data", "on": "2026-03-02"}"""
                .formatted()));
        admin.expect(204, admin.post(appraisal + "/agreements", "{\"party\": \"APPRAISEE\", \"on\": \"2026-03-04\"}"));
        admin.expect(204, admin.post(appraisal + "/agreements", "{\"party\": \"APPRAISER\", \"on\": \"2026-03-04\"}"));
        JsonNode revised = trackerRowOnceItShows(school, appraisalId, "objectivesAgreedOn", "2026-03-04");
        assertThat(revised.path("objectivesAgreedOn").asText()).isEqualTo("2026-03-04");
        assertThat(revised.path("objectivesDoneOn").asText()).isEqualTo(MEETING);
        assertThat(revised.path("objectivesDaysLate").numberValue()).isEqualTo(0);
    }

    @Test
    void aDisagreementRecordedInWritingCompletesTheObjectivesStepOnItsDay() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        UUID appraisalId = anotherAppraisal(school);
        String appraisal = "/api/appraisals/" + appraisalId;
        setObjective(appraisalId, UUID.randomUUID(), "2025-11-03");

        admin.expect(204, admin.post(appraisal + "/disagreements", """
                {"party": "APPRAISEE", "statement": "The target is too high for this class", "on": "2025-11-05"}"""));

        JsonNode row = trackerRowOnceItShows(school, appraisalId, "objectivesDoneOn", "2025-11-05");
        assertThat(row.path("disagreementRecordedOn").asText()).isEqualTo("2025-11-05");
        assertThat(row.path("objectivesDoneOn").asText()).isEqualTo("2025-11-05");
        assertThat(row.path("objectivesDaysLate").asInt()).as("31 October to 5 November").isEqualTo(5);
    }

    @Test
    void stepsAreRefusedOnADayStillToComeBeforeTheCycleBeforeThePersonJoinedOrBeforeAStepTheyFollow() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        String appraisal = "/api/appraisals/" + school.appraisalId();

        assertThat(refused(appraisal + "/agreements", "{\"party\": \"APPRAISEE\", \"on\": \"2026-07-16\"}"))
                .isEqualTo("date-in-the-future");
        assertThat(refused(appraisal + "/agreements", "{\"party\": \"APPRAISEE\", \"on\": \"2025-08-29\"}"))
                .isEqualTo("date-before-the-cycle");
        // the objective was set today: an agreement cannot be dated before it
        assertThat(refused(appraisal + "/agreements", "{\"party\": \"APPRAISEE\", \"on\": \"2026-07-14\"}"))
                .isEqualTo("date-out-of-order");

        admin.expect(204, admin.post(appraisal + "/final-review", "{\"heldOn\": \"2026-07-15\"}"));
        admin.expect(204, admin.put(appraisal + "/objectives/" + school.objectiveId() + "/outcome",
                "{\"outcome\": \"MET\"}"));
        admin.expect(204, admin.post(appraisal + "/report", "{\"summary\": \"A strong year\"}"));
        assertThat(refused(appraisal + "/sign-offs", "{\"party\": \"APPRAISEE\", \"on\": \"2026-07-14\"}"))
                .isEqualTo("date-out-of-order");
        admin.expect(204, admin.post(appraisal + "/sign-offs", "{\"party\": \"APPRAISEE\"}"));
        admin.expect(204, admin.post(appraisal + "/sign-offs", "{\"party\": \"APPRAISER\"}"));
        assertThat(refused(appraisal + "/completion", "{\"on\": \"2026-07-14\"}")).isEqualTo("date-out-of-order");
        admin.expect(204, admin.post(appraisal + "/completion", "{\"on\": \"2026-07-15\"}"));
        assertThat(refused(appraisal + "/reopening", "{\"reason\": \"Wrong outcome\", \"on\": \"2026-07-14\"}"))
                .isEqualTo("date-out-of-order");
    }

    @Test
    void aPersonWhoJoinedInJanuaryHasNoStepOfTheirAppraisalBeforeThen() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        UUID joiner = UUID.randomUUID();
        UUID appraisalId = UUID.randomUUID();
        admin.expect(201, admin.post("/api/schools/" + school.schoolId() + "/staff", """
                {"staffId": "%s", "name": "Cara Lewis", "email": "%s", "category": "TEACHER",
                 "startDate": "2026-01-05", "fte": 1}""".formatted(joiner, Api.emailOf(joiner))));
        admin.expect(201, admin.startAppraisal(appraisalId, school.cycleId(), joiner, school.appraiserId()));

        assertThat(refused("/api/appraisals/" + appraisalId + "/objectives", """
                {"objectiveId": "%s", "title": "Settle into Year 3", "successCriteria": "Planning shared weekly",
                 "on": "2025-12-15"}""".formatted(UUID.randomUUID()))).isEqualTo("date-before-the-person-started");
        admin.expect(201, admin.post("/api/appraisals/" + appraisalId + "/objectives", """
                {"objectiveId": "%s", "title": "Settle into Year 3", "successCriteria": "Planning shared weekly",
                 "on": "2026-01-12"}""".formatted(UUID.randomUUID())));
    }

    @Test
    void theAuditLogAndTheTimelineShowTheDayItHappenedBesideWhenItWasRecordedAndTimeTravelUsesTheRecording() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        String appraisal = "/api/appraisals/" + school.appraisalId();
        Instant beforeTheEntry = Instant.now();
        admin.expect(204, admin.post(appraisal + "/standards-communicated", "{\"on\": \"2025-09-12\"}"));

        caughtUp("directory");
        caughtUp("audit-log");
        JsonNode line = admin.read(admin.get("/api/schools/" + school.schoolId()
                + "/audit-log?kind=StandardsCommunicated")).path("rows").get(0);
        assertThat(line.path("happenedOn").asText()).isEqualTo("2025-09-12");
        assertThat(LocalDate.ofInstant(Instant.parse(line.path("occurredAt").asText()), ZoneId.of("Europe/London")))
                .isAfter(LocalDate.parse("2025-09-12"));
        caughtUp("staff-timeline");
        JsonNode timeline = admin.read(admin.get("/api/staff/" + school.teacherId() + "/timeline"));
        assertThat(StreamSupport.stream(timeline.path("rows").spliterator(), false)
                .filter(row -> row.path("kind").asText().equals("StandardsCommunicated"))
                .map(row -> row.path("happenedOn").asText())).containsExactly("2025-09-12");
        JsonNode history = admin.read(admin.get("/api/history/" + school.appraisalId())).path("events");
        JsonNode communicated = history.get(history.size() - 1);
        assertThat(communicated.path("payload").path("communicatedOn").asText()).isEqualTo("2025-09-12");
        assertThat(Instant.parse(communicated.path("recordedAt").asText())).isAfterOrEqualTo(beforeTheEntry);

        // as the record stood just before the entry, the standards had not been communicated, whatever day they were
        JsonNode asItStood = admin.read(admin.get(appraisal + "/as-of?at=" + beforeTheEntry));
        JsonNode now = admin.read(admin.get(appraisal + "/as-of?at=" + Instant.now()));
        assertThat(asItStood.path("standardsCommunicated")).isEqualTo(BooleanNode.FALSE);
        assertThat(now.path("standardsCommunicated").asBoolean()).isTrue();
    }
}
