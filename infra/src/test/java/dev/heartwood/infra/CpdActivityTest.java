package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A teacher's professional learning over HTTP, from the request to its impact; learning logged afterwards; and an
 * INSET day recorded for a whole staff at once.
 */
class CpdActivityTest extends ApiTestBase {

    private static List<String> simpleNames(List<String> types) {
        return types.stream().map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    private ResponseEntity<String> requestCourse(UUID staffId, UUID activityId, UUID objectiveId) {
        return admin.post("/api/staff/" + staffId + "/cpd-activities", """
                {"activityId": "%s", "title": "Teaching reading fluency", "type": "COURSE",
                 "provider": "English Hub", "startsOn": "2026-06-10", "endsOn": "2026-06-10", "expectedHours": 6,
                 "cost": 180.00, "coverDays": 1, "intendedImpact": "Year 4 readers fluent by July",
                 "links": {"objectives": ["%s"]}, "on": "2026-05-20"}""".formatted(activityId, objectiveId));
    }

    @Test
    void aRequestAndItsApprovalAreRecordedOnTheDaysTheyWereMadeAndInOrder() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        UUID course = UUID.randomUUID();
        String activity = "/api/cpd-activities/" + course;
        admin.expect(201, requestCourse(school.teacherId(), course, school.objectiveId()));
        long before = events.count();

        assertThat(admin.refusal(409, admin.post(activity + "/approval", "{\"on\": \"2026-05-19\"}")))
                .isEqualTo("date-out-of-order");
        assertThat(admin.refusal(409, admin.post(activity + "/approval", "{\"on\": \"2026-07-16\"}")))
                .isEqualTo("date-in-the-future");
        assertThat(events.count()).isEqualTo(before);
        admin.expect(204, admin.post(activity + "/approval", "{\"on\": \"2026-06-01\"}"));
        assertThat(admin.refusal(409, admin.post(activity + "/completion", """
                {"completedOn": "2026-05-31", "hours": 6, "cost": 180.00}"""))).isEqualTo("date-out-of-order");

        JsonNode history = admin.read(admin.get("/api/history/" + course)).path("events");
        assertThat(history.get(0).path("payload").path("requestedOn").asText()).isEqualTo("2026-05-20");
        assertThat(history.get(1).path("payload").path("approvedOn").asText()).isEqualTo("2026-06-01");
    }

    @Test
    void aCourseLinkedToTheTeachersObjectiveRunsFromRequestToTwoImpactEvaluations() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        UUID course = UUID.randomUUID();
        String activity = "/api/cpd-activities/" + course;

        ResponseEntity<String> requested = requestCourse(school.teacherId(), course, school.objectiveId());
        admin.expect(204, admin.post(activity + "/approval", "{\"on\": \"2026-05-21\"}"));
        admin.expect(204, admin.post(activity + "/completion", """
                {"completedOn": "2026-06-10", "hours": 6, "cost": 180.00, "certificateReference": "EH-4471"}"""));
        admin.expect(204, admin.post(activity + "/reflection",
                "{\"reflection\": \"Echo reading every morning; fewer children stall on longer words\"}"));
        admin.expect(201, admin.post(activity + "/evaluations", """
                {"evaluationId": "%s", "level": "REACTIONS", "judgement": "STRONG",
                 "note": "Practical and well paced"}"""
                .formatted(UUID.randomUUID())));
        admin.expect(201, admin.post(activity + "/evaluations", """
                {"evaluationId": "%s", "level": "PUPIL_OUTCOMES", "judgement": "EVIDENT",
                 "note": "Fluency checks up by a fifth since June"}""".formatted(UUID.randomUUID())));

