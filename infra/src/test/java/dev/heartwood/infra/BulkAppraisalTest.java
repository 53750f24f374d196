package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
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

    @Test
    void opensAnAppraisalForEveryEligibleMemberOfStaffAndSetsOneObjectiveForAGroupEachWithTheBatchId() {
        Api admin = Api.administrator(port);
        EventStore events = new EventStore(jdbc);
        UUID school = UUID.randomUUID();
        UUID head = UUID.randomUUID();
        UUID chair = UUID.randomUUID();
        UUID newcomer = UUID.randomUUID();
        UUID cycle = UUID.randomUUID();
        admin.expect(201, admin.registerSchool(school, "Riverside Academy"));
        admin.expect(201, admin.registerStaff(school, head, "Sam Okoro", "HEADTEACHER"));
        admin.expect(201, admin.registerStaff(school, chair, "Ann Blake", "GOVERNOR"));
        admin.expect(204, admin.put("/api/staff/" + head + "/line-manager",
                "{\"lineManagerId\": \"%s\", \"from\": \"2025-09-01\"}".formatted(chair)));
        List<UUID> teachers = new ArrayList<>();
        for (int i = 0; i < TEACHERS; i++) {
            UUID teacher = UUID.randomUUID();
            teachers.add(teacher);
            admin.expect(201, admin.registerTeacher(school, teacher, "Teacher " + i));
            admin.expect(204, admin.put("/api/staff/" + teacher + "/line-manager",
                    "{\"lineManagerId\": \"%s\", \"from\": \"2025-09-01\"}".formatted(head)));
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
}
