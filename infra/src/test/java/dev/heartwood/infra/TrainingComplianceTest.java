package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Mandatory training over HTTP at a school that adopted the standard set from September 2025, asked about on days
 * around today (15 July 2026).
 */
class TrainingComplianceTest extends ApiTestBase {

    private final UUID schoolId = UUID.randomUUID();
    private final UUID teacherId = UUID.randomUUID();

    /** The school, one teacher on its staff since 2020, and the standard set adopted from 1 September 2025. */
    private JsonNode schoolWithTheStandardSet() {
        admin.expect(201, admin.registerSchool(schoolId, "Oakfield Primary"));
        admin.expect(201, admin.registerTeacher(schoolId, teacherId, "Asha Patel"));
        var adopted = admin.post("/api/schools/" + schoolId + "/training-requirements/standard-set",
                "{\"effectiveFrom\": \"2025-09-01\"}");
        admin.expect(200, adopted);
        return admin.read(adopted);
    }

    private static UUID requirement(JsonNode adopted, String key) {
        return StreamSupport.stream(adopted.spliterator(), false)
                .filter(item -> key.equals(item.path("key").asText()))
                .map(item -> UUID.fromString(item.path("requirementId").asText()))
                .findFirst()
                .orElseThrow();
    }

    private void complete(UUID requirementId, String completedOn, String certificate) {
        admin.expect(204, admin.post("/api/staff/" + teacherId + "/training-completions", """
                {"requirementId": "%s", "completedOn": "%s", "provider": "Local authority",
                 "certificateReference": "%s"}""".formatted(requirementId, completedOn, certificate)));
    }

    /** The teacher's standing against a requirement on a day (today without one), once the read model shows it. */
    private Optional<JsonNode> standing(UUID requirementId, String day, Predicate<Optional<JsonNode>> shown) {
        String query = "/api/staff/" + teacherId + "/training" + (day == null ? "" : "?on=" + day);
        return await().atMost(Duration.ofSeconds(15)).until(() -> {
            var response = admin.get(query);
            if (response.getStatusCode().value() != 200) {
                return null;
            }
            return StreamSupport.stream(admin.read(response).path("requirements").spliterator(), false)
                    .filter(item -> requirementId.toString().equals(item.path("requirementId").asText()))
                    .findFirst();
        }, found -> found != null && shown.test(found));
    }

    private String status(UUID requirementId, String day) {
        return standing(requirementId, day, Optional::isPresent).orElseThrow().path("status").asText();
    }

    @Test
    void aSchoolAdoptsTheStandardSetOnceEvenIfItAsksTwice() {
        long before = events.lastGlobalIndex();
        JsonNode adopted = schoolWithTheStandardSet();
        long afterFirst = events.lastGlobalIndex();

        JsonNode again = admin.read(admin.post("/api/schools/" + schoolId + "/training-requirements/standard-set",
                "{\"effectiveFrom\": \"2025-09-01\"}"));

        assertThat(adopted).hasSize(8).allSatisfy(item -> assertThat(item.path("created").asBoolean()).isTrue());
        assertThat(events.appendedAfter(before))
                .filteredOn(event -> event.payloadType().endsWith(".TrainingRequirementDefined"))
                .hasSize(8);
        assertThat(again).allSatisfy(item -> assertThat(item.path("created")).isEqualTo(BooleanNode.FALSE));
        assertThat(events.lastGlobalIndex()).isEqualTo(afterFirst);
        assertThat(requirement(again, "dsl")).isEqualTo(requirement(adopted, "dsl"));
    }

