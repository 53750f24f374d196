package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import dev.heartwood.kernel.StaffId;
import com.fasterxml.jackson.databind.node.IntNode;
import dev.heartwood.learning.api.ExemptedFromTraining;
import dev.heartwood.learning.api.TrainingRequirementDefined;
import dev.heartwood.learning.api.TrainingRecords;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event stored by an earlier release, at an older revision of its type, is upcast wherever it is read: by its
 * aggregate when a command loads it, by the history endpoint and by the read models (an exemption's loose dates, a
 * requirement without its own warning period).
 */
class SchemaEvolutionTest extends ApiTestBase {

    private final UUID schoolId = UUID.randomUUID();
    private final UUID teacherId = UUID.randomUUID();
    private final UUID requirementId = UUID.randomUUID();
    private final UUID recordId = TrainingRecords.of(new StaffId(teacherId)).value();

    private String exemption(String from, String until) {
        return """
                {"requirementId": "%s", "reason": "Long-term sickness absence", "from": "%s", "until": "%s"}"""
                .formatted(requirementId, from, until);
    }

    /** The teacher's training record as revision 1 stored its first exemption: the period as two loose dates. */
    private void exemptionStoredAtRevisionOne() {
        events.storeAsReleased("TrainingRecord", recordId, 0, ExemptedFromTraining.class.getName(), "1", """
                        {"recordId": "%s", "staffId": "%s", "schoolId": "%s", "requirementId": "%s",
                         "reason": "Long-term sickness absence", "from": "2026-01-05", "until": "2026-03-31"}"""
                        .formatted(recordId, teacherId, schoolId, requirementId),
                "{\"actorRole\": \"ADMINISTRATOR\", \"correlationId\": \"" + UUID.randomUUID() + "\"}",
                Instant.parse("2026-01-05T09:00:00Z"));
    }

    private String statusOn(String day) {
        String standing = "/api/staff/" + teacherId + "/training?on=" + day;
        return await().atMost(Duration.ofSeconds(15)).until(() -> StreamSupport.stream(
                                admin.read(admin.get(standing)).path("requirements").spliterator(), false)
                        .filter(item -> requirementId.toString().equals(item.path("requirementId").asText()))
                        .map(item -> item.path("status").asText())
                        .findFirst().orElse(null),
                status -> status != null && !status.equals("OVERDUE") && !status.equals("NEVER_COMPLETED"));
    }

    @Test
    void anExemptionStoredAtRevisionOneLoadsInItsAggregateItsHistoryAndTheReadModel() {
        admin.expect(201, admin.registerSchool(schoolId, "Oakfield Primary"));
        admin.expect(201, admin.registerTeacher(schoolId, teacherId, "Asha Patel"));
        admin.expect(201, admin.post("/api/schools/" + schoolId + "/training-requirements", """
                {"requirementId": "%s", "effectiveFrom": "2025-09-01",
                 "terms": {"title": "Prevent duty", "category": "PREVENT", "dueWithinDays": 30,
                           "source": "Prevent duty guidance 2023"}}""".formatted(requirementId)));
        exemptionStoredAtRevisionOne();
        long stored = events.count();

        // the record loads the old event: the same exemption again is recognised and records nothing ...
        admin.expect(204, admin.post("/api/staff/" + teacherId + "/training-exemptions",
                exemption("2026-01-05", "2026-03-31")));
        assertThat(events.count()).isEqualTo(stored);
        // ... and a new one follows it in the record's stream
        admin.expect(204, admin.post("/api/staff/" + teacherId + "/training-exemptions",
                exemption("2026-09-01", "2026-10-31")));
        assertThat(events.typesOf(recordId)).hasSize(2);

        JsonNode history = admin.read(admin.get("/api/history/" + recordId)).path("events");
        assertThat(history.get(0).path("revision").asText()).isEqualTo("2");
        assertThat(history.get(0).path("payload").has("from")).isFalse();
        assertThat(history.get(0).path("payload").path("period").path("from").asText()).isEqualTo("2026-01-05");
        assertThat(history.get(0).path("payload").path("period").path("until").asText()).isEqualTo("2026-03-31");
        assertThat(history.get(1).path("payload").path("period").path("from").asText()).isEqualTo("2026-09-01");

        assertThat(statusOn("2026-02-01")).isEqualTo("EXEMPT");
    }

    /** The terms of a yearly requirement, with a warning period when one is given. */
    private static String terms(String warning) {
        return """
                {"title": "Manual handling", "category": "OTHER", "dueWithinDays": 14, "renewalMonths": 12,
                 "graceDays": 0, %s"source": "Health and safety policy"}""".formatted(warning);
    }

    @Test
    void aRequirementDefinedAtRevisionOneWarnsThirtyDaysAheadInItsAggregateItsHistoryAndTheReadModel() {
        admin.expect(201, admin.registerSchool(schoolId, "Oakfield Primary"));
        // as revision 1 stored it, when every requirement warned 30 days ahead
        events.storeAsReleased("TrainingRequirement", requirementId, 0, TrainingRequirementDefined.class.getName(),
                "1", """
                        {"requirementId": "%s", "schoolId": "%s", "trustId": null,
                         "terms": {"title": "Manual handling", "category": "OTHER",
                                   "audience": {"kind": "EVERYONE", "category": null, "role": null},
                                   "dueWithinDays": 14, "renewalMonths": 12, "graceDays": 0,
                                   "source": "Health and safety policy"},
                         "effectiveFrom": "2025-09-01"}""".formatted(requirementId, schoolId),
                "{\"actorRole\": \"ADMINISTRATOR\", \"correlationId\": \"" + UUID.randomUUID() + "\"}",
                Instant.parse("2025-09-01T09:00:00Z"));
        long stored = events.count();
        String requirement = "/api/training-requirements/" + requirementId;

        // the requirement loads it with 30 days: the same terms with 30 are no amendment, with 60 they are
        admin.expect(204, admin.put(requirement, """
                {"effectiveFrom": "2026-09-01", "terms": %s}""".formatted(terms("\"warningDays\": 30, "))));
        assertThat(events.count()).isEqualTo(stored);
        admin.expect(204, admin.put(requirement, """
                {"effectiveFrom": "2026-09-01", "terms": %s}""".formatted(terms("\"warningDays\": 60, "))));
        assertThat(events.typesOf(requirementId)).hasSize(2);

        JsonNode history = admin.read(admin.get("/api/history/" + requirementId)).path("events");
        assertThat(history.get(0).path("revision").asText()).isEqualTo("2");
        assertThat(history.get(0).path("payload").path("terms").get("warningDays")).isEqualTo(IntNode.valueOf(30));
        assertThat(history.get(1).path("payload").path("terms").get("warningDays")).isEqualTo(IntNode.valueOf(60));

        caughtUp("directory");
        caughtUp("training");
        JsonNode read = admin.read(admin.get("/api/schools/" + schoolId + "/training-requirements"));
        assertThat(read.path("rows").get(0).path("terms").get("warningDays")).isEqualTo(IntNode.valueOf(60));
        assertThat(read.path("rows").get(0).get("inForceSince").asText()).isEqualTo("2025-09-01");
        assertThat(jdbc.sql("""
                        SELECT warning_days FROM training_requirement_version WHERE requirement_id = ?
                        ORDER BY effective_from""").param(requirementId).query(Integer.class).list())
                .containsExactly(30, 60);
    }
}
