package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The record as it was, over HTTP: an appraisal's history with who caused each event, an appraisal and a staff
 * record as they stood before and after a change, and a person's timeline as JSON and CSV.
 */
class HistoryAndAsOfTest extends ApiTestBase {

    /**
     * An instant between two steps. The fixed clock dates the school's business, but events are stamped with the
     * real time, to the millisecond; waiting a few milliseconds keeps the next step's events strictly later.
     */
    private static Instant betweenSteps() throws InterruptedException {
        Instant now = Instant.now();
        Thread.sleep(5);
        return now;
    }

    private JsonNode appraisalAsOf(UUID appraisalId, Instant at) {
        ResponseEntity<String> response = admin.get("/api/appraisals/" + appraisalId + "/as-of?at=" + at);
        admin.expect(200, response);
        return admin.read(response);
    }

    private JsonNode staffAsOf(UUID staffId, Instant at) {
        ResponseEntity<String> response = admin.get("/api/staff/" + staffId + "/as-of?at=" + at);
        admin.expect(200, response);
        return admin.read(response);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(field == null ? element.asText() : element.path(field).asText()));
        return texts;
    }

    @Test
    void anAppraisalsHistoryListsEveryEventInOrderWithWhoCausedIt() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        String correlation = "history-" + UUID.randomUUID();
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Correlation-Id", correlation);
        admin.expect(204, admin.post("/api/appraisals/" + school.appraisalId() + "/standards-communicated", "",
                headers));

        JsonNode history = admin.read(admin.get("/api/history/" + school.appraisalId()));

        assertThat(history.path("aggregateType").asText()).isEqualTo("Appraisal");
        JsonNode events = history.path("events");
        assertThat(texts(events, "type")).containsExactly("AppraisalStarted", "ObjectiveSet", "StandardsCommunicated");
        assertThat(texts(events, "sequenceNumber")).containsExactly("0", "1", "2");
        assertThat(events.get(0).path("revision").asText()).isEqualTo("1");
        assertThat(events.get(0).path("payload").path("appraiseeId").asText()).isEqualTo(school.teacherId().toString());
        assertThat(events.get(1).path("payload").path("title").asText()).isEqualTo("Raise Year 4 reading fluency");
        assertThat(events.get(1).path("globalIndex").asLong())
                .isGreaterThan(events.get(0).path("globalIndex").asLong());
        assertThat(Instant.parse(events.get(2).path("recordedAt").asText())).isBeforeOrEqualTo(Instant.now());
        JsonNode cause = events.get(2).path("cause");
        assertThat(cause.path("actorRole").asText()).isEqualTo("ADMINISTRATOR");
        assertThat(cause.path("actorId").asText()).isNotBlank();
        assertThat(cause.path("correlationId").asText()).isEqualTo(correlation);
        assertThat(cause.path("causationId").asText()).isNotBlank();
        assertThat(admin.refusal(404, admin.get("/api/history/" + UUID.randomUUID()))).isEqualTo("history-not-found");
    }

    @Test
    void anAppraisalAsOfAnInstantShowsTheObjectiveAndStatusThatThenStood() throws InterruptedException {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        String appraisal = "/api/appraisals/" + school.appraisalId();
        Instant beforeTheAppraisal = Instant.parse("2020-01-01T00:00:00Z");
        admin.expect(204, admin.post(appraisal + "/standards-communicated", ""));
        admin.expect(204, admin.post(appraisal + "/agreements", "{\"party\": \"APPRAISEE\"}"));
        admin.expect(204, admin.post(appraisal + "/agreements", "{\"party\": \"APPRAISER\"}"));
        Instant beforeTheRevision = betweenSteps();
        admin.expect(204, admin.put(appraisal + "/objectives/" + school.objectiveId(), """
                {"title": "Raise Year 4 reading fluency and stamina", "successCriteria": "85% at expected standard",
                 "standards": ["TS2"], "reason": "New baseline data"}"""));
        Instant afterTheRevision = betweenSteps();
        admin.expect(204, admin.post(appraisal + "/agreements", "{\"party\": \"APPRAISEE\"}"));
        admin.expect(204, admin.post(appraisal + "/agreements", "{\"party\": \"APPRAISER\"}"));
        school.completedThrough(admin);
        Instant beforeTheReopening = betweenSteps();
        Api headteacher = headteacherOf(school.schoolId());
        headteacher.expect(204, headteacher.post(appraisal + "/reopening",
                "{\"reason\": \"Outcome recorded against the wrong objective\"}"));
        Instant afterTheReopening = Instant.now();

        JsonNode original = appraisalAsOf(school.appraisalId(), beforeTheRevision);
        JsonNode revised = appraisalAsOf(school.appraisalId(), afterTheRevision);
        JsonNode completed = appraisalAsOf(school.appraisalId(), beforeTheReopening);
        JsonNode reopened = appraisalAsOf(school.appraisalId(), afterTheReopening);

        assertThat(original.path("objectives").get(0).path("title").asText()).isEqualTo("Raise Year 4 reading fluency");
        assertThat(texts(original.path("agreedBy"), null)).containsExactly("APPRAISEE", "APPRAISER");
        assertThat(revised.path("objectives").get(0).path("title").asText())
                .isEqualTo("Raise Year 4 reading fluency and stamina");
        assertThat(revised.path("objectives").get(0).path("revisions").asInt()).isEqualTo(1);
        assertThat(revised.get("agreedBy")).isEmpty();
        assertThat(completed.path("status").asText()).isEqualTo("COMPLETED");
        assertThat(texts(completed.path("signedOffBy"), null)).containsExactly("APPRAISEE", "APPRAISER");
        assertThat(reopened.path("status").asText()).isEqualTo("UNDER_WAY");
        assertThat(reopened.get("signedOffBy")).isEmpty();
        assertThat(reopened.path("objectives").get(0).path("outcome").asText()).isEqualTo("MET");
        assertThat(admin.refusal(404, admin.get(appraisal + "/as-of?at=" + beforeTheAppraisal)))
                .isEqualTo("appraisal-not-found");
    }

    @Test
    void aStaffRecordAsOfAnInstantShowsTheRolesThenHeld() throws InterruptedException {
        UUID schoolId = UUID.randomUUID();
        UUID staffId = UUID.randomUUID();
        admin.expect(201, admin.registerSchool(schoolId, "Beech Hill Primary"));
        admin.expect(201, admin.registerTeacher(schoolId, staffId, "Grace Adeyemi"));
        Instant beforeTheRole = betweenSteps();
        admin.expect(204, admin.put("/api/staff/" + staffId + "/roles/DSL",
                "{\"held\": true, \"from\": \"2026-07-15\"}"));
        Instant afterTheRole = Instant.now();

        JsonNode before = staffAsOf(staffId, beforeTheRole);
        JsonNode after = staffAsOf(staffId, afterTheRole);

        assertThat(before.path("name").asText()).isEqualTo("Grace Adeyemi");
        assertThat(before.get("roles")).isEmpty();
        assertThat(texts(after.path("roles"), null)).containsExactly("DSL");
        assertThat(Instant.parse(after.path("lastChangedAt").asText())).isAfter(beforeTheRole);
        assertThat(admin.refusal(404, admin.get("/api/staff/" + UUID.randomUUID() + "/as-of?at=" + afterTheRole)))
                .isEqualTo("staff-member-not-found");
    }

    @Test
    void aPersonsTimelineShowsTheirRecordAppraisalAndLearningInOrderAsJsonAndCsv() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        UUID course = UUID.randomUUID();
        admin.expect(201, admin.post("/api/staff/" + school.teacherId() + "/cpd-activities", """
                {"activityId": "%s", "title": "Teaching reading fluency", "type": "COURSE",
                 "provider": "English Hub", "startsOn": "2026-06-10", "endsOn": "2026-06-10", "expectedHours": 6,
                 "cost": 180.00, "coverDays": 1, "intendedImpact": "Year 4 readers fluent by July",
                 "links": {"objectives": ["%s"]}}""".formatted(course, school.objectiveId())));
        admin.expect(204, admin.post("/api/cpd-activities/" + course + "/approval", ""));
        String timeline = "/api/staff/" + school.teacherId() + "/timeline";

        JsonNode page = await().atMost(Duration.ofSeconds(15))
                .until(() -> admin.read(admin.get(timeline)), report -> report.path("rows").size() == 5);
        ResponseEntity<String> csv = admin.getAccepting(timeline, MediaType.parseMediaType("text/csv"));

        JsonNode rows = page.path("rows");
        assertThat(texts(rows, "kind")).containsExactly("StaffMemberRegistered", "AppraisalStarted", "ObjectiveSet",
                "CpdActivityRequested", "CpdActivityApproved");
        assertThat(rows.get(2).path("summary").asText()).isEqualTo("Objective set: Raise Year 4 reading fluency");
        assertThat(rows.get(2).path("happenedOn").asText()).isEqualTo("2026-07-15");
        assertThat(rows.get(0).path("happenedOn").isNull()).as("a registration is no step of the year").isTrue();
        assertThat(rows.get(2).path("aggregateId").asText()).isEqualTo(school.appraisalId().toString());
        assertThat(rows.get(3).path("aggregateType").asText()).isEqualTo("CpdActivity");
        assertThat(rows.get(3).path("aggregateId").asText()).isEqualTo(course.toString());
        assertThat(rows.get(4).path("globalIndex").asLong()).isGreaterThan(rows.get(0).path("globalIndex").asLong());
        assertThat(page.path("freshness").path("lastEventIndex").asLong())
                .isEqualTo(rows.get(4).path("globalIndex").asLong());
        admin.expect(200, csv);
        assertThat(csv.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
        List<String> lines = csv.getBody().lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).isEqualTo("occurredAt,happenedOn,globalIndex,kind,summary,aggregateType,aggregateId");
        assertThat(lines.get(4)).contains("CpdActivityRequested", "Learning requested: Teaching reading fluency",
                course.toString());
    }

    @Test
    void aMalformedOrMissingInstantIsAProblemDocument() {
        UUID appraisalId = UUID.randomUUID();

        ResponseEntity<String> malformed = admin.get("/api/appraisals/" + appraisalId + "/as-of?at=1st-March");
        ResponseEntity<String> missing = admin.get("/api/staff/" + UUID.randomUUID() + "/as-of");

        assertThat(admin.refusal(400, malformed)).isEqualTo("invalid-input");
        assertThat(malformed.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(admin.refusal(400, missing)).isEqualTo("invalid-input");
    }
}
