package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outside security review's findings other than the identity takeover ({@link IdentityTakeoverTest}) and the
 * tokens ({@link SignInTest}), each as the attack was made: padded identifiers, a new appraiser reading what was
 * written before them, formulas in CSV cells, reads that escaped the access log, a body naming another school's
 * record, the headers, the API's description and the error page.
 */
class SecurityReviewTest extends ApiTestBase {

    private UUID oakfield;
    private UUID elmside;
    private UUID teacherId;
    private UUID appraiserId;
    private UUID hrId;
    private UUID cycleId;
    private UUID appraisalId;
    private Api headteacher;
    private Api teacher;
    private Api appraiser;
    private Api hr;

    @BeforeEach
    void oakfieldWithAnAppraisalUnderWay() {
        Given records = new Given(admin);
        UUID trust = records.trust("Willow Trust");
        oakfield = records.school(trust, "Oakfield Academy");
        elmside = records.school(trust, "Elmside Academy");
        UUID headteacherId = person(oakfield, "HEADTEACHER");
        teacherId = person(oakfield, "TEACHER");
        appraiserId = person(oakfield, "TEACHER");
        hrId = person(oakfield, "SUPPORT_STAFF");
        headteacher = Api.asStaff(port, headteacherId);
        teacher = Api.asStaff(port, teacherId);
        appraiser = Api.asStaff(port, appraiserId);
        hr = Api.asStaff(port, hrId);
        headteacher.expect(204, headteacher.put("/api/staff/" + hrId + "/access/HR", ""));
        cycleId = UUID.randomUUID();
        appraisalId = UUID.randomUUID();
        headteacher.expect(201, headteacher.openCycle(oakfield, cycleId, "NOT_PERFORMANCE_RELATED"));
        headteacher.expect(201, headteacher.startAppraisal(appraisalId, cycleId, teacherId, appraiserId));
    }

    @Test
    void aPaddedIdentifierIsRefusedWith400BeforeAnythingIsReadOrLogged() {
        note(appraiser, "Talked through a health matter", true);
        long logged = accessLogLines();

        // Spring would trim the first three, and Java reads the last as 00000001-0002-0003-0004-000000000005
        for (String path : List.of("/api/history/%20" + appraisalId, "/api/history/%09" + appraisalId,
                "/api/appraisals/" + appraisalId + "%20", "/api/history/1-2-3-4-5")) {
            ResponseEntity<String> answer = admin.sendRaw(HttpMethod.GET, path, null, null);
            assertThat(admin.refusal(400, answer)).as(path).isEqualTo("invalid-input");
            assertThat(answer.getBody()).doesNotContain("health matter");
        }
        assertThat(accessLogLines()).isEqualTo(logged);
        assertThat(teacher.refusal(400, teacher.sendRaw(HttpMethod.GET, "/api/history/%20" + appraisalId, null,
                null))).isEqualTo("invalid-input");
    }

    @Test
    void aNewAppraiserDoesNotSeeWhatWasWrittenInConfidenceBeforeThemAndTheAppraiseeSeesTheChange() {
        note(appraiser, "Talked through a health matter", true);
        hr.expect(204, hr.put("/api/staff/" + teacherId + "/line-manager", """
                {"lineManagerId": "%s", "from": "2026-01-05"}""".formatted(hrId)));
        headteacher.expect(204, headteacher.put("/api/appraisals/" + appraisalId + "/appraiser", """
                {"appraiserId": "%s"}""".formatted(hrId)));
        note(hr, "Discussed a change of timetable", true);

        JsonNode asTheNewAppraiser = hr.read(hr.get("/api/history/" + appraisalId));
        JsonNode asTheAppraisee = teacher.read(teacher.get("/api/history/" + appraisalId));

        assertThat(notes(asTheNewAppraiser)).containsExactly("(withheld)", "Discussed a change of timetable");
        assertThat(notes(asTheAppraisee)).containsExactly("Talked through a health matter",
                "Discussed a change of timetable");
        assertThat(types(asTheAppraisee)).contains("AppraiserChanged");
        assertThat(appraiser.refusal(403, appraiser.get("/api/history/" + appraisalId))).isEqualTo("forbidden");
    }

