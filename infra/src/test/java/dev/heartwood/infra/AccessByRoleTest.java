package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What each role sees and does, with every step taken by the person whose step it is. Oakfield is an academy of a
 * trust: its headteacher, a teacher appraised by a colleague, a senior leader holding the pay permission, HR, a
 * governor who appraises the headteacher, another teacher; the trust's leader works at Elmside, the trust's other
 * school.
 */
class AccessByRoleTest extends ApiTestBase {

    private UUID trust;
    private UUID oakfield;
    private UUID elmside;
    private UUID headteacherId;
    private UUID teacherId;
    private UUID appraiserId;
    private UUID seniorLeaderId;
    private UUID hrId;
    private UUID governorId;
    private UUID trustLeaderId;
    private UUID appraisalId;
    private UUID headsAppraisalId;
    private Api headteacher;
    private Api teacher;
    private Api appraiser;
    private Api seniorLeader;
    private Api hr;
    private Api governor;
    private Api colleague;
    private Api trustLeader;

    @BeforeEach
    void oakfieldAndItsPeople() {
        Given records = new Given(admin);
        trust = records.trust("Willow Trust");
        oakfield = records.school(trust, "Oakfield Academy");
        elmside = records.school(trust, "Elmside Academy");
        headteacherId = person(oakfield, "HEADTEACHER");
        teacherId = person(oakfield, "TEACHER");
        appraiserId = person(oakfield, "TEACHER");
        seniorLeaderId = person(oakfield, "TEACHER");
        hrId = person(oakfield, "SUPPORT_STAFF");
        governorId = person(oakfield, "GOVERNOR");
        trustLeaderId = person(elmside, "TEACHER");
        headteacher = Api.asStaff(port, headteacherId);
        teacher = Api.asStaff(port, teacherId);
        appraiser = Api.asStaff(port, appraiserId);
        seniorLeader = Api.asStaff(port, seniorLeaderId);
        hr = Api.asStaff(port, hrId);
        governor = Api.asStaff(port, governorId);
        colleague = Api.asStaff(port, person(oakfield, "TEACHER"));
        trustLeader = Api.asStaff(port, trustLeaderId);

        admin.expect(204, admin.put(access(trustLeaderId, "TRUST_LEADER") + "?scope=TRUST", ""));
        headteacher.expect(204, headteacher.put(access(seniorLeaderId, "SENIOR_LEADER"), ""));
        headteacher.expect(204, headteacher.put(access(seniorLeaderId, "PAY"), ""));
        headteacher.expect(204, headteacher.put(access(hrId, "HR"), ""));

        UUID cycle = UUID.randomUUID();
        appraisalId = UUID.randomUUID();
        headsAppraisalId = UUID.randomUUID();
        headteacher.expect(201, headteacher.openCycle(oakfield, cycle, "HYBRID"));
        headteacher.expect(201, headteacher.startAppraisal(appraisalId, cycle, teacherId, appraiserId));
        headteacher.expect(201, headteacher.startAppraisal(headsAppraisalId, cycle, headteacherId, governorId));
    }

    @Test
    void anAppraisalIsForItsPartiesItsSchoolsLeadersAndTheTrustsLeadersAndIsRecordedAsTheirs() {
        String appraisal = "/api/appraisals/" + appraisalId;
        UUID objective = UUID.randomUUID();

        assertThat(teacher.refusal(403, teacher.setObjective(appraisalId, UUID.randomUUID(), "My own idea")))
                .isEqualTo("forbidden");
        assertThat(headteacher.refusal(403, headteacher.setObjective(appraisalId, UUID.randomUUID(), "Hers")))
                .isEqualTo("forbidden");
        appraiser.expect(201, appraiser.setObjective(appraisalId, objective, "Raise Year 4 reading fluency"));
        teacher.expect(204, teacher.post(appraisal + "/agreements", "{\"party\": \"APPRAISEE\"}"));

        JsonNode set = events.metadataOf(appraisalId, "ObjectiveSet");
        assertThat(set.path("actorId").asText()).isEqualTo(appraiserId.toString());
        assertThat(set.path("actorRole").asText()).isEqualTo("APPRAISER");
        assertThat(set.path("schoolId").asText()).isEqualTo(oakfield.toString());
        assertThat(events.metadataOf(appraisalId, "ObjectivesAgreed").path("actorId").asText())
                .isEqualTo(teacherId.toString());
        for (Api reader : List.of(teacher, appraiser, headteacher, seniorLeader, trustLeader, admin)) {
            reader.expect(200, reader.get(appraisal + "/as-of?at=2100-01-01T00:00:00Z"));
        }
        for (Api outsider : List.of(hr, governor, colleague)) {
            assertThat(outsider.refusal(403, outsider.get(appraisal + "/as-of?at=2100-01-01T00:00:00Z")))
                    .isEqualTo("forbidden");
        }
    }

