package dev.heartwood.infra;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

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
        admin = Api.administrator(port);
        events = new EventStore(jdbc);
    }

    /** The headteacher of a school, registered through the API and signed in. */
    Api headteacherOf(UUID schoolId) {
        return staffMemberOf(schoolId, "HEADTEACHER");
    }

    /** A new member of a school's staff in the given category, registered through the API and signed in. */
    Api staffMemberOf(UUID schoolId, String category) {
        UUID staffId = UUID.randomUUID();
        admin.expect(201, admin.registerStaff(schoolId, staffId, "Helen Ward", category));
        return Api.asStaff(port, staffId);
    }

    /** See {@link Api#caughtUp(String)}. */
    void caughtUp(String processor) {
        admin.caughtUp(processor);
    }
}
