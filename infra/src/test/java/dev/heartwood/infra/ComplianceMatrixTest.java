package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The training compliance matrix, its summary and the DSL register over HTTP, at a school that adopted the standard
 * set from 1 September 2025 with a DSL, a deputy DSL and a class teacher, asked about before, on and after today
 * (15 July 2026).
 */
class ComplianceMatrixTest extends ApiTestBase {

    private final UUID schoolId = UUID.randomUUID();
    private final UUID dana = UUID.randomUUID();
    private final UUID dev = UUID.randomUUID();
    private final UUID tom = UUID.randomUUID();

    private record Requirements(UUID safeguarding, UUID prevent, UUID dsl, UUID deputyDsl) {
    }

    /**
     * Dana Reid is the DSL and Dev Shah the deputy from 1 September 2025; Tom Hale teaches. Their safeguarding
     * updates expire on 5 September, 1 August and 1 October 2026; only Tom has done Prevent.
     */
    private Requirements aSchoolWithItsSafeguardingLeads() {
        admin.expect(201, admin.registerSchool(schoolId, "Oakfield Primary"));
        admin.expect(201, admin.registerTeacher(schoolId, dana, "Dana Reid"));
        admin.expect(201, admin.registerTeacher(schoolId, dev, "Dev Shah"));
        admin.expect(201, admin.registerTeacher(schoolId, tom, "Tom Hale"));
        holds(dana, "DSL");
        holds(dev, "DEPUTY_DSL");
        JsonNode adopted = adoptTheStandardSet(schoolId);
        Requirements requirements = new Requirements(requirement(adopted, "safeguarding-update"),
                requirement(adopted, "prevent"), requirement(adopted, "dsl"), requirement(adopted, "deputy-dsl"));
        complete(dana, requirements.dsl(), "2024-10-01", "DSL-2024-17");
        complete(dana, requirements.safeguarding(), "2025-09-05", "SG-DR-1");
        complete(dev, requirements.deputyDsl(), "2025-03-01", "DDSL-88");
        complete(dev, requirements.safeguarding(), "2025-08-01", "SG-DS-1");
        complete(tom, requirements.safeguarding(), "2025-10-01", null);
        complete(tom, requirements.prevent(), "2025-09-20", "PREV-3");
        return requirements;
    }

    private void holds(UUID staffId, String role) {
        admin.expect(204, admin.put("/api/staff/" + staffId + "/roles/" + role,
                "{\"held\": true, \"from\": \"2025-09-01\"}"));
    }

    private JsonNode adoptTheStandardSet(UUID school) {
        var adopted = admin.post("/api/schools/" + school + "/training-requirements/standard-set",
                "{\"effectiveFrom\": \"2025-09-01\"}");
        admin.expect(200, adopted);
        return admin.read(adopted);
    }

    private static UUID requirement(JsonNode adopted, String key) {
        return rows(adopted).stream()
                .filter(item -> key.equals(item.path("key").asText()))
                .map(item -> UUID.fromString(item.path("requirementId").asText()))
                .findFirst()
                .orElseThrow();
    }

    private void complete(UUID staffId, UUID requirementId, String completedOn, String certificate) {
        String reference = certificate == null ? "" : ", \"certificateReference\": \"%s\"".formatted(certificate);
        admin.expect(204, admin.post("/api/staff/" + staffId + "/training-completions", """
                {"requirementId": "%s", "completedOn": "%s", "provider": "Local authority"%s}"""
                .formatted(requirementId, completedOn, reference)));
    }

    private static List<JsonNode> rows(JsonNode items) {
        return StreamSupport.stream(items.spliterator(), false).toList();
    }