    @Test
    void textThatASpreadsheetWouldRunIsNeutralisedAndReportsDownloadAsFiles() {
        UUID staffId = UUID.randomUUID();
        String formula = "=HYPERLINK(\"http://evil.example\",\"Open\")";
        HttpHeaders correlation = new HttpHeaders();
        correlation.set("X-Correlation-Id", "-A1");
        admin.expect(201, admin.post("/api/schools/" + oakfield + "/staff", """
                {"staffId": "%s", "name": "%s", "email": "%s", "category": "TEACHER", "startDate": "2020-09-01",
                 "fte": 1}""".formatted(staffId, formula.replace("\"", "\\\""), Api.emailOf(staffId)),
                correlation));
        admin.expect(200, admin.post("/api/schools/" + oakfield + "/training-requirements/standard-set",
                "{\"effectiveFrom\": \"2025-09-01\"}"));
        caughtUp("training");
        caughtUp("audit-log");

        ResponseEntity<String> matrix = hr.getAccepting("/api/schools/" + oakfield
                + "/reports/training-compliance?size=1000", MediaType.parseMediaType("text/csv"));
        ResponseEntity<String> auditLog = hr.getAccepting("/api/schools/" + oakfield + "/audit-log?size=1000",
                MediaType.parseMediaType("text/csv"));

        assertThat(matrix.getBody()).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK", "\n=HYPERLINK");
        assertThat(auditLog.getBody()).contains(",'-A1,").doesNotContain(",-A1,");
        assertThat(cells(matrix.getBody() + "\n" + auditLog.getBody())).noneMatch(cell -> !cell.isEmpty()
                && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0);
        assertThat(matrix.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"heartwood-training-compliance.csv\"");
        assertThat(auditLog.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"heartwood-audit-log.csv\"");
    }

    @Test
    void aTimelineAndTheAuditLogAreReadAsAppraisalNarrativeAndLogged() {
        caughtUp("directory");
        long logged = accessLogLines();

        headteacher.expect(200, headteacher.get("/api/staff/" + teacherId + "/timeline"));
        hr.expect(200, hr.get("/api/schools/" + oakfield + "/audit-log"));

        assertThat(jdbc.sql("""
                        SELECT reader_role || ' ' || coalesce(staff_id::text, record_id::text) FROM access_log
                        WHERE kind = 'APPRAISAL_NARRATIVE' ORDER BY id DESC LIMIT 2""").query(String.class).list())
                .containsExactly("HR " + oakfield, "HEADTEACHER " + teacherId);
        assertThat(accessLogLines()).isEqualTo(logged + 2);
    }

    @Test
    void aBodyNamingAnotherSchoolsRecordIsAnsweredExactlyAsOneNamingNothing() {
        UUID elsewhere = person(elmside, "TEACHER");
        UUID nobody = UUID.randomUUID();

        JsonNode another = headteacher.read(headteacher.startAppraisal(UUID.randomUUID(), cycleId, hrId, elsewhere));
        JsonNode unknown = headteacher.read(headteacher.startAppraisal(UUID.randomUUID(), cycleId, hrId, nobody));
        JsonNode lineManager = hr.read(hr.put("/api/staff/" + teacherId + "/line-manager", """
                {"lineManagerId": "%s", "from": "2026-01-05"}""".formatted(elsewhere)));

        assertThat(another.path("status").asInt()).isEqualTo(404);
        assertThat(another.path("code").asText()).isEqualTo(unknown.path("code").asText());
        assertThat(another.path("detail").asText().replace(elsewhere.toString(), "?"))
                .isEqualTo(unknown.path("detail").asText().replace(nobody.toString(), "?"));
        assertThat(lineManager.path("code").asText()).isEqualTo("line-manager-not-found");
    }