        admin.expect(201, requested);
        assertThat(requested.getHeaders().getLocation()).hasPath(activity);
        assertThat(simpleNames(events.typesOf(course))).containsExactly("CpdActivityRequested",
                "CpdActivityApproved", "CPDCompleted", "CpdReflectionRecorded", "CpdImpactEvaluated",
                "CpdImpactEvaluated");
        assertThat(admin.refusal(409, admin.post(activity + "/decline", "{\"reason\": \"Too late\"}")))
                .isEqualTo("cpd-activity-already-decided");
        assertThat(admin.refusal(404, admin.post("/api/cpd-activities/" + UUID.randomUUID() + "/approval", "")))
                .isEqualTo("cpd-activity-not-found");
    }

    @Test
    void aLinkToAnObjectiveIsRemovedAndAddedAgainOverTime() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        UUID course = UUID.randomUUID();
        String link = "/api/cpd-activities/" + course + "/links/objectives/" + school.objectiveId();
        admin.expect(201, requestCourse(school.teacherId(), course, school.objectiveId()));

        admin.expect(204, admin.delete(link));
        admin.expect(204, admin.delete(link));
        admin.expect(204, admin.put(link, ""));

        assertThat(simpleNames(events.typesOf(course))).containsExactly("CpdActivityRequested",
                "CpdUnlinkedFromObjective", "CpdLinkedToObjective");
    }

    @Test
    void learningIsNotLinkedToAnotherPersonsObjective() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        UUID appraisersCoaching = UUID.randomUUID();
        long before = events.count();

        String refusedRequest = admin.refusal(409,
                requestCourse(school.appraiserId(), appraisersCoaching, school.objectiveId()));
        long afterRefusal = events.count();
        admin.expect(201, admin.post("/api/staff/" + school.appraiserId() + "/cpd-activities", """
                {"activityId": "%s", "title": "Coaching for appraisers", "type": "COACHING", "startsOn": "2026-06-01",
                 "endsOn": "2026-06-30", "expectedHours": 3, "cost": 0, "intendedImpact": "Better conversations"}"""
                .formatted(appraisersCoaching)));
        long afterRequest = events.count();
        String refusedLink = admin.refusal(409, admin.put("/api/cpd-activities/" + appraisersCoaching
                + "/links/objectives/" + school.objectiveId(), ""));

        assertThat(refusedRequest).isEqualTo("link-needs-the-appraisees-own-objective");
        assertThat(afterRefusal).as("a refused request appends nothing").isEqualTo(before);
        assertThat(refusedLink).isEqualTo("link-needs-the-appraisees-own-objective");
        assertThat(events.count()).as("a refused link appends nothing").isEqualTo(afterRequest);
    }

    @Test
    void learningAlreadyDoneIsLoggedAsCompletedWithoutApproval() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        UUID book = UUID.randomUUID();
        String log = """
                {"activityId": "%s", "title": "Reading Reconsidered", "type": "READING", "startedOn": "2026-05-01",
                 "completedOn": "2026-05-31", "hours": 8, "links": {"objectives": ["%s"]}}"""
                .formatted(book, school.objectiveId());

        admin.expect(201, admin.post("/api/staff/" + school.teacherId() + "/completed-cpd-activities", log));
        admin.expect(201, admin.post("/api/staff/" + school.teacherId() + "/completed-cpd-activities", log));
        admin.expect(204, admin.post("/api/cpd-activities/" + book + "/reflection",
                "{\"reflection\": \"Shorter texts, read more often\"}"));

        assertThat(simpleNames(events.typesOf(book))).containsExactly("CompletedCpdLogged", "CpdReflectionRecorded");
        assertThat(admin.refusal(409, admin.post("/api/cpd-activities/" + book + "/approval", "")))
                .isEqualTo("decision-needs-a-requested-activity");
        assertThat(admin.refusal(409, admin.post("/api/staff/" + school.teacherId() + "/completed-cpd-activities",
                log.replace(book.toString(), school.teacherId().toString()))))
                .as("an identifier already used for a member of staff")
                .isEqualTo("cpd-activity-already-recorded");
    }

    @Test
    void anInsetDayIsRecordedForTheWholeStaffWithOneEventPerPersonSharingTheBatchId() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        UUID assistant = UUID.randomUUID();
        UUID governor = UUID.randomUUID();
        admin.expect(201, admin.registerStaff(school.schoolId(), assistant, "Tom Reed", "SUPPORT_STAFF"));
        admin.expect(201, admin.registerStaff(school.schoolId(), governor, "Ann Blake", "GOVERNOR"));
        UUID batch = UUID.randomUUID();
        String inset = """
                {"batchId": "%s", "title": "Safeguarding and behaviour INSET", "type": "INSET",
                 "startedOn": "2026-06-01", "completedOn": "2026-06-01", "hours": 5}""".formatted(batch);
        long before = events.count();

        JsonNode report = admin.read(admin.post("/api/schools/" + school.schoolId() + "/cpd-activities/bulk", inset));

        assertThat(report.path("recorded").findValuesAsText("staffId")).containsExactlyInAnyOrder(
                school.teacherId().toString(), school.appraiserId().toString(), assistant.toString());
        assertThat(report.get("refused")).isEmpty();
        assertThat(events.count()).isEqualTo(before + 3);
        for (String activityId : report.path("recorded").findValuesAsText("activityId")) {
            UUID activity = UUID.fromString(activityId);
            assertThat(simpleNames(events.typesOf(activity))).containsExactly("CompletedCpdLogged");
            assertThat(events.metadataOf(activity, "CompletedCpdLogged").path("batchId").asText())
                    .isEqualTo(batch.toString());
        }

        JsonNode again = admin.read(admin.post("/api/schools/" + school.schoolId() + "/cpd-activities/bulk", inset));
        assertThat(again.path("recorded").findValuesAsText("activityId"))
                .containsExactlyInAnyOrderElementsOf(report.path("recorded").findValuesAsText("activityId"));
        assertThat(events.count()).as("the same batch again records nothing").isEqualTo(before + 3);
    }

    @Test
    void anAttendanceListRecordsTheSchoolsOwnStaffAndReportsEveryoneElseWithTheReason() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        UUID elsewhere = UUID.randomUUID();
        UUID visitor = UUID.randomUUID();
        UUID stranger = UUID.randomUUID();
        admin.expect(201, admin.registerSchool(elsewhere, "Elmside Academy"));
        admin.expect(201, admin.registerTeacher(elsewhere, visitor, "Dan Moss"));
        String twilight = """
                {"batchId": "%s", "staffIds": ["%s", "%s", "%s"], "title": "Phonics twilight", "type": "INSET",
                 "startedOn": "2026-06-17", "completedOn": "2026-06-17", "hours": 1.5, "costPerPerson": 12.50}"""
                .formatted(UUID.randomUUID(), school.teacherId(), visitor, stranger);

        JsonNode report = admin.read(admin.post("/api/schools/" + school.schoolId() + "/cpd-activities/bulk",
                twilight));

        assertThat(report.path("recorded").findValuesAsText("staffId")).containsExactly(school.teacherId().toString());
        assertThat(report.path("refused").findValuesAsText("code"))
                .containsExactly("staff-member-not-found", "staff-member-not-found");
        assertThat(admin.refusal(400, admin.post("/api/schools/" + school.schoolId() + "/cpd-activities/bulk",
                twilight.replace("\"hours\": 1.5", "\"hours\": -1.5")))).isEqualTo("invalid-input");
    }
}