    @Test
    void aCompletionIsCompliantThenDueSoonThenExpiredUntilItIsRenewed() {
        UUID safeguarding = requirement(schoolWithTheStandardSet(), "safeguarding-update");
        complete(safeguarding, "2025-09-10", "LA-SG-0917");

        JsonNode today = standing(safeguarding, null, found -> found.isPresent()
                && !found.get().path("lastCompletedOn").isNull()).orElseThrow();
        assertThat(today.path("status").asText()).isEqualTo("COMPLIANT");
        assertThat(today.path("expiresOn").asText()).isEqualTo("2026-09-10");
        assertThat(today.path("certificateReference").asText()).isEqualTo("LA-SG-0917");
        assertThat(status(safeguarding, "2026-08-10")).isEqualTo("COMPLIANT");
        assertThat(status(safeguarding, "2026-08-11")).isEqualTo("DUE_SOON");
        assertThat(status(safeguarding, "2026-09-11")).isEqualTo("EXPIRED");
        assertThat(status(safeguarding, "2025-09-09")).isEqualTo("DUE_SOON");

        complete(safeguarding, "2026-07-14", "LA-SG-1402");

        JsonNode renewed = standing(safeguarding, "2026-09-11", found -> found.isPresent()
                && "2026-07-14".equals(found.get().path("lastCompletedOn").asText())).orElseThrow();
        assertThat(renewed.path("status").asText()).isEqualTo("COMPLIANT");
        assertThat(renewed.path("expiresOn").asText()).isEqualTo("2027-07-14");
        assertThat(renewed.path("certificateReference").asText()).isEqualTo("LA-SG-1402");
    }

    @Test
    void aTeacherWhoBecomesTheDslFromADateIsThenDueDslTraining() {
        UUID dsl = requirement(schoolWithTheStandardSet(), "dsl");
        admin.expect(204, admin.put("/api/staff/" + teacherId + "/roles/DSL",
                "{\"held\": true, \"from\": \"2026-06-01\"}"));

        JsonNode due = standing(dsl, "2026-06-10", Optional::isPresent).orElseThrow();
        assertThat(due.path("status").asText()).isEqualTo("DUE_SOON");
        assertThat(due.path("dueOn").asText()).isEqualTo("2026-07-01");
        assertThat(standing(dsl, "2026-05-31", found -> true)).isEmpty();
        assertThat(status(dsl, null)).isEqualTo("OVERDUE");

        complete(dsl, "2026-07-10", "DSL-2026-33");

        JsonNode trained = standing(dsl, null, found -> found.isPresent()
                && !found.get().path("lastCompletedOn").isNull()).orElseThrow();
        assertThat(trained.path("status").asText()).isEqualTo("COMPLIANT");
        assertThat(trained.path("expiresOn").asText()).isEqualTo("2028-07-10");
    }

    @Test
    void anExemptPersonIsExemptOnlyWhileTheExemptionLasts() {
        UUID prevent = requirement(schoolWithTheStandardSet(), "prevent");
        assertThat(status(prevent, null)).isEqualTo("OVERDUE");

        admin.expect(204, admin.post("/api/staff/" + teacherId + "/training-exemptions", """
                {"requirementId": "%s", "reason": "Completed with her previous employer; certificate awaited",
                 "from": "2026-07-01", "until": "2026-12-31"}""".formatted(prevent)));

        assertThat(standing(prevent, null, found -> found.isPresent()
                && "EXEMPT".equals(found.get().path("status").asText()))).isPresent();
        assertThat(status(prevent, "2027-01-01")).isEqualTo("OVERDUE");
    }

