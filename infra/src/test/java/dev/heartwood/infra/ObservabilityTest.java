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
    void healthIsOpenToProbesAndShowsTheDatabaseAndEventProcessorsToASignedInCaller() {
        Api anonymous = new Api(port, null, null);
        JsonNode probe = anonymous.read(anonymous.get("/actuator/health"));
        assertThat(probe.path("status").asText()).isEqualTo("UP");
        assertThat(probe.has("components")).isFalse();

        Api admin = new Api(port, "admin", "admin-password");
        JsonNode health = admin.read(admin.get("/actuator/health"));
        assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("eventProcessors").path("status").asText()).isEqualTo("UP");
        assertThat(health.path("components").path("eventProcessors").path("details").path("appraisal-summary").asText())
                .isEqualTo("running");
    }

    @Test
    void prometheusShowsAxonsMetricsToASignedInCaller() {
        Api admin = new Api(port, "admin", "admin-password");
        SchoolWithAnAppraisal.createdThrough(admin);

        String metrics = admin.get("/actuator/prometheus").getBody();

        assertThat(metrics).contains("commandBus_successCounter_total{payloadType=\"RegisterSchool\"}")
                .contains("eventStore_ingestedCounter_total");
        assertThat(new Api(port, null, null).get("/actuator/prometheus").getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void theApiIsDescribedInOpenApiWithSwaggerUi() {
        Api admin = new Api(port, "admin", "admin-password");

        JsonNode openApi = admin.read(admin.get("/v3/api-docs"));

        assertThat(openApi.path("paths").has("/api/schools")).isTrue();
        assertThat(openApi.path("paths").has("/api/schools/{schoolId}/staff")).isTrue();
        assertThat(openApi.path("paths").has("/api/appraisals")).isTrue();
        assertThat(openApi.path("paths").has("/api/appraisals/{appraisalId}/objectives")).isTrue();
        assertThat(openApi.path("paths").path("/api/appraisals/{appraisalId}").has("get")).isTrue();
        assertThat(admin.get("/swagger-ui/index.html").getStatusCode().value()).isEqualTo(200);
    }
}
