package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import javax.sql.DataSource;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AppraisalSliceTest extends ApiTestBase {

    @Autowired
    DataSource dataSource;

    @Test
    void aSchoolRegistersItsStaffStartsAnAppraisalSetsAnObjectiveAndReadsTheSummary() {
        UUID school = UUID.randomUUID();
        UUID teacher = UUID.randomUUID();
        UUID appraiser = UUID.randomUUID();
        UUID cycle = UUID.randomUUID();
        UUID appraisal = UUID.randomUUID();
        UUID objective = UUID.randomUUID();

        ResponseEntity<String> registered = admin.registerSchool(school, "Oakfield Primary");
        assertThat(registered.getStatusCode().value()).isEqualTo(201);
        assertThat(registered.getHeaders().getLocation()).hasPath("/api/schools/" + school);
        assertThat(admin.registerTeacher(school, teacher, "Asha Patel").getHeaders().getLocation())
                .hasPath("/api/staff/" + teacher);
        assertThat(admin.registerTeacher(school, appraiser, "Ben Okafor").getStatusCode().value()).isEqualTo(201);
        assertThat(admin.openCycle(school, cycle, "NOT_PERFORMANCE_RELATED").getHeaders().getLocation())
                .hasPath("/api/cycles/" + cycle);
        ResponseEntity<String> started = admin.startAppraisal(appraisal, cycle, teacher, appraiser);
        assertThat(started.getStatusCode().value()).isEqualTo(201);
        assertThat(started.getHeaders().getLocation()).hasPath("/api/appraisals/" + appraisal);
        ResponseEntity<String> set = admin.setObjective(appraisal, objective, "Raise Year 4 reading fluency");
        assertThat(set.getStatusCode().value()).isEqualTo(201);
        assertThat(set.getHeaders().getLocation()).hasPath("/api/appraisals/" + appraisal + "/objectives/" + objective);

        caughtUp("directory");
        JsonNode summary = admin.summaryOnceItShows(appraisal, 1);
        assertThat(summary.path("academicYear").asText()).isEqualTo("2025/26");
        assertThat(summary.path("status").asText()).isEqualTo("UNDER_WAY");
        assertThat(summary.path("schoolId").asText()).isEqualTo(school.toString());
        assertThat(summary.path("appraisee").path("name").asText()).isEqualTo("Asha Patel");
        assertThat(summary.path("appraiser").path("name").asText()).isEqualTo("Ben Okafor");
        assertThat(summary.path("objectives").get(0).path("title").asText()).isEqualTo("Raise Year 4 reading fluency");
        assertThat(summary.path("lastEventIndex").asLong()).isPositive();

        JsonNode objectiveRead = admin.read(admin.get(set.getHeaders().getLocation().getPath()));
        assertThat(objectiveRead.path("successCriteria").asText()).isEqualTo("Seen in book looks each half-term");
        assertThat(admin.read(admin.get(registered.getHeaders().getLocation().getPath())).path("name").asText())
                .isEqualTo("Oakfield Primary");
        assertThat(events.typesOf(appraisal)).containsExactly(
                "dev.heartwood.appraisal.api.AppraisalStarted", "dev.heartwood.appraisal.api.ObjectiveSet");
    }

    @Test
    void everyEventRecordsTheSignedInCallerAndTheRequest() {
        UUID school = UUID.randomUUID();
        UUID headteacherId = UUID.randomUUID();
        admin.expect(201, admin.registerSchool(school, "Elmside Academy"));
        admin.expect(201, admin.registerStaff(school, headteacherId, "Helen Ward", "HEADTEACHER"));
        Api headteacher = Api.asStaff(port, headteacherId);
        UUID newcomer = UUID.randomUUID();
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Correlation-Id", "request-" + newcomer);

        ResponseEntity<String> response = headteacher.post("/api/schools/" + school + "/staff", """
                {"staffId": "%s", "name": "Cara Lee", "email": "c.lee@elmside.example", "category": "TEACHER",
                 "startDate": "2025-09-01", "fte": 1}""".formatted(newcomer), headers);

        assertThat(response.getStatusCode().value()).isEqualTo(201);
        assertThat(response.getHeaders().getFirst("X-Correlation-Id")).isEqualTo("request-" + newcomer);
        JsonNode metadata = events.metadataOfFirstEvent(newcomer);
        assertThat(metadata.path("actorId").asText()).isEqualTo(headteacherId.toString());
        assertThat(metadata.path("actorRole").asText()).isEqualTo("HEADTEACHER");
        assertThat(metadata.path("schoolId").asText()).isEqualTo(school.toString());
        assertThat(metadata.path("correlationId").asText()).isEqualTo("request-" + newcomer);
        // caused by the command, which the request caused
        assertThat(metadata.path("causationId").asText()).isNotBlank().isNotEqualTo("request-" + newcomer);
    }

    @Test
    void aBodyThatNamesItsOwnActorIsRefusedNamingThoseFields() {
        long before = events.count();

        JsonNode problem = admin.read(admin.post("/api/schools", """
                {"schoolId": "%s", "name": "Elmside Academy", "type": "ACADEMY",
                 "actorId": "00000000-0000-0000-0000-000000000000", "actorRole": "TRUST_LEADER"}"""
                .formatted(UUID.randomUUID())));

        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("errors").findValuesAsText("field")).containsAnyOf("actorId", "actorRole");
        assertThat(events.count()).isEqualTo(before);
    }

    @Test
    void theSameObjectiveSentTwiceIsRecordedOnce() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);

        ResponseEntity<String> again = admin.setObjective(school.appraisalId(), school.objectiveId(),
                "Raise Year 4 reading fluency");

        assertThat(again.getStatusCode().value()).isEqualTo(201);
        assertThat(events.typesOf(school.appraisalId())).hasSize(2);
    }

    @Test
    void aSecondApplicationGivenTheDatabaseUrlStartsNoEmbeddedServerAndSeesTheSameRecords() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        admin.summaryOnceItShows(school.appraisalId(), 1);

        try (ConfigurableApplicationContext second = SecondInstance.on(dataSource)) {
            assertThat(second.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
            Api secondApi = Api.administrator(SecondInstance.port(second));

            JsonNode summary = secondApi.read(secondApi.get("/api/appraisals/" + school.appraisalId()));

            assertThat(summary.path("objectives").get(0).path("objectiveId").asText())
                    .isEqualTo(school.objectiveId().toString());
            // under a node name of its own it leaves the segments the first instance holds to it
            assertThat(secondApi.read(secondApi.get("/api/admin/processors")))
                    .allSatisfy(processor -> assertThat(processor.path("segmentsHere").numberValue()).isEqualTo(0));
        }
    }
}
