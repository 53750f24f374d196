package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A teacher's whole year of appraisal over HTTP, a reopening, and a leaver's appraisal ending early. */
class TeacherAppraisalYearTest extends ApiTestBase {

    /** Oakfield with a reading priority, the teacher agreed with her appraiser on one objective. */
    private SchoolWithAnAppraisal agreedObjectives() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        String appraisal = "/api/appraisals/" + school.appraisalId();
        admin.expect(204, admin.post(appraisal + "/standards-communicated", ""));
        admin.expect(204, admin.post(appraisal + "/agreements", "{\"party\": \"APPRAISEE\"}"));
        admin.expect(204, admin.post(appraisal + "/agreements", "{\"party\": \"APPRAISER\"}"));
        return school;
    }

    /** Everything after the objectives, up to completion. */
    private void reviewAndComplete(String appraisal, UUID objectiveId) {
        admin.expect(204, admin.post(appraisal + "/notes", """
                {"noteId": "%s", "note": "Guided reading groups going well", "confidential": true}"""
                .formatted(UUID.randomUUID())));
        admin.expect(204, admin.post(appraisal + "/evidence", """
                {"evidenceId": "%s", "description": "Spring reading data", "reference": "Trust drive/Year 4",
                 "confidential": false}""".formatted(UUID.randomUUID())));
        admin.expect(204, admin.post(appraisal + "/mid-year-review",
                "{\"heldOn\": \"2026-02-11\", \"summary\": \"On track\"}"));
        admin.expect(204, admin.post(appraisal + "/self-review", "{\"reflection\": \"My questioning improved\"}"));
        admin.expect(204, admin.post(appraisal + "/final-review", "{\"heldOn\": \"2026-07-10\"}"));
        admin.expect(204, admin.put(appraisal + "/objectives/" + objectiveId + "/outcome", "{\"outcome\": \"MET\"}"));
        admin.expect(204, admin.post(appraisal + "/development-needs", """
                {"needId": "%s", "description": "Leading reading across the school"}""".formatted(UUID.randomUUID())));
        admin.expect(204, admin.post(appraisal + "/report", "{\"summary\": \"A strong year\"}"));
        admin.expect(204, admin.post(appraisal + "/sign-offs", "{\"party\": \"APPRAISEE\"}"));
        admin.expect(204, admin.post(appraisal + "/sign-offs", "{\"party\": \"APPRAISER\", \"comment\": \"Well done\"}"));
        admin.expect(204, admin.post(appraisal + "/completion", ""));
    }

    @Test
    void aTeachersYearRunsFromTheCycleOpeningToCompletion() {
        SchoolWithAnAppraisal school = agreedObjectives();
        String appraisal = "/api/appraisals/" + school.appraisalId();

        String early = admin.refusal(409, admin.post(appraisal + "/sign-offs", "{\"party\": \"APPRAISEE\"}"));
        reviewAndComplete(appraisal, school.objectiveId());

        assertThat(early).isEqualTo("sign-off-needs-issued-report");
        assertThat(events.typesOf(school.appraisalId())).extracting(type -> type.substring(type.lastIndexOf('.') + 1))
                .containsExactly("AppraisalStarted", "ObjectiveSet", "StandardsCommunicated", "ObjectivesAgreed",
                        "ObjectivesAgreed", "ProgressNoteAdded", "EvidenceReferenced", "MidYearReviewHeld",
                        "SelfReviewSubmitted", "FinalReviewHeld", "ObjectiveOutcomeRecorded",
                        "DevelopmentNeedIdentified", "AppraisalReportIssued", "ReviewSignedOff", "ReviewSignedOff",
                        "AppraisalCompleted");
        JsonNode summary = await().atMost(Duration.ofSeconds(15))
                .until(() -> admin.read(admin.get(appraisal)), view -> "COMPLETED".equals(view.path("status").asText()));
        assertThat(summary.path("objectives").get(0).path("outcome").asText()).isEqualTo("MET");
        assertThat(summary.path("startedOn").asText()).isEqualTo(FixedClock.TODAY.toString());
    }

    @Test
    void objectivesAreFixedAfterTheFinalReviewAndACompletedAppraisalRefusesChanges() {
        SchoolWithAnAppraisal school = agreedObjectives();
        String appraisal = "/api/appraisals/" + school.appraisalId();
        reviewAndComplete(appraisal, school.objectiveId());

        assertThat(admin.refusal(409, admin.post(appraisal + "/self-review", "{\"reflection\": \"One more\"}")))
                .isEqualTo("appraisal-completed");
    }

    @Test
    void aCompletedAppraisalIsReopenedByTheHeadteacherWithAReasonAndCompletedAgain() {
        SchoolWithAnAppraisal school = agreedObjectives();
        String appraisal = "/api/appraisals/" + school.appraisalId();
        reviewAndComplete(appraisal, school.objectiveId());
        Api appraisee = Api.asStaff(port, school.teacherId());
        UUID seniorLeaderId = UUID.randomUUID();
        admin.expect(201, admin.registerTeacher(school.schoolId(), seniorLeaderId, "Sam Lee"));
        Api seniorLeader = Api.asStaff(port, seniorLeaderId);
        Api headteacher = headteacherOf(school.schoolId());
        headteacher.expect(204, headteacher.put("/api/staff/" + seniorLeaderId + "/access/SENIOR_LEADER", ""));

        assertThat(appraisee.refusal(403, appraisee.post(appraisal + "/reopening", "{\"reason\": \"I disagree\"}")))
                .isEqualTo("forbidden");
        // a senior leader leads the school's appraisals, but reopening one is for the headteacher, HR or the trust
        assertThat(seniorLeader.refusal(403, seniorLeader.post(appraisal + "/reopening",
                "{\"reason\": \"Wrong objective\"}"))).isEqualTo("not-authorised-to-reopen");
        assertThat(headteacher.refusal(400, headteacher.post(appraisal + "/reopening", "{\"reason\": \" \"}")))
                .isEqualTo("invalid-input");
        headteacher.expect(204, headteacher.post(appraisal + "/reopening",
                "{\"reason\": \"Outcome recorded against the wrong objective\"}"));
        admin.expect(204, admin.put(appraisal + "/objectives/" + school.objectiveId() + "/outcome",
                "{\"outcome\": \"PARTIALLY_MET\"}"));
        admin.expect(204, admin.post(appraisal + "/report", "{\"summary\": \"A good year, corrected\"}"));
        admin.expect(204, admin.post(appraisal + "/sign-offs", "{\"party\": \"APPRAISEE\"}"));
        admin.expect(204, admin.post(appraisal + "/sign-offs", "{\"party\": \"APPRAISER\"}"));
        admin.expect(204, admin.post(appraisal + "/completion", ""));

        assertThat(events.typesOf(school.appraisalId())).filteredOn(type -> type.endsWith("AppraisalReopened"))
                .hasSize(1);
        assertThat(events.typesOf(school.appraisalId())).filteredOn(type -> type.endsWith("AppraisalCompleted"))
                .hasSize(2);
        assertThat(events.metadataOf(school.appraisalId(), "AppraisalReopened").path("actorRole").asText())
                .isEqualTo("HEADTEACHER");
    }

    @Test
    void aLeaversAppraisalEndsEarly() {
        SchoolWithAnAppraisal school = agreedObjectives();

        admin.expect(204, admin.put("/api/staff/" + school.teacherId() + "/leaving", "{\"leaveDate\": \"2026-07-17\"}"));

        await().atMost(Duration.ofSeconds(15)).until(() -> events.typesOf(school.appraisalId()),
                types -> types.get(types.size() - 1).endsWith("AppraisalTerminated"));
        assertThat(admin.refusal(409, admin.post("/api/appraisals/" + school.appraisalId() + "/self-review",
                "{\"reflection\": \"Leaving\"}"))).isEqualTo("appraisal-terminated");
    }
}