    @Test
    void confidentialNotesShowTheirTextToThePartiesOnlyAndPayToThoseWithThePayPermission() {
        String appraisal = "/api/appraisals/" + appraisalId;
        UUID objective = UUID.randomUUID();
        appraiser.expect(201, appraiser.setObjective(appraisalId, objective, "Raise Year 4 reading fluency"));
        appraiser.expect(204, appraiser.post(appraisal + "/notes", """
                {"noteId": "%s", "note": "Talked through a health matter", "confidential": true}"""
                .formatted(UUID.randomUUID())));
        teacher.expect(204, teacher.post(appraisal + "/evidence", """
                {"evidenceId": "%s", "description": "Spring reading data", "reference": "Drive/Year 4",
                 "confidential": false}""".formatted(UUID.randomUUID())));
        appraiser.expect(204, appraiser.post(appraisal + "/final-review", "{\"heldOn\": \"2026-07-10\"}"));
        appraiser.expect(204, appraiser.put(appraisal + "/objectives/" + objective + "/outcome",
                "{\"outcome\": \"MET\"}"));
        appraiser.expect(204, appraiser.post(appraisal + "/report", """
                {"summary": "A strong year", "payRecommendation": {"progression": true, "rationale": "All met"}}"""));
        String history = "/api/history/" + appraisalId;

        JsonNode asTheTeacher = teacher.read(teacher.get(history));
        assertThat(payload(asTheTeacher, "ProgressNoteAdded").path("note").asText())
                .isEqualTo("Talked through a health matter");
        assertThat(payload(asTheTeacher, "AppraisalReportIssued").path("payRecommendation").path("progression")
                .asBoolean()).isTrue();
        JsonNode asTheHeadteacher = headteacher.read(headteacher.get(history));
        assertThat(payload(asTheHeadteacher, "ProgressNoteAdded").has("note")).isFalse();
        assertThat(payload(asTheHeadteacher, "ProgressNoteAdded").path("withheld").asBoolean()).isTrue();
        assertThat(payload(asTheHeadteacher, "EvidenceReferenced").path("description").asText())
                .isEqualTo("Spring reading data");
        assertThat(payload(asTheHeadteacher, "AppraisalReportIssued").has("payRecommendation")).isFalse();
        assertThat(payload(asTheHeadteacher, "AppraisalReportIssued").path("summary").asText())
                .isEqualTo("A strong year");
        JsonNode asTheSeniorLeader = seniorLeader.read(seniorLeader.get(history));
        assertThat(payload(asTheSeniorLeader, "AppraisalReportIssued").has("payRecommendation")).isTrue();
        assertThat(payload(asTheSeniorLeader, "ProgressNoteAdded").has("note")).isFalse();
        JsonNode asTheAdministrator = admin.read(admin.get(history));
        assertThat(payload(asTheAdministrator, "ProgressNoteAdded").has("note")).isFalse();
        assertThat(payload(asTheAdministrator, "AppraisalReportIssued").has("payRecommendation")).isFalse();

        JsonNode log = hr.read(hr.get("/api/schools/" + oakfield + "/access-log"));
        assertThat(StreamSupport.stream(log.path("lines").spliterator(), false)
                .map(line -> line.path("readerId").asText() + " " + line.path("kind").asText()).toList())
                .contains(seniorLeaderId + " PAY", seniorLeaderId + " APPRAISAL_NARRATIVE",
                        headteacherId + " APPRAISAL_NARRATIVE", teacherId + " PAY")
                .doesNotContain(headteacherId + " PAY");
        // the school's HR officer reads the school's log, not the trust's
        assertThat(hr.refusal(403, hr.get("/api/trusts/" + trust + "/access-log"))).isEqualTo("forbidden");
        assertThat(headteacher.refusal(403, headteacher.get("/api/schools/" + oakfield + "/access-log")))
                .isEqualTo("forbidden");
        // the application may only add to it (its owner is stopped by its trigger: EmbeddedDatabaseAttackTest)
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM access_log").update())
                .isInstanceOf(DataAccessException.class).rootCause()
                .hasMessageContaining("permission denied for table access_log");
    }

