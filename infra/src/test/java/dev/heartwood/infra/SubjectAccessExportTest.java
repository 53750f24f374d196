package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's subject access export holds what was recorded about them, and only the person, HR, their headteacher
 * and their trust's leaders may make one. Oakfield and Elmside are schools of the Birch trust; Ashby is a school of
 * the Rowan trust. The teacher is appraised at Oakfield and keeps a record of her learning.
 */
class SubjectAccessExportTest extends ApiTestBase {

    private final ObjectMapper json = new ObjectMapper();
    private final String unique = UUID.randomUUID().toString().substring(0, 8);
    private final String note = "Talked through the phonics plan " + unique;
    private final String statement = "The reading target is too high " + unique;
    private final String reflection = "Echo reading works for the quieter readers " + unique;

    private UUID oakfield;
    private UUID teacherId;
    private UUID appraiserId;
    private UUID headteacherId;
    private UUID appraisalId;
    private UUID learningId;
    private Api teacher;
    private Api headteacher;
    private Api hr;
    private Api trustLeader;

    @BeforeEach
    void aTeacherWithAnAppraisalAndLearning() {
        Given given = new Given(admin);
        UUID birch = given.trust("Birch Trust");
        oakfield = given.school(birch, "Oakfield Academy");
        UUID elmside = given.school(birch, "Elmside Academy");
        teacherId = person(oakfield, "Marigold Pennington " + unique, "TEACHER");
        appraiserId = person(oakfield, "Appraiser", "TEACHER");
        headteacherId = person(oakfield, "Headteacher", "HEADTEACHER");
        teacher = Api.asStaff(port, teacherId);
        headteacher = Api.asStaff(port, headteacherId);
        Api appraiser = Api.asStaff(port, appraiserId);
        hr = Api.asStaff(port, person(oakfield, "HR officer", "SUPPORT_STAFF"));
        trustLeader = Api.asStaff(port, person(elmside, "Trust leader", "TEACHER"));
        admin.expect(204, admin.put(access(staffIdOf(trustLeader), "TRUST_LEADER") + "?scope=TRUST", ""));
        headteacher.expect(204, headteacher.put(access(staffIdOf(hr), "HR"), ""));

        appraisalId = given.appraisal(given.cycle(oakfield, "2025/26"), teacherId, appraiserId);
        String appraisal = "/api/appraisals/" + appraisalId;
        appraiser.expect(201, appraiser.setObjective(appraisalId, UUID.randomUUID(), "Raise Year 4 reading"));
        appraiser.expect(204, appraiser.post(appraisal + "/notes", """
                {"noteId": "%s", "note": "%s", "confidential": true}""".formatted(UUID.randomUUID(), note)));
        teacher.expect(204, teacher.post(appraisal + "/disagreements",
                "{\"party\": \"APPRAISEE\", \"statement\": \"%s\"}".formatted(statement)));
        learningId = UUID.randomUUID();
        teacher.expect(201, teacher.post("/api/staff/" + teacherId + "/completed-cpd-activities", """
                {"activityId": "%s", "title": "Echo reading course", "type": "COURSE", "startedOn": "2026-03-02",
                 "completedOn": "2026-03-02", "hours": 3, "cost": 40}""".formatted(learningId)));
        teacher.expect(204, teacher.post("/api/cpd-activities/" + learningId + "/reflection",
                "{\"reflection\": \"%s\"}".formatted(reflection)));
        // an earlier read of her appraisal, which her export shows her
        headteacher.expect(200, headteacher.get("/api/history/" + appraisalId));
        for (JsonNode processor : admin.read(admin.get("/api/admin/processors"))) {
            caughtUp(processor.get("name").asText());
        }
    }

