package dev.heartwood.infra;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;

import static org.awaitility.Awaitility.await;

/** An integration test that talks to the application as the administrator and looks into the event store. */
@HeartwoodIntegrationTest
abstract class ApiTestBase {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    Api admin;
    EventStore events;

    @BeforeEach
    void connect() {
        admin = new Api(port, "admin", "admin-password");
        events = new EventStore(jdbc);
    }

    JsonNode statusOf(String processor) {
        for (JsonNode status : admin.read(admin.get("/api/admin/processors"))) {
            if (status.path("name").asText().equals(processor)) {
                return status;
            }
        }
        throw new AssertionError("no processor " + processor);
    }

    /**
     * Waits until the processor works on all its segments (after a restart it claims them one by one) and has
     * applied every event in the store, any replay finished.
     */
    void caughtUp(String processor) {
        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(processor),
                status -> status.path("running").asBoolean() && !status.path("replaying").asBoolean()
                        && status.path("segmentsHere").asInt() == status.path("segments").asInt()
                        && status.path("behind").asLong() == 0);
    }
}