    @Test
    void theHeadteachersOwnAppraisalIsKeptFromTheStaffTheyLead() {
        String headsAppraisal = "/api/appraisals/" + headsAppraisalId + "/as-of?at=2100-01-01T00:00:00Z";
        String governorsReport = "/api/schools/" + oakfield + "/reports/headteacher-appraisal";
        caughtUp("directory");
        caughtUp("completion-tracker");

        for (Api reader : List.of(headteacher, governor, trustLeader)) {
            reader.expect(200, reader.get(headsAppraisal));
        }
        for (Api kept : List.of(seniorLeader, hr, teacher)) {
            assertThat(kept.refusal(403, kept.get(headsAppraisal))).isEqualTo("forbidden");
        }
        for (Api reader : List.of(governor, trustLeader)) {
            reader.expect(200, reader.get(governorsReport));
        }
        for (Api kept : List.of(headteacher, seniorLeader, hr)) {
            assertThat(kept.refusal(403, kept.get(governorsReport))).isEqualTo("forbidden");
        }
        // her objectives and learning over the years are her appraisals' figures: HR reads them, her staff do not
        String headsYears = "/api/staff/" + headteacherId + "/reports/objectives-and-learning";
        for (Api reader : List.of(headteacher, trustLeader, hr)) {
            reader.expect(200, reader.get(headsYears));
        }
        for (Api kept : List.of(seniorLeader, teacher)) {
            assertThat(kept.refusal(403, kept.get(headsYears))).isEqualTo("forbidden");
        }
        // a governor oversees the headteacher's appraisal, nobody else's
        assertThat(governor.refusal(403, governor.get("/api/appraisals/" + appraisalId))).isEqualTo("forbidden");
        // and no one leads their own: the headteacher does not choose her own appraiser
        assertThat(headteacher.refusal(403, headteacher.put("/api/appraisals/" + headsAppraisalId + "/appraiser",
                "{\"appraiserId\": \"%s\"}".formatted(governorId)))).isEqualTo("forbidden");
    }

    @Test
    void grantsAreRecordedWithWhoGrantedThemAndOnlyAHeadteacherOrATrustLeaderGrants() {
        String compliance = "/api/trusts/" + trust + "/reports/training-compliance";
        caughtUp("directory");
        assertThat(hr.refusal(403, hr.get(compliance))).isEqualTo("forbidden");

        assertThat(seniorLeader.refusal(403, seniorLeader.put(access(teacherId, "HR"), "")))
                .isEqualTo("grant-not-allowed");
        assertThat(headteacher.refusal(403, headteacher.put(access(hrId, "HR") + "?scope=TRUST", "")))
                .isEqualTo("grant-not-allowed");
        assertThat(admin.refusal(403, admin.put(access(teacherId, "HR"), ""))).isEqualTo("grant-not-allowed");
        // the trust has its leader: an administrator appointed the first one only
        assertThat(admin.refusal(403, admin.put(access(teacherId, "TRUST_LEADER") + "?scope=TRUST", "")))
                .isEqualTo("grant-not-allowed");
        assertThat(headteacher.refusal(409, headteacher.put(access(teacherId, "TRUST_LEADER"), "")))
                .isEqualTo("role-not-held-for-scope");
        trustLeader.expect(204, trustLeader.put(access(hrId, "HR") + "?scope=TRUST", ""));

        assertThat(events.metadataOf(hrId, "AccessGranted").path("actorId").asText())
                .isEqualTo(trustLeaderId.toString());
        JsonNode grants = hr.read(hr.get("/api/staff/" + hrId + "/access"));
        assertThat(StreamSupport.stream(grants.spliterator(), false)
                .map(grant -> grant.path("role").asText() + " " + grant.path("scope").asText() + " by "
                        + grant.path("grantedBy").asText()).toList())
                .containsExactly("HR SCHOOL by " + headteacherId, "HR TRUST by " + trustLeaderId);
        hr.expect(200, hr.get(compliance));

        trustLeader.expect(204, trustLeader.delete(access(hrId, "HR") + "?scope=TRUST"));
        assertThat(hr.refusal(403, hr.get(compliance))).isEqualTo("forbidden");
        assertThat(events.typesOf(hrId)).filteredOn(type -> type.endsWith("AccessRevoked")).hasSize(1);
    }

