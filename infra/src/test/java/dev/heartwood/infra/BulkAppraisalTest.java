package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening every appraisal of a school, and setting one objective for a group, in one request each. */
@HeartwoodIntegrationTest
class BulkAppraisalTest {

    private static final int TEACHERS = 30;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final UUID school = UUID.randomUUID();
    private final UUID head = UUID.randomUUID();
    private final UUID chair = UUID.randomUUID();

    @Test
    void opensAnAppraisalForEveryEligibleMemberOfStaffAndSetsOneObjectiveForAGroupEachWithTheBatchId() {
        Api admin = Api.administrator(port);
        EventStore events = new EventStore(jdbc);
        UUID newcomer = UUID.randomUUID();
        UUID cycle = UUID.randomUUID();
        riverside(admin);
        List<UUID> teachers = new ArrayList<>();
        for (int i = 0; i < TEACHERS; i++) {
            UUID teacher = UUID.randomUUID();
            teachers.add(teacher);
            admin.expect(201, admin.registerTeacher(school, teacher, "Teacher " + i));
            lineManaged(admin, teacher, head);
        }
        admin.expect(201, admin.registerTeacher(school, newcomer, "New Starter"));
        admin.expect(201, admin.openCycle(school, cycle, "NOT_PERFORMANCE_RELATED"));
        UUID openingBatch = UUID.randomUUID();

        JsonNode opening = admin.read(admin.post("/api/cycles/" + cycle + "/appraisals/bulk",
                "{\"batchId\": \"%s\"}".formatted(openingBatch)));

        assertThat(opening.path("opened")).hasSize(TEACHERS + 1);
        assertThat(opening.path("ineligible").findValuesAsText("code"))
                .containsExactlyInAnyOrder("no-line-manager", "governors-are-not-appraised");
        assertThat(opening.path("ineligible").findValuesAsText("staffId"))
                .containsExactlyInAnyOrder(newcomer.toString(), chair.toString());
        String someAppraisal = opening.path("opened").get(0).path("appraisalId").asText();
        assertThat(events.metadataOf(UUID.fromString(someAppraisal), "AppraisalStarted").path("batchId").asText())
                .isEqualTo(openingBatch.toString());

        JsonNode again = admin.read(admin.post("/api/cycles/" + cycle + "/appraisals/bulk",
                "{\"batchId\": \"%s\"}".formatted(UUID.randomUUID())));
        assertThat(again.get("opened")).isEmpty();

        UUID objectiveBatch = UUID.randomUUID();
        List<UUID> yearFourTeam = List.of(teachers.get(0), teachers.get(1), teachers.get(2), newcomer);
        String objective = """
                {"batchId": "%s", "staffIds": [%s], "title": "Embed the new reading scheme",
                 "successCriteria": "Used daily in every class by Easter", "standards": ["TS3"]}"""
                .formatted(objectiveBatch, String.join(", ", yearFourTeam.stream().map(id -> "\"" + id + "\"").toList()));
        long before = events.count();

        JsonNode setting = admin.read(admin.post("/api/cycles/" + cycle + "/objectives/bulk", objective));

        assertThat(setting.path("set")).hasSize(3);
        assertThat(setting.path("skipped").findValuesAsText("code")).containsExactly("appraisal-not-found");
        assertThat(events.count()).isEqualTo(before + 3);
        UUID appraisalOfFirst = UUID.fromString(setting.path("set").get(0).path("appraisalId").asText());
        assertThat(events.metadataOf(appraisalOfFirst, "ObjectiveSet").path("batchId").asText())
                .isEqualTo(objectiveBatch.toString());

        admin.read(admin.post("/api/cycles/" + cycle + "/objectives/bulk", objective));
        assertThat(events.count()).as("the same batch again records nothing").isEqualTo(before + 3);
    }