    @Test
    void anAmendedRequirementStillAppliesInItsOldVersionBeforeTheAmendment() {
        schoolWithTheStandardSet();
        UUID firstAid = UUID.randomUUID();
        admin.expect(201, admin.post("/api/schools/" + schoolId + "/training-requirements", """
                {"requirementId": "%s", "effectiveFrom": "2025-09-01",
                 "terms": {"title": "Emergency first aid", "category": "OTHER", "dueWithinDays": 60,
                           "renewalMonths": 12, "source": "School policy 2025"}}""".formatted(firstAid)));
        complete(firstAid, "2025-09-10", "EFA-1");
        admin.expect(204, admin.put("/api/training-requirements/" + firstAid, """
                {"effectiveFrom": "2026-09-01",
                 "terms": {"title": "Emergency first aid (two-yearly)", "category": "OTHER", "dueWithinDays": 60,
                           "renewalMonths": 24, "source": "School policy 2026"}}"""));

        JsonNode before = standing(firstAid, "2026-08-31", found -> found.isPresent()
                && !found.get().path("lastCompletedOn").isNull()).orElseThrow();
        JsonNode after = standing(firstAid, "2026-09-15", found -> found.isPresent()
                && found.get().path("title").asText().endsWith("(two-yearly)")).orElseThrow();

        assertThat(before.path("title").asText()).isEqualTo("Emergency first aid");
        assertThat(before.path("status").asText()).isEqualTo("DUE_SOON");
        assertThat(after.path("status").asText()).isEqualTo("COMPLIANT");
        assertThat(after.path("expiresOn").asText()).isEqualTo("2027-09-10");
        assertThat(admin.refusal(409, admin.put("/api/training-requirements/" + firstAid, """
                {"effectiveFrom": "2026-01-01",
                 "terms": {"title": "Emergency first aid", "category": "OTHER", "dueWithinDays": 30,
                           "source": "School policy 2026"}}"""))).isEqualTo("change-before-current-version");
    }

    @Test
    void refusesACompletionInTheFutureOrOfAnUnknownRequirementAndRecordsNothing() {
        UUID safeguarding = requirement(schoolWithTheStandardSet(), "safeguarding-update");
        long before = events.count();

        String future = admin.refusal(409, admin.post("/api/staff/" + teacherId + "/training-completions", """
                {"requirementId": "%s", "completedOn": "2026-07-16", "provider": "NSPCC"}""".formatted(safeguarding)));
        String unknown = admin.refusal(404, admin.post("/api/staff/" + teacherId + "/training-completions", """
                {"requirementId": "%s", "completedOn": "2026-07-01", "provider": "NSPCC"}"""
                .formatted(UUID.randomUUID())));

        assertThat(future).isEqualTo("date-in-the-future");
        assertThat(unknown).isEqualTo("requirement-not-found");
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void aTrustsRequirementAppliesInEachOfItsSchools() {
        Given given = new Given(admin);
        UUID trustId = given.trust("River Learning Trust");
        given.school(schoolId, trustId, "Elmside Academy");
        UUID fireSafety = UUID.randomUUID();
        admin.expect(201, admin.registerTeacher(schoolId, teacherId, "Ben Okafor"));
        admin.expect(201, admin.post("/api/trusts/" + trustId + "/training-requirements", """
                {"requirementId": "%s", "effectiveFrom": "2025-09-01",
                 "terms": {"title": "Fire safety", "category": "FIRE_SAFETY", "dueWithinDays": 30,
                           "renewalMonths": 12, "source": "Trust health and safety policy"}}""".formatted(fireSafety)));

        complete(fireSafety, "2026-01-20", "FS-88");

        JsonNode standing = standing(fireSafety, null, found -> found.isPresent()
                && !found.get().path("lastCompletedOn").isNull()).orElseThrow();
        assertThat(standing.path("status").asText()).isEqualTo("COMPLIANT");
        assertThat(standing.path("expiresOn").asText()).isEqualTo("2027-01-20");
    }

    @Test
    void refusesARequirementForACategoryAndARoleAtOnce() {
        admin.expect(201, admin.registerSchool(schoolId, "Oakfield Primary"));

        String refusal = admin.refusal(400, admin.post("/api/schools/" + schoolId + "/training-requirements", """
                {"requirementId": "%s", "effectiveFrom": "2025-09-01",
                 "terms": {"title": "Mixed", "category": "OTHER", "appliesToCategory": "TEACHER",
                           "appliesToRole": "DSL", "dueWithinDays": 30, "source": "School policy"}}"""
                .formatted(UUID.randomUUID())));

        assertThat(refusal).isEqualTo("invalid-input");
    }
}