    @Test
    void aHeadteacherWhoAlsoLeadsTheTrustGrantsTrustWideRolesAsTheTrustsLeader() {
        trustLeader.expect(204, trustLeader.put(access(headteacherId, "TRUST_LEADER") + "?scope=TRUST", ""));

        headteacher.expect(204, headteacher.put(access(hrId, "HR") + "?scope=TRUST", ""));

        JsonNode granted = events.metadataOf(hrId, "AccessGranted");
        assertThat(StreamSupport.stream(hr.read(hr.get("/api/staff/" + hrId + "/access")).spliterator(), false)
                .map(grant -> grant.path("scope").asText() + " by " + grant.path("grantedBy").asText()).toList())
                .contains("TRUST by " + headteacherId);
        assertThat(granted.path("actorId").asText()).isEqualTo(headteacherId.toString());
        assertThat(granted.path("actorRole").asText()).isEqualTo("TRUST_LEADER");
    }

    @Test
    void hrKeepsTheDirectoryTrainingAndLearningFiguresOfTheirSchoolAndStaffSeeTheirOwn() {
        caughtUp("directory");
        caughtUp("training");
        caughtUp("completion-tracker");

        hr.expect(201, hr.registerTeacher(oakfield, UUID.randomUUID(), "Cara Lee"));
        assertThat(hr.refusal(403, hr.registerTeacher(elmside, UUID.randomUUID(), "Dev Patel")))
                .isEqualTo("forbidden");
        hr.expect(200, hr.get("/api/schools/" + oakfield + "/reports/training-compliance"));
        hr.expect(200, hr.get("/api/staff/" + teacherId + "/training"));
        assertThat(hr.refusal(403, hr.get("/api/schools/" + oakfield + "/reports/objectives-and-learning")))
                .isEqualTo("forbidden");
        hr.expect(200, hr.get("/api/staff/" + teacherId + "/reports/objectives-and-learning"));
        teacher.expect(200, teacher.get("/api/staff/" + teacherId + "/reports/objectives-and-learning"));
        assertThat(teacher.refusal(403, teacher.get("/api/staff/" + appraiserId + "/reports/objectives-and-learning")))
                .isEqualTo("forbidden");
        teacher.expect(200, teacher.get("/api/staff/" + teacherId + "/training"));
        assertThat(teacher.refusal(403, teacher.get("/api/staff/" + appraiserId + "/training")))
                .isEqualTo("forbidden");
        assertThat(teacher.refusal(403, teacher.get("/api/schools/" + oakfield + "/reports/training-compliance")))
                .isEqualTo("forbidden");
        trustLeader.expect(200, trustLeader.get("/api/trusts/" + trust + "/reports/appraisal-completion"));
        trustLeader.expect(200, trustLeader.get("/api/schools/" + oakfield + "/reports/appraisal-completion"));
    }

    @Test
    void someoneTheDirectoryDoesNotKnowOrWhoHasLeftIsRefused() {
        Api stranger = Api.as(port, "someone@elsewhere.example");
        assertThat(stranger.refusal(403, stranger.get("/api/me"))).isEqualTo("unknown-person");

        hr.expect(204, hr.put("/api/staff/" + colleagueId() + "/leaving", "{\"leaveDate\": \"2026-07-01\"}"));
        assertThat(colleague.refusal(403, colleague.get("/api/me"))).isEqualTo("unknown-person");
    }

    private UUID colleagueId() {
        return UUID.fromString(colleague.read(colleague.get("/api/me")).path("staff").get(0).path("staffId")
                .asText());
    }

    private UUID person(UUID school, String category) {
        UUID staffId = UUID.randomUUID();
        admin.expect(201, admin.registerStaff(school, staffId, category + " " + staffId, category));
        return staffId;
    }

    private static String access(UUID staffId, String role) {
        return "/api/staff/" + staffId + "/access/" + role;
    }

    /** The payload of the first event of a type in a history. */
    private static JsonNode payload(JsonNode history, String type) {
        for (JsonNode event : history.path("events")) {
            if (event.path("type").asText().equals(type)) {
                return event.path("payload");
            }
        }
        throw new AssertionError("no " + type + " in " + history);
    }
}