    @Test
    void theExportHoldsTheEventsTheReadModelsAndTheAccessLogOfThePersonWithAnIndex() throws IOException {
        ResponseEntity<byte[]> answer = teacher.getFile(exportOf(teacherId));

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/zip");
        assertThat(answer.getHeaders().getContentDisposition().getFilename())
                .isEqualTo("heartwood-subject-access-" + teacherId + "-2026-07-15.zip");
        Map<String, String> files = unzipped(answer.getBody());

        JsonNode recorded = json.readTree(files.get("events.json"));
        long stored = jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier IN (?, ?, ?)")
                .params(teacherId.toString(), appraisalId.toString(), learningId.toString())
                .query(Long.class).single();
        assertThat(recorded.size()).isEqualTo(stored);
        assertThat(StreamSupport.stream(recorded.spliterator(), false)
                .map(event -> event.get("aggregateId").asText()).distinct().toList())
                .containsExactlyInAnyOrder(teacherId.toString(), appraisalId.toString(), learningId.toString());
        assertThat(StreamSupport.stream(recorded.spliterator(), false)
                .map(event -> simpleName(event.get("type").asText())).toList())
                .contains("StaffMemberRegistered", "SignInIdentityLinked", "AppraisalStarted", "ObjectiveSet",
                        "ProgressNoteAdded", "ObjectivesDisagreementRecorded", "CompletedCpdLogged",
                        "CpdReflectionRecorded");
        JsonNode noted = first(recorded, "ProgressNoteAdded");
        assertThat(noted.get("payload").toString()).contains(note);
        assertThat(noted.get("metadata").get("actorId").asText()).isEqualTo(appraiserId.toString());
        assertThat(noted.get("metadata").get("actorRole").asText()).isEqualTo("APPRAISER");
        assertThat(noted.get("revision").asText()).isNotEmpty();
        assertThat(noted.get("globalIndex").asLong()).isPositive();
        assertThat(first(recorded, "ObjectivesDisagreementRecorded").get("payload").toString()).contains(statement);
        assertThat(first(recorded, "CpdReflectionRecorded").get("payload").toString()).contains(reflection);

        assertThat(json.readTree(files.get("staff-record.json")).get("name").asText())
                .isEqualTo("Marigold Pennington " + unique);
        assertThat(files.get("cpd-activities.csv")).contains("Echo reading course");
        assertThat(json.readTree(files.get("cpd-activities.json")).get(0).get("activityId").asText())
                .isEqualTo(learningId.toString());
        assertThat(json.readTree(files.get("appraisals.json")).get(0).get("appraisalId").asText())
                .isEqualTo(appraisalId.toString());
        assertThat(json.readTree(files.get("timeline.json")).size()).isPositive();

        JsonNode reads = json.readTree(files.get("access-log.json"));
        assertThat(StreamSupport.stream(reads.spliterator(), false)
                .map(line -> line.get("readerId").asText() + " " + line.get("kind").asText() + " "
                        + line.get("request").asText()).toList())
                .containsExactly(headteacherId + " APPRAISAL_NARRATIVE GET /api/history/" + appraisalId,
                        teacherId + " SUBJECT_ACCESS_EXPORT GET " + exportOf(teacherId));
        assertThat(files.get("access-log.csv").lines().count()).isEqualTo(3);

        String readme = files.get("README.txt");
        assertThat(readme).contains("Marigold Pennington " + unique, "by " + teacherId + " acting as STAFF",
                "Made at 2026-07-15T09:00:00Z", "As of event " + events.lastGlobalIndex());
        files.keySet().stream().filter(file -> !file.equals("README.txt"))
                .forEach(file -> assertThat(readme).as("the README lists " + file).contains("\n" + file + "\n"));
        assertThat(files.keySet()).contains("events.json", "staff-record.json", "training-standing.json",
                "appraisals.csv", "objectives-and-learning.csv", "cpd-years.csv", "training-completions.csv",
                "timeline.csv", "access-log.json");
    }

    @Test
    void hrTheHeadteacherAndTheTrustsLeaderExportAndEachExportIsLoggedWithoutPersonalText() {
        for (Api exporter : List.of(hr, headteacher, trustLeader)) {
            assertThat(exporter.getFile(exportOf(teacherId)).getStatusCode().value()).isEqualTo(200);
        }

        JsonNode log = hr.read(hr.get("/api/schools/" + oakfield + "/access-log"));
        List<String> exports = StreamSupport.stream(log.get("lines").spliterator(), false)
                .filter(line -> line.get("kind").asText().equals("SUBJECT_ACCESS_EXPORT"))
                .map(line -> line.get("readerRole").asText() + " " + line.get("staffId").asText() + " "
                        + line.get("request").asText())
                .toList();
        String request = "GET " + exportOf(teacherId);
        assertThat(exports).containsExactly("TRUST_LEADER " + teacherId + " " + request,
                "HEADTEACHER " + teacherId + " " + request, "HR " + teacherId + " " + request);
        assertThat(jdbc.sql("SELECT count(*) FROM access_log WHERE staff_id = ? AND concat_ws(' ', kind, request, "
                        + "reader_role) ~ ?").params(teacherId, unique).query(Long.class).single())
                .as("no personal text in the access log").isZero();
    }

