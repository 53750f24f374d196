package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of bad request gets a problem document with a stable code, and nothing is appended; text that is
 * merely unusual is kept exactly as sent. {@link EveryEndpointTest} throws the same at every endpoint.
 */
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
    void aValueOfTheWrongFormIsRefusedSayingWhatWasExpected() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        String staff = "/api/schools/" + school.schoolId() + "/staff";
        String person = """
                {"staffId": "%s", "name": "Cara Lee", "email": "c.lee@school.example", "category": "%s",
                 "startDate": "%s", "fte": %s}""";

        assertThat(expected(() -> admin.post(staff, person.formatted(UUID.randomUUID(), "TEACHER", "01/09/2025",
                "1")))).isEqualTo("startDate must be a date written as 2025-09-01, from 1900-01-01 to 2999-12-31");
        assertThat(expected(() -> admin.post(staff, person.formatted(UUID.randomUUID(), "TEACHER", "2025-09-01",
                "\"0,6\"")))).isEqualTo("fte must be a number, with a point as the decimal separator, such as 0.6");
        assertThat(expected(() -> admin.post(staff, person.formatted(UUID.randomUUID(), "CARETAKER", "2025-09-01",
                "1")))).isEqualTo("category must be one of TEACHER, HEADTEACHER, SUPPORT_STAFF, "
                + "EARLY_CAREER_TEACHER, GOVERNOR");
        assertThat(expected(() -> admin.get("/api/staff/" + school.teacherId() + "/training?on=yesterday")))
                .isEqualTo("on must be a date written as 2025-09-01, from 1900-01-01 to 2999-12-31");
    }

    /** The field and what was expected of it, of a request refused as invalid input. */
    private String expected(Supplier<ResponseEntity<String>> request) {
        JsonNode error = refusedWithoutAppending(request, 400, "invalid-input").path("errors").get(0);
        return error.path("field").asText() + " " + error.path("message").asText();
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
        refusedWithoutAppending(() -> Api.withToken(port, "not-a-token").get("/api/schools/" + UUID.randomUUID()),
                401, "unauthenticated");
    }

    @Test
    void anUnknownFieldIsRefusedRatherThanIgnored() {
        JsonNode problem = refusedWithoutAppending(() -> admin.post("/api/schools", """
                {"schoolId": "%s", "name": "Elmside", "type": "ACADEMY", "confidentail": true}"""
                .formatted(UUID.randomUUID())), 400, "invalid-input");

        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("confidentail");
        assertThat(problem.path("errors").get(0).path("message").asText())
                .isEqualTo("is not a field of this request");
    }

    @Test
    void textThatCouldNotBeStoredAsSentIsRefused() {
        for (String name : List.of("Elm\\u0000side", "Elm\\ud800side", "Elm\\udc00side")) {
            JsonNode problem = refusedWithoutAppending(() -> admin.post("/api/schools", """
                    {"schoolId": "%s", "name": "%s", "type": "ACADEMY"}""".formatted(UUID.randomUUID(), name)),
                    400, "invalid-input");

            assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("name");
        }
    }

    @Test
    void aDateNoSchoolCouldMeanIsRefused() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);

        for (String day : List.of("0000-01-01", "1899-12-31", "3000-01-01", "+999999999-12-31")) {
            JsonNode problem = refusedWithoutAppending(() -> admin.post("/api/schools/" + school.schoolId() + "/staff",
                    """
                    {"staffId": "%s", "name": "Cara Lee", "email": "c.lee@school.example", "category": "TEACHER",
                     "startDate": "%s", "fte": 1}""".formatted(UUID.randomUUID(), day)), 400, "invalid-input");

            assertThat(problem.path("errors").get(0).path("message").asText())
                    .isEqualTo("must be a date from 1900-01-01 to 2999-12-31");
        }
        refusedWithoutAppending(() -> admin.get("/api/staff/" + school.teacherId() + "/training?on=0000-01-01"),
                400, "invalid-input");
        refusedWithoutAppending(() -> admin.get("/api/schools/" + school.schoolId()
                + "/audit-log?from=%2B1000000000-01-01T00:00:00Z"), 400, "invalid-input");
    }

    @Test
    void anAddressThatTriesToLeaveItsPathIsA400() {
        for (String path : List.of("/api/history/..%2F..%2Fetc%2Fpasswd", "/api/history/%00",
                "/api/schools/..;/admin/processors", "/api/history/%252e%252e")) {
            refusedWithoutAppending(() -> admin.sendRaw(HttpMethod.GET, path, null, null), 400, "malformed-request");
        }
    }

    @Test
    void aBodyOverTheLimitIsA413EvenWhenItsLengthIsNotDeclared() throws Exception {
        // the import reads its file once it knows the school: an unknown school is a 404 whatever is sent
        UUID importing = UUID.randomUUID();
        admin.expect(201, admin.registerSchool(importing, "Limit Academy"));
        long before = events.count();
        String school = "{\"schoolId\": \"" + UUID.randomUUID() + "\", \"name\": \"" + "x".repeat(300 * 1024)
                + "\", \"type\": \"ACADEMY\"}";
        String staff = "External ID,Name,E-mail,Category,Start date,FTE\n" + "x".repeat(5 * 1024 * 1024);

        assertThat(sentInChunks("/api/schools", "application/json", school)).isEqualTo("payload-too-large");
        assertThat(sentInChunks("/api/schools/" + importing + "/staff/import", "text/csv", staff))
                .isEqualTo("payload-too-large");
        assertThat(events.count()).isEqualTo(before);
    }

    /** The code of the 413 problem answering a body sent from a stream: in chunks, with no Content-Length. */
    private String sentInChunks(String path, String contentType, String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + TestIssuer.tokenFor(TestIssuer.ADMINISTRATOR))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build();

        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(chunked, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        return admin.read(ResponseEntity.ok(response.body())).path("code").asText();
    }

    @Test
    void textInOtherScriptsOrWithControlCharactersOrLookingLikeCodeIsKeptExactlyAsSent() {
        List<String> names = List.of("Zoë O'Brien-Łukasiewicz Academy", "مدرسة البلوط", "橡树小学",
                "Ysgol Gymraeg Aberystwyth",
                "👩🏽‍🏫 Teachers' Centre", "Cafe\u0301 School", "\u202Eloohcs", "Tab\tand\nnew line",
                "Bell\u0007 School", "Robert'); DROP TABLE school_view;--", "<script>alert('x')</script>",
                "\\u0000 as six characters", "  spaces either side  ");
        Map<UUID, String> schools = new LinkedHashMap<>();
        long before = events.count();

        names.forEach(name -> {
            UUID schoolId = UUID.randomUUID();
            String json = new ObjectMapper().createObjectNode().put("schoolId", schoolId.toString()).put("name", name)
                    .put("type", "ACADEMY").toString();
            admin.expect(201, admin.post("/api/schools", json));
            schools.put(schoolId, name);
        });

        assertThat(events.count()).isEqualTo(before + names.size());
        caughtUp("directory");
        schools.forEach((schoolId, name) -> {
            JsonNode stored = admin.read(admin.get("/api/history/" + schoolId)).path("events").get(0);
            assertThat(stored.path("payload").path("name").asText()).isEqualTo(name);
            assertThat(admin.read(admin.get("/api/schools/" + schoolId)).path("name").asText()).isEqualTo(name);
        });
    }

    @Test
    void anUnknownPathIsA404AndAWrongMethodA405() {
        refusedWithoutAppending(() -> admin.get("/api/nothing-here"), 404, "not-found");
        refusedWithoutAppending(() -> admin.get("/api/cycles/" + UUID.randomUUID() + "/exemptions"), 405,
                "method-not-allowed");
    }
}
