package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A school's and a trust's training requirements over HTTP: each with a warning period of its own (30 days unless
 * given) that decides when a person's training shows as due soon, read back in the lists and one by one by the
 * readers the requirement pages are for; a warning period the requirement cannot have is refused with nothing
 * recorded. Today is 15 July 2026.
 */
class TrainingRequirementsApiTest extends ApiTestBase {

    /** A requirement of everyone, due within 14 days, renewed every year, from 1 August 2025. */
    private static String definition(UUID requirementId, String title, Integer warningDays) {
        return """
                {"requirementId": "%s", "effectiveFrom": "2025-08-01", "terms": %s}"""
                .formatted(requirementId, terms(title, warningDays));
    }

    private static String terms(String title, Integer warningDays) {
        return """
                {"title": "%s", "category": "OTHER", "dueWithinDays": 14, "renewalMonths": 12, "graceDays": 0,
                 %s"source": "Health and safety policy"}"""
                .formatted(title, warningDays == null ? "" : "\"warningDays\": " + warningDays + ", ");
    }

    private static List<String> values(JsonNode page, String... path) {
        return StreamSupport.stream(page.path("rows").spliterator(), false).map(row -> {
            JsonNode value = row;
            for (String field : path) {
                value = value.get(field);
            }
            return value.asText();
        }).toList();
    }

    private String status(UUID staffId, UUID requirementId) {
        JsonNode training = admin.read(admin.get("/api/staff/" + staffId + "/training"));
        return StreamSupport.stream(training.path("requirements").spliterator(), false)
                .filter(item -> item.path("requirementId").asText().equals(requirementId.toString()))
                .map(item -> item.get("status").asText()).findFirst().orElseThrow();
    }

    @Test
    void aRequirementWarnsAsFarAheadAsItsOwnPeriodAndIsReadBackWithIt() {
        Given records = new Given(admin);
        UUID trust = records.trust("Holly Trust");
        UUID school = records.school(trust, "Holly Academy");
        UUID teacher = records.teacher(school, "Asha Patel");
        UUID manualHandling = UUID.randomUUID();
        UUID ladderSafety = UUID.randomUUID();
        UUID fireMarshal = UUID.randomUUID();
        String schools = "/api/schools/" + school + "/training-requirements";
        admin.expect(201, admin.post(schools, definition(manualHandling, "Manual handling", 60)));
        admin.expect(201, admin.post(schools, definition(ladderSafety, "Ladder safety", null)));
        admin.expect(201, admin.post("/api/trusts/" + trust + "/training-requirements",
                definition(fireMarshal, "Fire marshal", 14)));
        // both done on 29 August 2025: each is to be renewed by 29 August 2026, 45 days from today
        for (UUID requirement : List.of(manualHandling, ladderSafety)) {
            admin.expect(204, admin.post("/api/staff/" + teacher + "/training-completions", """
                    {"requirementId": "%s", "completedOn": "2025-08-29", "provider": "In house"}"""
                    .formatted(requirement)));
        }
        caughtUp("training");

        assertThat(status(teacher, manualHandling)).isEqualTo("DUE_SOON");
        assertThat(status(teacher, ladderSafety)).isEqualTo("COMPLIANT");
        JsonNode required = admin.read(admin.get(schools));
        assertThat(values(required, "terms", "title")).containsExactly("Fire marshal", "Ladder safety",
                "Manual handling");
        assertThat(values(required, "terms", "warningDays")).containsExactly("14", "30", "60");
        assertThat(values(required, "trustId")).containsExactly(trust.toString(), "null", "null");
        JsonNode byTheTrust = admin.read(admin.get("/api/trusts/" + trust + "/training-requirements"));
        assertThat(values(byTheTrust, "requirementId")).containsExactly(fireMarshal.toString());
        JsonNode one = admin.read(admin.get("/api/training-requirements/" + manualHandling));
        assertThat(one.get("schoolId").asText()).isEqualTo(school.toString());
        assertThat(one.get("terms").get("warningDays")).isEqualTo(IntNode.valueOf(60));
        assertThat(one.get("terms").get("renewalMonths")).isEqualTo(IntNode.valueOf(12));
        assertThat(one.get("inForceSince").asText()).isEqualTo("2025-08-01");

        // from the next school year it warns a week ahead: the earlier terms still decide today
        admin.expect(204, admin.put("/api/training-requirements/" + manualHandling, """
                {"effectiveFrom": "2026-09-01", "terms": %s}""".formatted(terms("Manual handling", 7))));
        caughtUp("training");
        assertThat(admin.read(admin.get("/api/training-requirements/" + manualHandling)).get("terms")
                .get("warningDays")).isEqualTo(IntNode.valueOf(7));
        assertThat(status(teacher, manualHandling)).isEqualTo("DUE_SOON");
        assertThat(admin.refusal(404, admin.get("/api/training-requirements/" + UUID.randomUUID())))
                .isEqualTo("requirement-not-found");
    }