    /** The report's rows once the read models show what {@code shown} expects of them. */
    private List<JsonNode> onceItShows(String path, Predicate<List<JsonNode>> shown) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> {
            var response = admin.get(path);
            return response.getStatusCode().value() == 200 ? rows(admin.read(response).path("rows")) : null;
        }, rows -> rows != null && shown.test(rows));
    }

    /** Every completion recorded and every name known. */
    private static Predicate<List<JsonNode>> completionsAndNames(int completions) {
        return rows -> rows.stream().filter(row -> !row.path("lastCompletedOn").isNull()).count() == completions
                && rows.stream().allMatch(row -> row.path("staffName").isTextual());
    }

    private static Map<String, String> statusByName(List<JsonNode> rows) {
        return rows.stream().collect(Collectors.toMap(row -> row.path("staffName").asText(),
                row -> row.path("status").asText()));
    }

    private String matrix(String query) {
        return "/api/schools/" + schoolId + "/reports/training-compliance?" + query;
    }

    @Test
    void theMatrixShowsEachPersonsStandingOnTheDayAsked() {
        Requirements requirements = aSchoolWithItsSafeguardingLeads();
        String safeguarding = "requirementId=" + requirements.safeguarding();

        List<JsonNode> today = onceItShows(matrix(safeguarding), completionsAndNames(3));
        List<JsonNode> lastSeptember = onceItShows(matrix(safeguarding + "&on=2025-09-12"), rows -> true);
        List<JsonNode> nextSeptember = onceItShows(matrix(safeguarding + "&on=2026-09-07"), rows -> true);

        assertThat(today).extracting(row -> row.path("staffName").asText())
                .containsExactly("Dana Reid", "Dev Shah", "Tom Hale");
        assertThat(statusByName(today)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Dana Reid", "COMPLIANT", "Dev Shah", "DUE_SOON", "Tom Hale", "COMPLIANT"));
        assertThat(statusByName(lastSeptember)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Dana Reid", "COMPLIANT", "Dev Shah", "COMPLIANT", "Tom Hale", "DUE_SOON"));
        assertThat(statusByName(nextSeptember)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Dana Reid", "EXPIRED", "Dev Shah", "EXPIRED", "Tom Hale", "DUE_SOON"));
        assertThat(today.get(0).path("expiresOn").asText()).isEqualTo("2026-09-05");
        assertThat(today.get(0).path("certificateOnFile").asBoolean()).isTrue();
        assertThat(today.get(0).path("certificateReference").asText()).isEqualTo("SG-DR-1");
        assertThat(today.get(2).path("certificateOnFile")).isEqualTo(BooleanNode.FALSE);
        assertThat(lastSeptember.get(2).path("dueOn").asText()).isEqualTo("2025-09-15");
        assertThat(lastSeptember.get(2).path("lastCompletedOn").isNull()).isTrue();
    }

    @Test
    void aRenewalAndALeaverCountFromTheirDaysOnly() {
        Requirements requirements = aSchoolWithItsSafeguardingLeads();
        complete(dana, requirements.safeguarding(), "2026-07-01", "SG-DR-2");
        // recorded last, done first: it counts before the others and changes nothing after them
        complete(dana, requirements.safeguarding(), "2025-06-20", "SG-DR-0");
        admin.expect(204, admin.put("/api/staff/" + tom + "/leaving", "{\"leaveDate\": \"2026-03-31\"}"));
        String safeguarding = "requirementId=" + requirements.safeguarding();
        caughtUp("directory");
        caughtUp("training");

        List<JsonNode> today = onceItShows(matrix(safeguarding), rows -> rows.size() == 2
                && "2026-07-01".equals(rows.get(0).path("lastCompletedOn").asText()));
        List<JsonNode> tomsLastDay = onceItShows(matrix(safeguarding + "&on=2026-03-31"), rows -> true);
        List<JsonNode> theDayAfter = onceItShows(matrix(safeguarding + "&on=2026-04-01"), rows -> true);
        List<JsonNode> beforeTheFirst = onceItShows(matrix(safeguarding + "&on=2025-09-01"), rows -> true);

        assertThat(today).extracting(row -> row.path("staffName").asText()).containsExactly("Dana Reid", "Dev Shah");
        assertThat(today.get(0).path("certificateReference").asText()).isEqualTo("SG-DR-2");
        assertThat(today.get(0).path("expiresOn").asText()).isEqualTo("2027-07-01");
        assertThat(tomsLastDay).extracting(row -> row.path("staffName").asText())
                .containsExactly("Dana Reid", "Dev Shah", "Tom Hale");
        assertThat(tomsLastDay.get(0).path("lastCompletedOn").asText()).isEqualTo("2025-09-05");
        assertThat(tomsLastDay.get(0).path("certificateReference").asText()).isEqualTo("SG-DR-1");
        assertThat(theDayAfter).extracting(row -> row.path("staffName").asText())
                .containsExactly("Dana Reid", "Dev Shah");
        assertThat(beforeTheFirst.get(0).path("lastCompletedOn").asText()).isEqualTo("2025-06-20");
        assertThat(beforeTheFirst.get(0).path("certificateReference").asText()).isEqualTo("SG-DR-0");
    }

    @Test
    void theMatrixFiltersByStatusAndSortsTheGapsFirst() {
        aSchoolWithItsSafeguardingLeads();
        List<JsonNode> all = onceItShows(matrix("size=100"), completionsAndNames(6));

        List<JsonNode> overdue = onceItShows(matrix("status=OVERDUE"), rows -> true);
        List<JsonNode> byStatus = onceItShows(matrix("sort=status&size=3"), rows -> true);
        JsonNode secondPage = admin.read(admin.get(matrix("sort=status&size=3&page=1")));

        // three people: Prevent and fire safety for everyone, the DSL and the deputy their own DSL training
        assertThat(all).hasSize(3 * 3 + 2).allSatisfy(row ->
                assertThat(row.path("schoolId").asText()).isEqualTo(schoolId.toString()));
        assertThat(overdue).extracting(row -> row.path("requirementTitle").asText())
                .containsOnly("Prevent duty awareness", "Fire safety awareness")
                .hasSize(5);
        assertThat(byStatus).allSatisfy(row -> assertThat(row.path("status").asText()).isEqualTo("OVERDUE"));
        assertThat(secondPage.path("total").asLong()).isEqualTo(11);
        assertThat(secondPage.path("rows")).hasSize(3);
        assertThat(admin.refusal(400, admin.get(matrix("status=NOT_APPLICABLE")))).isEqualTo("invalid-input");
        assertThat(admin.refusal(400, admin.get(matrix("sort=expiry")))).isEqualTo("invalid-input");
        assertThat(admin.refusal(404, admin.get("/api/schools/" + UUID.randomUUID()
                + "/reports/training-compliance"))).isEqualTo("school-not-found");
    }

    @Test
    void theSummaryGivesTheShareCompliantTheOverdueAndWhatFallsDueWithin30To90Days() {
        Requirements requirements = aSchoolWithItsSafeguardingLeads();
        onceItShows(matrix("size=100"), completionsAndNames(6));

        List<JsonNode> summary = onceItShows("/api/schools/" + schoolId
                + "/reports/training-compliance/summary?on=2026-07-15", rows -> true);

        Map<String, JsonNode> byRequirement = summary.stream()
                .collect(Collectors.toMap(row -> row.path("requirementId").asText(), row -> row));
        JsonNode safeguarding = byRequirement.get(requirements.safeguarding().toString());
        assertThat(safeguarding.path("appliesTo").asInt()).isEqualTo(3);
        assertThat(safeguarding.path("compliant").asInt()).isEqualTo(3);
        assertThat(safeguarding.path("shareCompliant").decimalValue()).isEqualByComparingTo("1");
        assertThat(safeguarding.path("overdue").numberValue()).isEqualTo(0);
        assertThat(safeguarding.path("dueWithin30Days").asInt()).isEqualTo(1);
        assertThat(safeguarding.path("dueWithin60Days").asInt()).isEqualTo(2);
        assertThat(safeguarding.path("dueWithin90Days").asInt()).isEqualTo(3);
        JsonNode prevent = byRequirement.get(requirements.prevent().toString());
        assertThat(prevent.path("compliant").asInt()).isEqualTo(1);
        assertThat(prevent.path("shareCompliant").decimalValue()).isEqualByComparingTo("0.333");
        // Dana and Dev never did it, and it was due by the autumn
        assertThat(prevent.path("overdue").numberValue()).isEqualTo(2);
        assertThat(prevent.path("dueWithin90Days").numberValue()).isEqualTo(0);
        JsonNode dsl = byRequirement.get(requirements.dsl().toString());
        assertThat(dsl.path("appliesTo").asInt()).isEqualTo(1);
        assertThat(dsl.path("dueWithin90Days").asInt()).isEqualTo(1);
    }

    @Test
    void theDslRegisterListsTheLeadsOnTheDayWithTheirTraining() {
        aSchoolWithItsSafeguardingLeads();
        onceItShows(matrix("size=100"), completionsAndNames(6));
        String register = "/api/schools/" + schoolId + "/reports/dsl-register";

        List<JsonNode> today = onceItShows(register, rows -> rows.size() == 2);
        List<JsonNode> beforeTheRoles = onceItShows(register + "?on=2025-08-15", rows -> true);

        assertThat(today).extracting(row -> row.path("staffName").asText() + " " + row.path("role").asText())
                .containsExactly("Dana Reid DSL", "Dev Shah DEPUTY_DSL");
        JsonNode lead = today.get(0);
        assertThat(lead.path("roleSince").asText()).isEqualTo("2025-09-01");
        assertThat(lead.path("lastDslTrainingOn").asText()).isEqualTo("2024-10-01");
        assertThat(lead.path("dslTrainingDueOn").asText()).isEqualTo("2026-10-01");
        assertThat(lead.path("dslTrainingStatus").asText()).isEqualTo("COMPLIANT");
        assertThat(lead.path("lastSafeguardingUpdateOn").asText()).isEqualTo("2025-09-05");
        assertThat(lead.path("safeguardingUpdateDueOn").asText()).isEqualTo("2026-09-05");
        JsonNode deputy = today.get(1);
        assertThat(deputy.path("dslTrainingDueOn").asText()).isEqualTo("2027-03-01");
        assertThat(deputy.path("safeguardingUpdateStatus").asText()).isEqualTo("DUE_SOON");
        assertThat(beforeTheRoles).isEmpty();
    }

    @Test
    void servesTheMatrixAsCsvWithFreeTextQuoted() throws IOException {
        admin.expect(201, admin.registerSchool(schoolId, "Oakfield Primary"));
        admin.expect(201, admin.registerTeacher(schoolId, tom, "Tom Hale"));
        UUID firstAid = UUID.randomUUID();
        admin.expect(201, admin.post("/api/schools/" + schoolId + "/training-requirements", """
                {"requirementId": "%s", "effectiveFrom": "2025-09-01",
                 "terms": {"title": "First aid, emergency", "category": "OTHER", "dueWithinDays": 60,
                           "renewalMonths": 12, "source": "School policy 2025"}}""".formatted(firstAid)));
        complete(tom, firstAid, "2026-01-12", "EFA-12");
        onceItShows(matrix(""), completionsAndNames(1));

        ResponseEntity<String> csv = admin.send(HttpMethod.GET, matrix(""), null, "text/csv");

        assertThat(csv.getStatusCode().value()).isEqualTo(200);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getHeaders().getFirst("X-Last-Event-Index")).isNotBlank();
        assertThat(csv.getBody()).startsWith("schoolId,schoolName,staffId,staffName,requirementId,requirementTitle,"
                + "category,status,lastCompletedOn,dueOn,expiresOn,certificateOnFile,certificateReference\n");
        assertThat(csv.getBody()).contains("\"First aid, emergency\"");
        try (MappingIterator<Map<String, String>> lines = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv.getBody())) {
            assertThat(lines.readAll()).singleElement().satisfies(row -> {
                assertThat(row.get("requirementTitle")).isEqualTo("First aid, emergency");
                assertThat(row.get("expiresOn")).isEqualTo("2027-01-12");
                assertThat(row.get("certificateOnFile")).isEqualTo("true");
            });
        }
    }

    @Test
    void aTrustRollsUpItsSchoolsAndNoOtherSchoolsRows() {
        UUID amy = UUID.randomUUID();
        UUID ben = UUID.randomUUID();
        aSchoolWithItsSafeguardingLeads();
        Given given = new Given(admin);
        UUID trustId = given.trust("River Learning Trust");
        UUID birch = given.school(trustId, "Birch Academy");
        UUID cedar = given.school(trustId, "Cedar Academy");
        admin.expect(201, admin.registerTeacher(birch, amy, "Amy Birch"));
        admin.expect(201, admin.registerTeacher(cedar, ben, "Ben Cedar"));
        complete(amy, requirement(adoptTheStandardSet(birch), "safeguarding-update"), "2026-03-01", "SG-A");
        complete(ben, requirement(adoptTheStandardSet(cedar), "safeguarding-update"), "2025-07-01", "SG-B");
        String trust = "/api/trusts/" + trustId + "/reports/training-compliance";

        List<JsonNode> rolledUp = onceItShows(trust + "?status=COMPLIANT", rows -> rows.size() == 1);
        List<JsonNode> all = onceItShows(trust, completionsAndNames(2));
        List<JsonNode> summary = onceItShows(trust + "/summary", rows -> true);
        List<JsonNode> birchOnly = onceItShows("/api/schools/" + birch + "/reports/training-compliance",
                completionsAndNames(1));

        assertThat(rolledUp.get(0).path("staffId").asText()).isEqualTo(amy.toString());
        assertThat(all).extracting(row -> row.path("schoolName").asText())
                .containsOnly("Birch Academy", "Cedar Academy");
        assertThat(all).extracting(row -> row.path("staffId").asText())
                .containsOnly(amy.toString(), ben.toString());
        assertThat(summary).extracting(row -> row.path("schoolName").asText()).containsOnly("Birch Academy",
                "Cedar Academy");
        assertThat(birchOnly).extracting(row -> row.path("staffId").asText()).containsOnly(amy.toString());
        assertThat(onceItShows(matrix("size=100"), completionsAndNames(6)))
                .extracting(row -> row.path("staffId").asText())
                .containsOnly(dana.toString(), dev.toString(), tom.toString());
        assertThat(onceItShows("/api/trusts/" + trustId + "/reports/dsl-register", rows -> true)).isEmpty();
        assertThat(admin.refusal(404, admin.get("/api/trusts/" + UUID.randomUUID()
                + "/reports/training-compliance/summary"))).isEqualTo("trust-not-found");
    }
}
