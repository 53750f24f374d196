package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Rebuilding read models by replay, from the admin endpoint, gives back exactly the rows the live ones built. */
class ReplayTest extends ApiTestBase {

    private static final Map<String, List<String>> READ_MODELS = Map.of(
            "appraisal-summary", List.of("SELECT * FROM appraisal_summary ORDER BY appraisal_id",
                    "SELECT * FROM appraisal_summary_objective ORDER BY objective_id"),
            "directory", List.of("SELECT * FROM school_view ORDER BY school_id",
                    "SELECT * FROM staff_view ORDER BY staff_id"),
            "audit-log", List.of("SELECT * FROM audit_log ORDER BY global_index"));

    /** Every row as text, since some column types (arrays) have no equality of their own. */
    private List<List<String>> rows(String processor) {
        return READ_MODELS.get(processor).stream()
                .map(sql -> jdbc.sql(sql).query().listOfRows().stream().map(String::valueOf).toList())
                .toList();
    }

    private JsonNode statusOf(String processor) {
        for (JsonNode status : admin.read(admin.get("/api/admin/processors"))) {
            if (status.path("name").asText().equals(processor)) {
                return status;
            }
        }
        throw new AssertionError("no processor " + processor);
    }

    private void caughtUp(String processor) {
        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(processor),
                status -> status.path("running").asBoolean() && !status.path("replaying").asBoolean()
                        && status.path("behind").asLong() == 0);
    }

    @Test
    void aFullReplayRebuildsExactlyTheRowsTheLiveProjectionsBuilt() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        admin.expect(204, admin.post("/api/appraisals/" + school.appraisalId() + "/objectives/"
                + school.objectiveId() + "/withdrawal", "{\"reason\": \"Moved to Year 6\"}"));
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