    @Test
    void aWarningPeriodThatIsNegativeOrNotShorterThanTheRenewalIsRefusedWithNothingRecorded() {
        Given records = new Given(admin);
        UUID school = records.school(null, "Rowan Primary");
        UUID manualHandling = UUID.randomUUID();
        String schools = "/api/schools/" + school + "/training-requirements";
        long before = events.lastGlobalIndex();

        // a year is 365 days at the shortest
        assertThat(admin.refusal(409, admin.post(schools, definition(manualHandling, "Manual handling", 365))))
                .isEqualTo("warning-period-invalid");
        assertThat(admin.refusal(409, admin.post(schools, definition(manualHandling, "Manual handling", -1))))
                .isEqualTo("warning-period-invalid");
        assertThat(admin.refusal(400, admin.post(schools, definition(manualHandling, "Manual handling", 3651))))
                .isEqualTo("invalid-input");
        assertThat(events.appendedAfter(before)).isEmpty();

        admin.expect(201, admin.post(schools, definition(manualHandling, "Manual handling", 364)));
        before = events.lastGlobalIndex();
        assertThat(admin.refusal(409, admin.put("/api/training-requirements/" + manualHandling, """
                {"effectiveFrom": "2026-09-01", "terms": %s}""".formatted(terms("Manual handling", 400)))))
                .isEqualTo("warning-period-invalid");
        assertThat(events.appendedAfter(before)).isEmpty();
    }

    @Test
    void theListsAreForTheLeadersAndHrOfTheSchoolOrTrustAlone() {
        Given records = new Given(admin);
        UUID trust = records.trust("Alder Trust");
        UUID school = records.school(trust, "Alder Academy");
        UUID requirement = UUID.randomUUID();
        admin.expect(201, admin.post("/api/schools/" + school + "/training-requirements",
                definition(requirement, "Manual handling", null)));
        UUID leaderId = records.teacher(school, "Lena Shah");
        admin.expect(204, admin.put("/api/staff/" + leaderId + "/access/TRUST_LEADER?scope=TRUST", ""));
        Api trustLeader = Api.asStaff(port, leaderId);
        Api head = headteacherOf(school);
        Api teacher = staffMemberOf(school, "TEACHER");
        Api anotherSchoolsHead = headteacherOf(records.school(trust, "Birch Academy"));
        UUID otherTrustsLeaderId = records.teacher(records.school(records.trust("Yew Trust"), "Yew Academy"),
                "Yusuf Khan");
        admin.expect(204, admin.put("/api/staff/" + otherTrustsLeaderId + "/access/TRUST_LEADER?scope=TRUST", ""));
        Api anotherTrustsLeader = Api.asStaff(port, otherTrustsLeaderId);
        caughtUp("training");
        caughtUp("directory");
        String schools = "/api/schools/" + school + "/training-requirements";
        String trusts = "/api/trusts/" + trust + "/training-requirements";
        String one = "/api/training-requirements/" + requirement;

        assertThat(values(head.read(head.get(schools)), "requirementId")).containsExactly(requirement.toString());
        assertThat(head.read(head.get(one)).get("requirementId").asText()).isEqualTo(requirement.toString());
        assertThat(trustLeader.read(trustLeader.get(trusts)).path("rows")).isEmpty();
        assertThat(head.refusal(403, head.get(trusts))).isEqualTo("forbidden");
        assertThat(teacher.refusal(403, teacher.get(schools))).isEqualTo("forbidden");
        assertThat(teacher.refusal(403, teacher.get(one))).isEqualTo("forbidden");
        // the trust's other school knows of this one; another trust's does not
        assertThat(anotherSchoolsHead.refusal(403, anotherSchoolsHead.get(schools))).isEqualTo("forbidden");
        assertThat(anotherSchoolsHead.refusal(403, anotherSchoolsHead.get(one))).isEqualTo("forbidden");
        assertThat(anotherTrustsLeader.refusal(404, anotherTrustsLeader.get(trusts)))
                .isEqualTo("record-not-found");
        assertThat(anotherTrustsLeader.refusal(404, anotherTrustsLeader.get(schools)))
                .isEqualTo("record-not-found");
        assertThat(anotherTrustsLeader.refusal(404, anotherTrustsLeader.get(one))).isEqualTo("record-not-found");
    }
}
