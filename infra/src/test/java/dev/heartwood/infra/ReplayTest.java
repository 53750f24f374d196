package dev.heartwood.infra;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Rebuilding read models by replay, from the admin endpoint, gives back exactly the rows the live ones built. */
class ReplayTest extends ApiTestBase {

    /** Each processor and the tables of its read model. */
    private static final Map<String, List<String>> READ_MODELS = Map.of(
            "appraisal-summary", List.of("appraisal_summary", "appraisal_summary_objective"),
            "directory", List.of("school_view", "staff_view"),
            "audit-log", List.of("audit_log"),
            "staff-timeline", List.of("staff_timeline", "staff_timeline_appraisal"),
            "training", List.of("training_requirement", "training_requirement_version", "training_school",
                    "training_staff", "training_staff_category", "training_staff_role", "training_completion",
                    "training_exemption"));

    /** Every row as text, in a stable order; text also compares column types (arrays) that have no equality. */
    private List<List<String>> rows(String processor) {
        return READ_MODELS.get(processor).stream()
                .map(table -> jdbc.sql("SELECT t::text FROM " + table + " t ORDER BY t::text")
                        .query(String.class).list())
                .toList();
    }

    @Test
    void aFullReplayRebuildsExactlyTheRowsTheLiveProjectionsBuilt() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        admin.expect(204, admin.post("/api/appraisals/" + school.appraisalId() + "/objectives/"
                + school.objectiveId() + "/withdrawal", "{\"reason\": \"Moved to Year 6\"}"));
        admin.expect(200, admin.post("/api/schools/" + school.schoolId() + "/training-requirements/standard-set",
                "{\"effectiveFrom\": \"2025-09-01\"}"));
        for (String processor : READ_MODELS.keySet()) {
            caughtUp(processor);
            List<List<String>> live = rows(processor);

            admin.expect(202, admin.post("/api/admin/processors/" + processor + "/replay", ""));
            caughtUp(processor);

            assertThat(rows(processor)).as(processor).isEqualTo(live);
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
