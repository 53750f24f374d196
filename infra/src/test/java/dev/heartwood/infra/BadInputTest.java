package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of bad request gets a problem document with a stable code, and nothing is appended. */
class BadInputTest extends ApiTestBase {

    private JsonNode refusedWithoutAppending(Supplier<ResponseEntity<String>> request, int status, String code) {
        long before = events.count();

        ResponseEntity<String> response = request.get();

        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = admin.read(response);
        assertThat(problem.path("code").asText()).isEqualTo(code);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asText()).isEqualTo("urn:heartwood:problem:" + code);
        assertThat(events.count()).isEqualTo(before);
        return problem;
    }

    @Test
    void malformedJsonIsA400() {
        refusedWithoutAppending(() -> admin.post("/api/schools", "{\"schoolId\": \"" + UUID.randomUUID() + "\", "),
                400, "malformed-json");
    }

    @Test
    void aMissingBodyIsA400() {
        refusedWithoutAppending(() -> admin.post("/api/schools", ""), 400, "malformed-request");
    }

    @Test
    void missingFieldsAreA400NamingThem() {
        JsonNode problem = refusedWithoutAppending(() -> admin.post("/api/schools",
                "{\"schoolId\": \"" + UUID.randomUUID() + "\"}"), 400, "invalid-input");

        assertThat(problem.path("errors").findValuesAsText("field")).containsExactlyInAnyOrder("name", "type");
    }

    @Test
    void aWrongTypedFieldIsA400NamingIt() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);

        JsonNode problem = refusedWithoutAppending(() -> admin.post("/api/schools/" + school.schoolId() + "/staff", """
                {"staffId": "%s", "name": "Cara Lee", "email": "c.lee@school.example", "category": "TEACHER",
                 "startDate": "2025-09-01", "fte": "full time"}""".formatted(UUID.randomUUID())), 400, "invalid-input");

        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("fte");
    }

    @Test
    void anUnknownCategoryOrAnImpossibleAcademicYearIsA400() {
        refusedWithoutAppending(() -> admin.post("/api/schools", """
                {"schoolId": "%s", "name": "Elmside", "type": "FREE_SCHOOL"}""".formatted(UUID.randomUUID())),
                400, "invalid-input");
        refusedWithoutAppending(() -> admin.post("/api/schools/" + UUID.randomUUID() + "/cycles", """
                {"cycleId": "%s", "academicYear": "2025/27", "payPolicy": "HYBRID"}""".formatted(UUID.randomUUID())),
                400, "invalid-input");
    }

    @Test
    void aCycleWithHalfItsDeadlinesIsA400NamingThem() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);

        JsonNode problem = refusedWithoutAppending(() -> admin.post("/api/schools/" + school.schoolId() + "/cycles", """
                {"cycleId": "%s", "academicYear": "2026/27", "payPolicy": "HYBRID",
                 "deadlines": {"objectivesBy": "2026-10-31"}}""".formatted(UUID.randomUUID())), 400, "invalid-input");

        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("deadlines");
    }

    @Test
    void anFteAboveOneIsA400() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);

        JsonNode problem = refusedWithoutAppending(() -> admin.post("/api/schools/" + school.schoolId() + "/staff", """
                {"staffId": "%s", "name": "Cara Lee", "email": "c.lee@school.example", "category": "TEACHER",
                 "startDate": "2025-09-01", "fte": 1.5}""".formatted(UUID.randomUUID())), 400, "invalid-input");

        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("fte");
    }

    @Test
    void aStaffMemberOfAnUnknownSchoolIsA404() {
        refusedWithoutAppending(() -> admin.registerTeacher(UUID.randomUUID(), UUID.randomUUID(), "Cara Lee"),
                404, "school-not-found");
    }

    @Test
    void anObjectiveOnAnUnknownAppraisalIsA404() {
        refusedWithoutAppending(() -> admin.setObjective(UUID.randomUUID(), UUID.randomUUID(), "Lead phonics"),
                404, "appraisal-not-found");
    }

    @Test
    void anObjectiveOnTheIdentifierOfSomethingElseIsA404() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);

        refusedWithoutAppending(() -> admin.setObjective(school.teacherId(), UUID.randomUUID(), "Lead phonics"),
                404, "appraisal-not-found");
    }

    @Test
    void anUnknownAppraisalIsA404WhenRead() {
        refusedWithoutAppending(() -> admin.get("/api/appraisals/" + UUID.randomUUID()), 404, "appraisal-not-found");
    }

    @Test
    void anIdentifierThatIsNotAUuidIsA400() {
        refusedWithoutAppending(() -> admin.get("/api/appraisals/not-a-uuid"), 400, "invalid-input");
    }

    @Test
    void aRuleOfTheDomainIsA409() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);

        refusedWithoutAppending(() -> admin.startAppraisal(UUID.randomUUID(), school.cycleId(), school.appraiserId(),
                school.appraiserId()), 409, "appraiser-is-appraisee");
        refusedWithoutAppending(() -> admin.startAppraisal(UUID.randomUUID(), school.cycleId(), school.teacherId(),
                school.appraiserId()), 409, "appraisal-already-started");
    }

    @Test
    void registeringTheSameSchoolTwiceIsA409() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);

        refusedWithoutAppending(() -> admin.registerSchool(school.schoolId(), "Oakfield Primary"), 409, "already-exists");
    }

    @Test
    void aCallerWhoIsNotSignedInIsA401() {
        Api anonymous = new Api(port, null, null);

        refusedWithoutAppending(() -> anonymous.registerSchool(UUID.randomUUID(), "Oakfield Primary"),
                401, "unauthenticated");
        refusedWithoutAppending(() -> new Api(port, "admin", "wrong").get("/api/schools/" + UUID.randomUUID()),
                401, "unauthenticated");
    }

    @Test
    void anUnknownPathIsA404AndAWrongMethodA405() {
        refusedWithoutAppending(() -> admin.get("/api/nothing-here"), 404, "not-found");
        refusedWithoutAppending(() -> admin.get("/api/appraisals"), 405, "method-not-allowed");
    }
}