    @Test
    void answersCarryTheSecurityHeadersAndHstsBehindATlsProxy() {
        HttpHeaders viaProxy = new HttpHeaders();
        viaProxy.set("X-Forwarded-Proto", "https");

        ResponseEntity<String> direct = teacher.get("/api/me");
        ResponseEntity<String> proxied = teacher.get("/api/me", viaProxy);

        assertThat(direct.getHeaders().getFirst("Content-Security-Policy")).startsWith("default-src 'none'");
        assertThat(direct.getHeaders().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(direct.getHeaders().containsKey("Strict-Transport-Security")).isFalse();
        assertThat(proxied.getHeaders().getFirst("Strict-Transport-Security")).contains("max-age=31536000");
    }

    @Test
    void anotherOriginIsGivenNoLeaveToCallTheApi() throws Exception {
        HttpHeaders elsewhere = new HttpHeaders();
        elsewhere.setOrigin("https://elsewhere.example");
        HttpResponse<Void> preflight = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/staff/" + teacherId))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header(HttpHeaders.ORIGIN, "https://elsewhere.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "PUT")
                .build(), HttpResponse.BodyHandlers.discarding());

        ResponseEntity<String> read = teacher.get("/api/me", elsewhere);

        assertThat(preflight.headers().firstValue(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isEmpty();
        assertThat(preflight.headers().firstValue(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS)).isEmpty();
        assertThat(read.getHeaders().containsKey(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)).isFalse();
    }

    @Test
    void theApiDescriptionIsForAdministratorsAndTheErrorPageIsAProblem() {
        assertThat(headteacher.refusal(403, headteacher.get("/v3/api-docs"))).isEqualTo("forbidden");
        assertThat(headteacher.refusal(403, headteacher.get("/swagger-ui/index.html"))).isEqualTo("forbidden");
        admin.expect(200, admin.get("/v3/api-docs"));
        assertThat(admin.refusal(404, admin.get("/error"))).isEqualTo("not-found");
        assertThat(teacher.refusal(404, teacher.get("/error"))).isEqualTo("not-found");
    }

    @Test
    void hrReopensNoAppraisalAsTheReadmeSays() {
        assertThat(hr.refusal(403, hr.post("/api/appraisals/" + appraisalId + "/reopening",
                "{\"reason\": \"Outcome recorded wrongly\"}"))).isEqualTo("forbidden");
    }

    private void note(Api author, String text, boolean confidential) {
        author.expect(204, author.post("/api/appraisals/" + appraisalId + "/notes", """
                {"noteId": "%s", "note": "%s", "confidential": %s}""".formatted(UUID.randomUUID(), text,
                confidential)));
    }

    private long accessLogLines() {
        return jdbc.sql("SELECT count(*) FROM access_log").query(Long.class).single();
    }

    private UUID person(UUID school, String category) {
        UUID staffId = UUID.randomUUID();
        admin.expect(201, admin.registerStaff(school, staffId, "Alex Moss", category));
        return staffId;
    }

    /** The notes of a history as a reader sees them, in order. */
    private static List<String> notes(JsonNode history) {
        return StreamSupport.stream(history.path("events").spliterator(), false)
                .filter(event -> event.path("type").asText().equals("ProgressNoteAdded"))
                .map(event -> event.path("payload").has("note") ? event.path("payload").path("note").asText()
                        : "(withheld)")
                .toList();
    }

    private static List<String> types(JsonNode history) {
        return StreamSupport.stream(history.path("events").spliterator(), false)
                .map(event -> event.path("type").asText()).toList();
    }

    /** Every cell of a CSV body, roughly: split on commas and line ends, quotes left off. */
    private static List<String> cells(String csv) {
        return Arrays.stream(csv.split("[,\n]")).map(cell -> cell.replaceFirst("^\"", "")).toList();
    }
}