    @Test
    void anAdministratorOtherStaffAndOtherSchoolsOrTrustsAreRefused() {
        Given given = new Given(admin);
        UUID elmside = given.school(jdbc.sql("SELECT trust_id FROM access_school WHERE school_id = ?")
                .param(oakfield).query(UUID.class).single(), "Elmside Primary");
        Api elmsideHead = Api.asStaff(port, person(elmside, "Elmside head", "HEADTEACHER"));
        Api elmsideHr = Api.asStaff(port, person(elmside, "Elmside HR", "SUPPORT_STAFF"));
        elmsideHead.expect(204, elmsideHead.put(access(staffIdOf(elmsideHr), "HR"), ""));
        UUID rowan = given.trust("Rowan Trust");
        UUID ashby = given.school(rowan, "Ashby Academy");
        Api ashbyHead = Api.asStaff(port, person(ashby, "Ashby head", "HEADTEACHER"));
        Api ashbyHr = Api.asStaff(port, person(ashby, "Ashby HR", "SUPPORT_STAFF"));
        ashbyHead.expect(204, ashbyHead.put(access(staffIdOf(ashbyHr), "HR"), ""));
        Api rowanLeader = Api.asStaff(port, person(ashby, "Rowan leader", "TEACHER"));
        admin.expect(204, admin.put(access(staffIdOf(rowanLeader), "TRUST_LEADER") + "?scope=TRUST", ""));
        Api colleague = Api.asStaff(port, person(oakfield, "Colleague", "TEACHER"));
        Api appraiser = Api.asStaff(port, appraiserId);
        long exportsBefore = exportsOfTheTeacher();

        String export = exportOf(teacherId);
        assertThat(admin.refusal(403, admin.get(export))).isEqualTo("forbidden");
        for (Api sameTrust : List.of(colleague, appraiser, elmsideHead, elmsideHr)) {
            assertThat(sameTrust.refusal(403, sameTrust.get(export))).isEqualTo("forbidden");
        }
        for (Api otherTrust : List.of(ashbyHead, ashbyHr, rowanLeader)) {
            assertThat(otherTrust.refusal(404, otherTrust.get(export))).isEqualTo("record-not-found");
        }
        assertThat(hr.refusal(404, hr.get(exportOf(UUID.randomUUID())))).isEqualTo("record-not-found");
        assertThat(exportsOfTheTeacher()).as("a refused export is not logged").isEqualTo(exportsBefore);
    }

    private long exportsOfTheTeacher() {
        return jdbc.sql("SELECT count(*) FROM access_log WHERE staff_id = ? AND kind = 'SUBJECT_ACCESS_EXPORT'")
                .param(teacherId).query(Long.class).single();
    }

    private UUID person(UUID school, String name, String category) {
        UUID staffId = UUID.randomUUID();
        admin.expect(201, admin.registerStaff(school, staffId, name, category));
        return staffId;
    }

    private static UUID staffIdOf(Api person) {
        return UUID.fromString(person.read(person.get("/api/me")).get("staff").get(0).get("staffId").asText());
    }

    private static String access(UUID staffId, String role) {
        return "/api/staff/" + staffId + "/access/" + role;
    }

    private static String exportOf(UUID staffId) {
        return "/api/staff/" + staffId + "/subject-access-export";
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    private static JsonNode first(JsonNode events, String simpleType) {
        return StreamSupport.stream(events.spliterator(), false)
                .filter(event -> simpleName(event.get("type").asText()).equals(simpleType))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + simpleType + " in the export"));
    }

    /** Every file of the ZIP, by name, read as UTF-8 text. */
    private static Map<String, String> unzipped(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(names).as("each file once").doesNotHaveDuplicates();
        return files;
    }
}
