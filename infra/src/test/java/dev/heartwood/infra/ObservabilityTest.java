package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@HeartwoodIntegrationTest
class ObservabilityTest {

    @LocalServerPort
    int port;

    @Test
    void healthIsOpenToProbesAndShowsTheDatabaseAndEventProcessorsToAnAdministrator() {
        Api anonymous = new Api(port, null, null);
        JsonNode probe = anonymous.read(anonymous.get("/actuator/health"));
        assertThat(probe.path("status").asText()).isEqualTo("UP");
        assertThat(probe.has("components")).isFalse();

        Api admin = Api.administrator(port);
        JsonNode health = admin.read(admin.get("/actuator/health"));
        assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("eventProcessors").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("eventProcessors").path("details").path("appraisal-summary").asText())
                .isEqualTo("running");
    }

    @Test
    void prometheusShowsAxonsMetricsToAnAdministratorOnly() {
        Api admin = Api.administrator(port);
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        Api teacher = Api.asStaff(port, school.teacherId());

        admin.caughtUp("appraisal-summary"); // the appraisal is read from its read model: a query for the timer
        admin.expect(200, admin.get("/api/appraisals/" + school.appraisalId()));

        String metrics = admin.get("/actuator/prometheus").getBody();

        assertThat(metrics).contains("commandBus_successCounter_total{payloadType=\"RegisterSchool\"}")
                .contains("commandBus_allTimer_seconds_count{payloadType=\"RegisterSchool\"}")
                .contains("queryBus_allTimer_seconds_count{payloadType=")
                .contains("eventStore_ingestedCounter_total ")
                .contains("eventProcessor_ingestedCounter_total{processorName=\"appraisal-summary\"}")
                .containsPattern("heartwood_processor_behind\\{processor=\"appraisal-summary\"} \\d");
        // no monitor that costs a look-up or a parsed timestamp per event at each processor
        assertThat(metrics)
                .doesNotContainPattern("(commandBus|queryBus|eventStore|eventProcessor)_\\w*(capacity|latency)")
                .doesNotContainPattern("eventProcessor_\\w+\\{payloadType");
        assertThat(new Api(port, null, null).get("/actuator/prometheus").getStatusCode().value()).isEqualTo(401);
        assertThat(teacher.refusal(403, teacher.get("/actuator/prometheus"))).isEqualTo("forbidden");
        assertThat(teacher.read(teacher.get("/actuator/health")).has("components")).isFalse();
    }

    @Test
    void requestsAreTimedWithoutSpringSecuritysOwnObservationsOfEachFilter() {
        Api admin = Api.administrator(port);
        admin.expect(200, admin.get("/api/me"));

        String metrics = admin.get("/actuator/prometheus").getBody();

        assertThat(metrics).contains("http_server_requests_seconds_count{")
                .doesNotContain("spring_security_");
    }

    @Test
    void theApiIsDescribedInOpenApiWithSwaggerUi() {
        Api admin = Api.administrator(port);

        JsonNode openApi = admin.read(admin.get("/v3/api-docs"));

        assertThat(openApi.path("paths").has("/api/schools")).isTrue();
        assertThat(openApi.path("paths").has("/api/schools/{schoolId}/staff")).isTrue();
        assertThat(openApi.path("paths").has("/api/cycles/{cycleId}/appraisals")).isTrue();
        assertThat(openApi.path("paths").has("/api/appraisals/{appraisalId}/objectives")).isTrue();
        assertThat(openApi.path("paths").path("/api/appraisals/{appraisalId}").has("get")).isTrue();
        assertThat(openApi.path("components").path("securitySchemes").path("signIn").path("scheme").asText())
                .isEqualTo("bearer");
        assertThat(admin.get("/swagger-ui/index.html").getStatusCode().value()).isEqualTo(200);
    }
}
