package dev.heartwood.infra;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

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

    /** See {@link Api#caughtUp(String)}. */
    void caughtUp(String processor) {
        admin.caughtUp(processor);
    }
}
