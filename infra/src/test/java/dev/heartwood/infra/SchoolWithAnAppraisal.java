package dev.heartwood.infra;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A school, a teacher and her appraiser, the school's 2025/26 cycle, the teacher's appraisal and one objective,
 * all created through the API.
 */
public record SchoolWithAnAppraisal(UUID schoolId, UUID teacherId, UUID appraiserId, UUID cycleId, UUID appraisalId,
                                    UUID objectiveId) {

    public static SchoolWithAnAppraisal createdThrough(Api api) {
        SchoolWithAnAppraisal school = new SchoolWithAnAppraisal(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        assertThat(api.registerSchool(school.schoolId(), "Oakfield Primary").getStatusCode().value()).isEqualTo(201);
        assertThat(api.registerTeacher(school.schoolId(), school.teacherId(), "Asha Patel").getStatusCode().value())
                .isEqualTo(201);
        assertThat(api.registerTeacher(school.schoolId(), school.appraiserId(), "Ben Okafor").getStatusCode().value())
                .isEqualTo(201);
        assertThat(api.openCycle(school.schoolId(), school.cycleId(), "NOT_PERFORMANCE_RELATED").getStatusCode().value())
                .isEqualTo(201);
        assertThat(api.startAppraisal(school.appraisalId(), school.cycleId(), school.teacherId(), school.appraiserId())
                .getStatusCode().value()).isEqualTo(201);
        assertThat(api.setObjective(school.appraisalId(), school.objectiveId(), "Raise Year 4 reading fluency")
                .getStatusCode().value()).isEqualTo(201);
        return school;
    }

    /** The rest of the year, done today (15 July 2026): the final review, the outcome, the report, both sign-offs. */
    public void completedThrough(Api api) {
        String appraisal = "/api/appraisals/" + appraisalId;
        api.expect(204, api.post(appraisal + "/final-review", "{\"heldOn\": \"2026-07-10\"}"));
        api.expect(204, api.put(appraisal + "/objectives/" + objectiveId + "/outcome", "{\"outcome\": \"MET\"}"));
        api.expect(204, api.post(appraisal + "/report", "{\"summary\": \"A strong year\"}"));
        api.expect(204, api.post(appraisal + "/sign-offs", "{\"party\": \"APPRAISEE\"}"));
        api.expect(204, api.post(appraisal + "/sign-offs", "{\"party\": \"APPRAISER\"}"));
        api.expect(204, api.post(appraisal + "/completion", ""));
    }
}
