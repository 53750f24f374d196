package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The governors' report on their headteacher's appraisal, read after a year driven over HTTP. */
class HeadteacherAppraisalReportTest extends ApiTestBase {

    @Test
    void showsThePanelTheExternalAdviserEachConsultationAndThatTheYearIsOnTime() {
        UUID school = UUID.randomUUID();
        UUID head = UUID.randomUUID();
        UUID chair = UUID.randomUUID();
        UUID viceChair = UUID.randomUUID();
        UUID cycle = UUID.randomUUID();
        UUID appraisalId = UUID.randomUUID();
        UUID objective = UUID.randomUUID();
        admin.expect(201, admin.post("/api/schools", """
                {"schoolId": "%s", "name": "St Anne's CE Primary", "type": "MAINTAINED"}""".formatted(school)));
        admin.expect(201, admin.registerStaff(school, head, "Grace Adeyemi", "HEADTEACHER"));
        admin.expect(201, admin.registerStaff(school, chair, "Tom Reid", "GOVERNOR"));
        admin.expect(201, admin.registerStaff(school, viceChair, "Priya Shah", "GOVERNOR"));
        admin.expect(201, admin.openCycle(school, cycle, "NOT_PERFORMANCE_RELATED"));
        admin.expect(201, admin.startAppraisal(appraisalId, cycle, head, chair));
        String appraisal = "/api/appraisals/" + appraisalId;
        admin.expect(204, admin.put(appraisal + "/governors-panel", """
                {"governorIds": ["%s", "%s"], "chairId": "%s"}""".formatted(viceChair, chair, chair)));
        admin.expect(204, admin.put(appraisal + "/external-adviser",
                "{\"name\": \"Dr Ruth Ellis\", \"organisation\": \"County school improvement\"}"));
        admin.expect(201, admin.post(appraisal + "/objectives", """
                {"objectiveId": "%s", "title": "Lead the early reading strategy",
                 "successCriteria": "Phonics screening at 85%%", "standards": ["HS3"]}""".formatted(objective)));
        admin.expect(204, admin.post(appraisal + "/external-adviser/consultations",
                "{\"stage\": \"OBJECTIVE_SETTING\", \"advice\": \"Ambitious and fair\"}"));
        admin.expect(204, admin.post(appraisal + "/agreements", "{\"party\": \"APPRAISER\"}"));
        admin.expect(204, admin.post(appraisal + "/agreements", "{\"party\": \"APPRAISEE\"}"));
        admin.expect(204, admin.post(appraisal + "/mid-year-review", "{\"heldOn\": \"2026-02-20\"}"));
        admin.expect(204, admin.post(appraisal + "/final-review", "{\"heldOn\": \"2026-07-14\"}"));
        admin.expect(204, admin.put(appraisal + "/objectives/" + objective + "/outcome", "{\"outcome\": \"MET\"}"));
        admin.expect(204, admin.post(appraisal + "/report", "{\"summary\": \"Excellent\"}"));
        admin.expect(204, admin.post(appraisal + "/external-adviser/consultations", "{\"stage\": \"FINAL_REVIEW\"}"));
        admin.expect(204, admin.post(appraisal + "/sign-offs", "{\"party\": \"APPRAISER\"}"));
        admin.expect(204, admin.post(appraisal + "/sign-offs", "{\"party\": \"APPRAISEE\"}"));
        admin.expect(204, admin.post(appraisal + "/completion", ""));
        String path = "/api/schools/" + school + "/reports/headteacher-appraisal?academicYear=2025/26";
        caughtUp("directory");

        JsonNode report = await().atMost(Duration.ofSeconds(15)).until(() -> admin.read(admin.get(path)),
                answer -> "COMPLETED".equals(answer.path("appraisals").path(0).path("status").asText())
                        && answer.path("appraisals").path(0).path("panel").path(1).path("name").isTextual()
                        && answer.path("appraisals").path(0).path("headteacher").path("name").isTextual());

        assertThat(report.path("payDecisionBy").asText()).isEqualTo("2026-12-31");
        assertThat(report.path("appraisals")).hasSize(1);
        JsonNode year = report.path("appraisals").path(0);
        assertThat(year.path("headteacher").path("name").asText()).isEqualTo("Grace Adeyemi");
        assertThat(year.path("panel")).extracting(governor -> governor.path("name").asText())
                .containsExactly("Tom Reid", "Priya Shah");
        assertThat(year.path("chair").path("staffId").asText()).isEqualTo(chair.toString());
        assertThat(year.path("externalAdviser").path("name").asText()).isEqualTo("Dr Ruth Ellis");
        assertThat(year.path("externalAdviser").path("organisation").asText()).isEqualTo("County school improvement");
        assertThat(year.path("consultations")).extracting(consultation -> consultation.path("stage").asText())
                .containsExactly("OBJECTIVE_SETTING", "FINAL_REVIEW");
        assertThat(year.path("consultations").path(1).path("consultedOn").asText()).isEqualTo("2026-07-15");
        assertThat(year.path("objectivesSetOn").asText()).isEqualTo("2026-07-15");
        assertThat(year.path("objectivesAgreedOn").asText()).isEqualTo("2026-07-15");
        assertThat(year.path("finalReviewOn").asText()).isEqualTo("2026-07-14");
        assertThat(year.path("appraiserSignedOffOn").asText()).isEqualTo("2026-07-15");
        assertThat(year.path("appraiseeSignedOffOn").asText()).isEqualTo("2026-07-15");
        assertThat(year.path("completedOn").asText()).isEqualTo("2026-07-15");
        assertThat(year.path("onTime").asBoolean()).isTrue();
    }

    @Test
    void refusesAnUnknownSchoolOrAYearWithoutACycle() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        String path = "/api/schools/" + school.schoolId() + "/reports/headteacher-appraisal";

        JsonNode noHeadteacher = await().atMost(Duration.ofSeconds(15))
                .until(() -> admin.read(admin.get(path + "?academicYear=2025/26")),
                        answer -> answer.path("cycleId").asText().equals(school.cycleId().toString()));

        assertThat(noHeadteacher.get("appraisals")).isEmpty();
        assertThat(admin.refusal(404, admin.get(path + "?academicYear=2024/25"))).isEqualTo("cycle-not-found");
        assertThat(admin.refusal(404, admin.get("/api/schools/" + UUID.randomUUID()
                + "/reports/headteacher-appraisal"))).isEqualTo("school-not-found");
    }
}
