package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static dev.heartwood.infra.DirectoryListsTest.read;
import static dev.heartwood.infra.DirectoryListsTest.values;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's record of required training: Asha's safeguarding updates of three autumns (the requirement renamed
 * from January 2026) and her first aid course, each with the requirement's title as it stood on the day.
 */
class TrainingCompletionsTest extends ApiTestBase {

    private UUID school;
    private UUID asha;
    private UUID safeguarding;
    private UUID firstAid;
    private String completions;

    @BeforeEach
    void ashasTraining() {
        Given records = new Given(admin);
        school = records.school(null, "Oakfield Primary");
        asha = records.teacher(school, "Asha Patel");
        safeguarding = requirement("Safeguarding update", "SAFEGUARDING_UPDATE");
        firstAid = requirement("First aid at work", "FIRST_AID_AT_WORK");
        admin.expect(204, admin.put("/api/training-requirements/" + safeguarding, """
                {"effectiveFrom": "2026-01-01",
                 "terms": {"title": "Safeguarding update (KCSIE 2026)", "category": "SAFEGUARDING_UPDATE",
                           "dueWithinDays": 30, "renewalMonths": 12, "source": "KCSIE 2026"}}"""));
        complete(safeguarding, "2024-10-01", "SG-1");
        complete(safeguarding, "2025-10-01", "SG-2");
        complete(safeguarding, "2026-02-01", "SG-3");
        complete(firstAid, "2025-03-10", "FA-1");
        completions = "/api/staff/" + asha + "/training-completions";
        caughtUp("directory");
        caughtUp("training");
    }

    @Test
    void aPersonsCompletionsAreListedTheLatestFirstWithTheTermsOfTheirDay() {
        Api ashaSignedIn = Api.asStaff(port, asha);

        JsonNode all = read(ashaSignedIn, completions);

        assertThat(values(all, "certificateReference")).containsExactly("SG-3", "SG-2", "FA-1", "SG-1");
        assertThat(values(all, "requirementTitle")).containsExactly("Safeguarding update (KCSIE 2026)",
                "Safeguarding update", "First aid at work", "Safeguarding update");
        assertThat(all.path("rows").get(1).path("supersededOn").asText()).isEqualTo("2026-02-01");
        assertThat(all.path("rows").get(0).path("supersededOn").isNull()).isTrue();
        assertThat(all.path("rows").get(2).path("category").asText()).isEqualTo("FIRST_AID_AT_WORK");
        assertThat(all.path("rows").get(2).path("provider").asText()).isEqualTo("St John Ambulance");
        assertThat(values(read(ashaSignedIn, completions + "?requirementId=" + firstAid), "certificateReference"))
                .containsExactly("FA-1");
        assertThat(values(read(ashaSignedIn, completions + "?sort=requirement"), "certificateReference"))
                .containsExactly("FA-1", "SG-2", "SG-1", "SG-3");
        JsonNode second = read(ashaSignedIn, completions + "?size=3&page=1");
        assertThat(values(second, "certificateReference")).containsExactly("SG-1");
        assertThat(second.path("total").asLong()).isEqualTo(4);
        assertThat(ashaSignedIn.refusal(400, ashaSignedIn.get(completions + "?sort=provider")))
                .isEqualTo("invalid-input");
    }

    @Test
    void aPersonsCompletionsAreTheirsTheirLeadersAndHrsOnly() {
        Api headteacher = headteacherOf(school);
        Api hr = staffMemberOf(school, "SUPPORT_STAFF");
        UUID hrId = UUID.fromString(hr.read(hr.get("/api/me")).path("staff").get(0).path("staffId").asText());
        headteacher.expect(204, headteacher.put("/api/staff/" + hrId + "/access/HR", ""));
        Api colleague = staffMemberOf(school, "TEACHER");
        Api anotherHead = headteacherOf(new Given(admin).school(null, "Elmside Primary"));

        assertThat(read(headteacher, completions).path("total").asLong()).isEqualTo(4);
        assertThat(read(hr, completions).path("total").asLong()).isEqualTo(4);
        assertThat(colleague.refusal(403, colleague.get(completions))).isEqualTo("forbidden");
        assertThat(anotherHead.refusal(404, anotherHead.get(completions))).isEqualTo("record-not-found");
        assertThat(admin.refusal(404, admin.get("/api/staff/" + UUID.randomUUID() + "/training-completions")))
                .isEqualTo("staff-member-not-found");
    }

    private UUID requirement(String title, String category) {
        UUID requirementId = UUID.randomUUID();
        admin.expect(201, admin.post("/api/schools/" + school + "/training-requirements", """
                {"requirementId": "%s", "effectiveFrom": "2024-09-01",
                 "terms": {"title": "%s", "category": "%s", "dueWithinDays": 30, "renewalMonths": 12,
                           "source": "KCSIE 2024"}}""".formatted(requirementId, title, category)));
        return requirementId;
    }

    private void complete(UUID requirementId, String completedOn, String certificate) {
        admin.expect(204, admin.post("/api/staff/" + asha + "/training-completions", """
                {"requirementId": "%s", "completedOn": "%s", "provider": "%s", "certificateReference": "%s"}"""
                .formatted(requirementId, completedOn,
                        requirementId.equals(firstAid) ? "St John Ambulance" : "Local authority", certificate)));
    }
}