    @Test
    void setsOneObjectiveForAGroupOfTheCyclesPeopleThatTheServiceChoosesWhenAskedAndRefusesAGroupIllChosen() {
        Api admin = Api.administrator(port);
        UUID ana = UUID.randomUUID();
        UUID ben = UUID.randomUUID();
        UUID cal = UUID.randomUUID();
        UUID assistant = UUID.randomUUID();
        UUID newcomer = UUID.randomUUID();
        UUID leaver = UUID.randomUUID();
        UUID cycle = UUID.randomUUID();
        riverside(admin);
        for (UUID teacher : List.of(ana, ben, cal)) {
            admin.expect(201, admin.registerTeacher(school, teacher, "Teacher " + teacher));
            lineManaged(admin, teacher, head);
        }
        admin.expect(201, admin.registerStaff(school, assistant, "Tom Reed", "SUPPORT_STAFF"));
        lineManaged(admin, assistant, head);
        admin.expect(201, admin.registerTeacher(school, newcomer, "New Starter"));
        admin.expect(201, admin.registerTeacher(school, leaver, "Gone Before"));
        admin.expect(204, admin.put("/api/staff/" + leaver + "/leaving", "{\"leaveDate\": \"2021-07-31\"}"));
        admin.expect(201, admin.openCycle(school, cycle, "NOT_PERFORMANCE_RELATED"));
        JsonNode opening = admin.read(admin.post("/api/cycles/" + cycle + "/appraisals/bulk",
                "{\"batchId\": \"%s\"}".formatted(UUID.randomUUID())));
        String calsAppraisal = opening.get("opened").findParents("staffId").stream()
                .filter(opened -> opened.get("staffId").asText().equals(cal.toString()))
                .findFirst().orElseThrow().get("appraisalId").asText();
        admin.expect(204, admin.put("/api/appraisals/" + calsAppraisal + "/appraiser",
                "{\"appraiserId\": \"%s\"}".formatted(ana)));

        JsonNode teachers = admin.read(setFor(admin, cycle, "\"group\": \"CATEGORY\", \"category\": \"TEACHER\""));
        assertThat(teachers.get("set").findValuesAsText("staffId"))
                .containsExactlyInAnyOrder(ana.toString(), ben.toString(), cal.toString());
        assertThat(teachers.get("skipped").findValuesAsText("staffId")).as("no appraisal; the leaver is not staff")
                .containsExactly(newcomer.toString());

        JsonNode anasAppraisees = admin.read(setFor(admin, cycle,
                "\"group\": \"APPRAISER\", \"appraiserId\": \"%s\"".formatted(ana)));
        assertThat(anasAppraisees.get("set").findValuesAsText("staffId")).containsExactly(cal.toString());
        JsonNode headsAppraisees = admin.read(setFor(admin, cycle,
                "\"group\": \"APPRAISER\", \"appraiserId\": \"%s\"".formatted(head)));
        assertThat(headsAppraisees.get("set").findValuesAsText("staffId"))
                .containsExactlyInAnyOrder(ana.toString(), ben.toString(), assistant.toString());

        JsonNode underWay = admin.read(setFor(admin, cycle, "\"group\": \"UNDER_WAY\""));
        assertThat(underWay.get("set").findValuesAsText("staffId")).containsExactlyInAnyOrder(
                ana.toString(), ben.toString(), cal.toString(), assistant.toString());
        assertThat(underWay.get("skipped").findValuesAsText("staffId")).as("in the group, though refused")
                .containsExactly(head.toString());

        for (String illChosen : List.of("\"group\": \"CATEGORY\"", "\"group\": \"APPRAISER\"",
                "\"group\": \"UNDER_WAY\", \"category\": \"TEACHER\"",
                "\"group\": \"UNDER_WAY\", \"staffIds\": [\"%s\"]".formatted(ana), "\"staffIds\": []",
                "\"on\": \"2025-10-01\"", "\"group\": \"FRIENDS\"")) {
            assertThat(admin.refusal(400, setFor(admin, cycle, illChosen))).as(illChosen).isEqualTo("invalid-input");
        }
    }

    /** Riverside Academy, its headteacher, and the chair of governors, who line-manages the head. */
    private void riverside(Api admin) {
        admin.expect(201, admin.registerSchool(school, "Riverside Academy"));
        admin.expect(201, admin.registerStaff(school, head, "Sam Okoro", "HEADTEACHER"));
        admin.expect(201, admin.registerStaff(school, chair, "Ann Blake", "GOVERNOR"));
        lineManaged(admin, head, chair);
    }

    private static void lineManaged(Api admin, UUID staffId, UUID lineManagerId) {
        admin.expect(204, admin.put("/api/staff/" + staffId + "/line-manager",
                "{\"lineManagerId\": \"%s\", \"from\": \"2025-09-01\"}".formatted(lineManagerId)));
    }

    /** One objective, in a batch of its own, for whom {@code whom} (JSON fields) chooses. */
    private static ResponseEntity<String> setFor(Api admin, UUID cycle, String whom) {
        return admin.post("/api/cycles/" + cycle + "/objectives/bulk", """
                {"batchId": "%s", "title": "Embed the new reading scheme",
                 "successCriteria": "Used daily in every class by Easter", %s}""".formatted(UUID.randomUUID(), whom));
    }
}
