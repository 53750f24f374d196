package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

class AuditLogTest extends ApiTestBase {

    private static final String REASON = "Moved to Year 6, mid-year\nagreed with the head";

    /**
     * The log once the audit-log processor has applied every event so far (events of other records included), and
     * the directory knows the school.
     */
    private JsonNode auditLogOnceItHas(String path, String kind) {
        caughtUp("directory");
        caughtUp("audit-log");
        JsonNode log = admin.read(admin.get(path));
        assertThat(log.path("rows").findValuesAsText("kind")).contains(kind);
        return log;
    }

    @Test
    void aSchoolsAuditLogShowsEveryEventWithWhoWhyAndWhichRequestNewestFirst() {
        SchoolWithAnAppraisal oakfield = SchoolWithAnAppraisal.createdThrough(admin);
        SchoolWithAnAppraisal elmside = SchoolWithAnAppraisal.createdThrough(admin);
        HttpHeaders request = new HttpHeaders();
        request.set("X-Correlation-Id", "withdrawal-" + oakfield.objectiveId());
        admin.expect(204, admin.post("/api/appraisals/" + oakfield.appraisalId() + "/objectives/"
                + oakfield.objectiveId() + "/withdrawal", "{\"reason\": \"" + REASON.replace("\n", "\\n") + "\"}",
                request));
        String path = "/api/schools/" + oakfield.schoolId() + "/audit-log";

        JsonNode log = auditLogOnceItHas(path, "ObjectiveWithdrawn");

        JsonNode newest = log.path("rows").get(0);
        assertThat(newest.path("kind").asText()).isEqualTo("ObjectiveWithdrawn");
        assertThat(newest.path("reason").asText()).isEqualTo(REASON);
        assertThat(newest.path("actorRole").asText()).isEqualTo("ADMINISTRATOR");
        assertThat(newest.path("correlationId").asText()).isEqualTo("withdrawal-" + oakfield.objectiveId());
        assertThat(newest.path("aggregateId").asText()).isEqualTo(oakfield.appraisalId().toString());
        assertThat(log.path("rows").findValuesAsText("kind")).containsSubsequence("ObjectiveWithdrawn",
                "ObjectiveSet", "AppraisalStarted", "AppraisalCycleOpened", "StaffMemberRegistered",
                "SchoolRegistered");
        assertThat(log.path("rows").findValuesAsText("schoolId")).containsOnly(oakfield.schoolId().toString());
        assertThat(log.path("freshness").path("lastEventIndex").asLong()).isPositive();
        assertThat(log.path("freshness").path("behind").asLong()).isNotNegative();
        JsonNode elmsideLog = auditLogOnceItHas("/api/schools/" + elmside.schoolId() + "/audit-log", "ObjectiveSet");
        assertThat(elmsideLog.path("rows").findValuesAsText("schoolId")).containsOnly(elmside.schoolId().toString());
    }

    @Test
    void aTrainingRequirementsWithdrawalKeepsTheReasonGivenForItAndNeedsNone() {
        UUID school = UUID.randomUUID();
        admin.expect(201, admin.registerSchool(school, "Hazel Primary"));
        JsonNode adopted = admin.read(admin.post("/api/schools/" + school + "/training-requirements/standard-set",
                "{\"effectiveFrom\": \"2025-09-01\"}"));
        for (JsonNode requirement : adopted) {
            String withdrawal = "/api/training-requirements/" + requirement.path("requirementId").asText()
                    + "/withdrawal";
            switch (requirement.path("key").asText()) {
                case "fire-safety" -> admin.expect(204, admin.post(withdrawal,
                        "{\"withdrawnFrom\": \"2026-09-01\", \"reason\": \"" + REASON.replace("\n", "\\n") + "\"}"));
                case "prevent" -> admin.expect(204, admin.post(withdrawal, "{\"withdrawnFrom\": \"2026-09-01\"}"));
                default -> { }
            }
        }

        JsonNode log = auditLogOnceItHas("/api/schools/" + school + "/audit-log", "TrainingRequirementWithdrawn");

        assertThat(StreamSupport.stream(log.path("rows").spliterator(), false)
                .filter(row -> row.path("kind").asText().equals("TrainingRequirementWithdrawn"))
                .map(row -> row.path("reason").isTextual() ? row.path("reason").asText() : null).toList())
                .containsExactlyInAnyOrder(REASON, null);
    }

    @Test
    void theAuditLogIsFilteredByPersonKindAndTimeAndPaged() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        String path = "/api/schools/" + school.schoolId() + "/audit-log";
        auditLogOnceItHas(path, "ObjectiveSet");

        JsonNode teachers = admin.read(admin.get(path + "?staffId=" + school.teacherId()));
        JsonNode objectives = admin.read(admin.get(path + "?kind=ObjectiveSet"));
        JsonNode firstTwo = admin.read(admin.get(path + "?size=2"));
        JsonNode future = admin.read(admin.get(path + "?from=2999-01-01T00:00:00Z"));

        assertThat(teachers.path("rows").findValuesAsText("kind"))
                .containsExactly("ObjectiveSet", "AppraisalStarted", "StaffMemberRegistered");
        assertThat(objectives.path("rows")).hasSize(1);
        assertThat(firstTwo.path("rows")).hasSize(2);
        assertThat(firstTwo.path("total").asLong()).isEqualTo(6);
        assertThat(future.get("rows")).isEmpty();
        assertThat(admin.refusal(400, admin.get(path + "?size=100000"))).isEqualTo("invalid-input");
    }

    @Test
    void theAuditLogIsServedAsCsvWithFreeTextQuoted() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        admin.expect(204, admin.post("/api/appraisals/" + school.appraisalId() + "/objectives/"
                + school.objectiveId() + "/withdrawal", "{\"reason\": \"" + REASON.replace("\n", "\\n") + "\"}"));
        String path = "/api/schools/" + school.schoolId() + "/audit-log";
        auditLogOnceItHas(path, "ObjectiveWithdrawn");

        ResponseEntity<String> csv = admin.send(HttpMethod.GET, path + "?kind=ObjectiveWithdrawn", null, "text/csv");

        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getHeaders().getFirst("X-Last-Event-Index")).isNotBlank();
        assertThat(csv.getBody()).startsWith("globalIndex,occurredAt,happenedOn,kind,aggregateId,schoolId,staffId,"
                + "actorId,actorRole,reason,correlationId,causationId,batchId\n");
        assertThat(csv.getBody()).contains(",ObjectiveWithdrawn," + school.appraisalId() + ",")
                .contains(",\"" + REASON + "\",");
        assertThat(csv.getBody().lines().filter(line -> line.contains("ObjectiveWithdrawn"))).hasSize(1);
    }

    @Test
    void aTrustsAuditLogHoldsItsOwnEventsAndThoseOfItsSchoolsOnly() {
        Given given = new Given(admin);
        UUID trust = given.trust("River Trust");
        given.school(trust, "Riverside");
        SchoolWithAnAppraisal standalone = SchoolWithAnAppraisal.createdThrough(admin);

        JsonNode log = auditLogOnceItHas("/api/trusts/" + trust + "/audit-log", "SchoolRegistered");

        assertThat(log.path("rows").findValuesAsText("kind")).containsExactly("SchoolRegistered", "TrustRegistered");
        assertThat(log.path("rows").findValuesAsText("schoolId")).doesNotContain(standalone.schoolId().toString());
    }
}
