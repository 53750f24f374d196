package dev.heartwood.infra;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Payloads, metadata and tokens are stored inline as bytea, never as PostgreSQL large objects. */
@HeartwoodIntegrationTest
class EventStoreSchemaTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private Map<String, String> columnTypes(String table) {
        return jdbc.sql("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ?")
                .param(table)
                .query((row, n) -> Map.entry(row.getString(1), row.getString(2)))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void serialisedColumnsAreBytea() {
        assertThat(columnTypes("domainevententry"))
                .containsEntry("payload", "bytea").containsEntry("metadata", "bytea");
        assertThat(columnTypes("snapshotevententry"))
                .containsEntry("payload", "bytea").containsEntry("metadata", "bytea");
        assertThat(columnTypes("tokenentry")).containsEntry("token", "bytea");
        assertThat(columnTypes("deadletterentry"))
                .containsEntry("payload", "bytea").containsEntry("metadata", "bytea")
                .containsEntry("token", "bytea").containsEntry("diagnostics", "bytea");
    }

    @Test
    void storingEventsAndTokensCreatesNoLargeObjects() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(Api.administrator(port));
        Api.administrator(port).summaryOnceItShows(school.appraisalId(), 1);

        assertThat(jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM tokenentry WHERE token IS NOT NULL").query(Long.class).single())
                .isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM pg_largeobject_metadata").query(Long.class).single()).isZero();
    }
}
