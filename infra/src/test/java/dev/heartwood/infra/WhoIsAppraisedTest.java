package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who a cycle opened with the defaults appraises: not an early career teacher serving induction, who is assessed
 * through induction (until the school records them as a teacher), but support staff, against the default framework.
 */
class WhoIsAppraisedTest extends ApiTestBase {

    private final UUID school = UUID.randomUUID();
    private final UUID head = UUID.randomUUID();
    private final UUID cycle = UUID.randomUUID();

    @BeforeEach
    void aSchoolWithItsHeadteacher() {
        admin.expect(201, admin.registerSchool(school, "Brook Lane Primary"));
        admin.expect(201, admin.registerStaff(school, head, "Sam Okoro", "HEADTEACHER"));
    }

    private UUID managedByTheHead(String name, String category) {
        UUID staffId = UUID.randomUUID();
        admin.expect(201, admin.registerStaff(school, staffId, name, category));
        admin.expect(204, admin.put("/api/staff/" + staffId + "/line-manager",
                "{\"lineManagerId\": \"%s\", \"from\": \"2025-09-01\"}".formatted(head)));
        return staffId;
    }

    private JsonNode openAll() {
        return admin.read(admin.post("/api/cycles/" + cycle + "/appraisals/bulk",
                "{\"batchId\": \"%s\"}".formatted(UUID.randomUUID())));
    }

    @Test
    void anEarlyCareerTeacherIsListedAsOnInductionAndIsAppraisedOnceRecordedAsATeacher() {
        UUID newTeacher = managedByTheHead("Cara Lewis", "EARLY_CAREER_TEACHER");
        admin.expect(201, admin.openCycle(school, cycle, "NOT_PERFORMANCE_RELATED"));

        JsonNode opening = openAll();
        assertThat(opening.get("opened")).isEmpty();
        assertThat(opening.path("ineligible").findValuesAsText("staffId")).contains(newTeacher.toString());
        assertThat(opening.path("ineligible").findValues("code").stream()
                .filter(code -> code.asText().equals("on-induction"))).hasSize(1);
        long before = events.count();
        assertThat(admin.refusal(409, admin.startAppraisal(UUID.randomUUID(), cycle, newTeacher, head)))
                .isEqualTo("on-induction");
        assertThat(events.count()).isEqualTo(before);

        admin.expect(204, admin.put("/api/staff/" + newTeacher + "/category",
                "{\"category\": \"TEACHER\", \"from\": \"2026-07-01\"}"));
        JsonNode afterInduction = openAll();
        assertThat(afterInduction.path("opened").findValuesAsText("staffId")).containsExactly(newTeacher.toString());
    }

    @Test
    void aCycleOpenedWithTheDefaultsAppraisesSupportStaffAgainstTheDefaultFramework() {
        UUID officeManager = managedByTheHead("Priya Shah", "SUPPORT_STAFF");
        admin.expect(201, admin.openCycle(school, cycle, "NOT_PERFORMANCE_RELATED"));
        UUID appraisalId = UUID.randomUUID();

        admin.expect(201, admin.startAppraisal(appraisalId, cycle, officeManager, head));
        admin.expect(201, admin.post("/api/appraisals/" + appraisalId + "/objectives", """
                {"objectiveId": "%s", "title": "Move admissions online", "successCriteria": "All forms online",
                 "standards": ["SS1"]}""".formatted(UUID.randomUUID())));

        JsonNode started = admin.read(admin.get("/api/history/" + appraisalId)).path("events").get(0);
        assertThat(started.path("payload").path("framework").path("name").asText())
                .isEqualTo("Support staff expectations (default)");
        assertThat(admin.refusal(409, admin.post("/api/appraisals/" + appraisalId + "/objectives", """
                {"objectiveId": "%s", "title": "Teach phonics", "successCriteria": "Screening at 85%%",
                 "standards": ["TS3"]}""".formatted(UUID.randomUUID())))).isEqualTo("standard-not-in-framework");
    }
}
