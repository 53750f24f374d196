package dev.heartwood.infra;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Rebuilding read models by replay, from the admin endpoint, gives back exactly the rows the live ones built. */
class ReplayTest extends ApiTestBase {

    @Test
    void aFullReplayRebuildsExactlyTheRowsTheLiveProjectionsBuilt() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        admin.expect(204, admin.post("/api/appraisals/" + school.appraisalId() + "/objectives/"
                + school.objectiveId() + "/withdrawal", "{\"reason\": \"Moved to Year 6\"}"));
        admin.expect(200, admin.post("/api/schools/" + school.schoolId() + "/training-requirements/standard-set",
                "{\"effectiveFrom\": \"2025-09-01\"}"));
        for (String processor : ReadModels.TABLES.keySet()) {
            caughtUp(processor);
            List<List<String>> live = ReadModels.rows(jdbc, processor);

            admin.expect(202, admin.post("/api/admin/processors/" + processor + "/replay", ""));
            caughtUp(processor);

            assertThat(ReadModels.rows(jdbc, processor)).as(processor).isEqualTo(live);
        }
    }

    @Test
    void onlyAnAdministratorReplaysAndOnlyAStreamingProcessor() {
        Api headteacher = new Api(port, "head", "head-password");

        assertThat(headteacher.refusal(403, headteacher.post("/api/admin/processors/directory/replay", "")))
                .isEqualTo("forbidden");
        assertThat(admin.refusal(404, admin.post("/api/admin/processors/no-such-thing/replay", "")))
                .isEqualTo("processor-not-found");
        assertThat(admin.refusal(409, admin.post("/api/admin/processors/appraisal-lookups/replay", "")))
                .isEqualTo("processor-not-replayable");
    }
}
