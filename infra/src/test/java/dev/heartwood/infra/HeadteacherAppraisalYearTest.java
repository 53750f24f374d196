package dev.heartwood.infra;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A maintained school's headteacher, appraised by a panel of governors with an external adviser, on a
 * performance-related pay policy, over HTTP from the cycle's opening to completion.
 */
@HeartwoodIntegrationTest
class HeadteacherAppraisalYearTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aMaintainedSchoolsHeadteacherIsAppraisedByGovernorsWithTheExternalAdviserConsultedAtEachStage() {
        Api admin = Api.administrator(port);
        UUID school = UUID.randomUUID();
        UUID head = UUID.randomUUID();
        UUID chair = UUID.randomUUID();
        UUID viceChair = UUID.randomUUID();
        UUID cycle = UUID.randomUUID();
        UUID appraisalId = UUID.randomUUID();
        UUID objective = UUID.randomUUID();
        UUID priority = UUID.randomUUID();
        admin.expect(201, admin.post("/api/schools", """
                {"schoolId": "%s", "name": "St Anne's CE Primary", "type": "MAINTAINED"}""".formatted(school)));
        admin.expect(201, admin.registerStaff(school, head, "Grace Adeyemi", "HEADTEACHER"));
        admin.expect(201, admin.registerStaff(school, chair, "Tom Reid", "GOVERNOR"));
        admin.expect(201, admin.registerStaff(school, viceChair, "Priya Shah", "GOVERNOR"));
        admin.expect(201, admin.post("/api/schools/" + school + "/priorities", """
                {"priorityId": "%s", "academicYear": "2025/26", "title": "Early reading"}""".formatted(priority)));
        admin.expect(201, admin.openCycle(school, cycle, "PERFORMANCE_RELATED"));
        admin.expect(201, admin.startAppraisal(appraisalId, cycle, head, chair));
        String appraisal = "/api/appraisals/" + appraisalId;
        String objectiveBody = """
                {"objectiveId": "%s", "title": "Lead the early reading strategy",
                 "successCriteria": "Phonics screening at 85%%", "standards": ["HS3", "HS8"], "priorities": ["%s"]}"""
                .formatted(objective, priority);

        assertThat(admin.refusal(409, admin.post(appraisal + "/objectives", objectiveBody)))
                .isEqualTo("governors-panel-required");
        admin.expect(204, admin.put(appraisal + "/governors-panel", """
                {"governorIds": ["%s", "%s"], "chairId": "%s"}""".formatted(chair, viceChair, chair)));
        admin.expect(204, admin.put(appraisal + "/external-adviser",
                "{\"name\": \"Dr Ruth Ellis\", \"organisation\": \"County school improvement\"}"));
        admin.expect(201, admin.post(appraisal + "/objectives", objectiveBody));
        assertThat(admin.refusal(409, admin.post(appraisal + "/agreements", "{\"party\": \"APPRAISER\"}")))
                .isEqualTo("external-adviser-not-consulted");
        admin.expect(204, admin.post(appraisal + "/external-adviser/consultations",
                "{\"stage\": \"OBJECTIVE_SETTING\", \"advice\": \"Ambitious and fair\"}"));
        admin.expect(204, admin.post(appraisal + "/agreements", "{\"party\": \"APPRAISER\"}"));
        admin.expect(204, admin.post(appraisal + "/agreements", "{\"party\": \"APPRAISEE\"}"));
        admin.expect(204, admin.post(appraisal + "/mid-year-review", "{\"heldOn\": \"2026-02-20\"}"));
        admin.expect(204, admin.post(appraisal + "/self-review", "{\"reflection\": \"Reading is now a strength\"}"));
        admin.expect(204, admin.post(appraisal + "/final-review", "{\"heldOn\": \"2026-07-14\"}"));
        admin.expect(204, admin.put(appraisal + "/objectives/" + objective + "/outcome", "{\"outcome\": \"MET\"}"));
        assertThat(admin.refusal(409, admin.post(appraisal + "/report", "{\"summary\": \"Excellent\"}")))
                .isEqualTo("pay-recommendation-required");
        admin.expect(204, admin.post(appraisal + "/report", """
                {"summary": "Excellent", "payRecommendation": {"progression": true, "rationale": "All met"}}"""));
        assertThat(admin.refusal(409, admin.post(appraisal + "/sign-offs", "{\"party\": \"APPRAISER\"}")))
                .isEqualTo("external-adviser-not-consulted");
        admin.expect(204, admin.post(appraisal + "/external-adviser/consultations", "{\"stage\": \"FINAL_REVIEW\"}"));
        admin.expect(204, admin.post(appraisal + "/sign-offs", "{\"party\": \"APPRAISER\"}"));
        admin.expect(204, admin.post(appraisal + "/sign-offs", "{\"party\": \"APPRAISEE\"}"));
        admin.expect(204, admin.post(appraisal + "/completion", ""));

        assertThat(new EventStore(jdbc).typesOf(appraisalId))
                .extracting(type -> type.substring(type.lastIndexOf('.') + 1))
                .containsExactly("AppraisalStarted", "GovernorsPanelAppointed", "ExternalAdviserAppointed",
                        "ObjectiveSet", "ExternalAdviserConsulted", "ObjectivesAgreed", "ObjectivesAgreed",
                        "MidYearReviewHeld", "SelfReviewSubmitted", "FinalReviewHeld", "ObjectiveOutcomeRecorded",
                        "AppraisalReportIssued", "ExternalAdviserConsulted", "ReviewSignedOff", "ReviewSignedOff",
                        "AppraisalCompleted");
    }
}
