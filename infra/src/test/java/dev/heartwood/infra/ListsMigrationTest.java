package dev.heartwood.infra;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.flyway.FlywayProperties;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V20 gives an installation of the release before the read models behind the lists: the directory and the appraisal
 * summaries, whose new tables hold what events they applied long ago, read the stream again from its start over the
 * rows they have, which keep answering meanwhile; the other processors carry on where they were. In a schema of its
 * own that Flyway takes to V14 (the release before) first.
 */
@HeartwoodIntegrationTest
class ListsMigrationTest {

    private static final String SCHEMA = "migration_v20_check";

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FlywayProperties migrations;

    @BeforeEach
    @AfterEach
    void noSchemaLeft() {
        new MigrationSchema(SCHEMA, dataSource, jdbc, migrations).drop();
    }

    private void upTo(String version) {
        new MigrationSchema(SCHEMA, dataSource, jdbc, migrations).migrateTo(version);
    }

    private void positionAndParkedEventOf(String processor) {
        jdbc.sql("INSERT INTO " + SCHEMA + ".tokenentry (processorname, segment) VALUES (?, 0), (?, 1)")
                .params(processor, processor).update();
        jdbc.sql("INSERT INTO " + SCHEMA + ".deadletterentry (deadletteridentifier, processinggroup, "
                        + "sequenceidentifier, sequenceindex, messagetype, eventidentifier, timestamp, payloadtype, "
                        + "payload, enqueuedat, lasttouched) VALUES (?, ?, 'a', 0, 'event', ?, 'now', 'Event', "
                        + "'\\x00', 'now', 'now')")
                .params(UUID.randomUUID().toString(), processor, UUID.randomUUID().toString()).update();
    }

    private List<String> processorsWith(String table, String column) {
        return jdbc.sql("SELECT DISTINCT " + column + " FROM " + SCHEMA + "." + table + " ORDER BY 1")
                .query(String.class).list();
    }

    @Test
    void theDirectoryAndTheAppraisalSummariesReadTheStreamAgainOverTheRowsTheyHave() {
        upTo("14");
        UUID school = UUID.randomUUID();
        jdbc.sql("INSERT INTO " + SCHEMA + ".school_view (school_id, name, type, last_event_index) "
                + "VALUES (?, 'Oakfield Primary', 'ACADEMY', 7)").param(school).update();
        List.of("directory", "appraisal-summary", "training").forEach(this::positionAndParkedEventOf);

        upTo("20");

        assertThat(processorsWith("tokenentry", "processorname")).containsExactly("training");
        assertThat(processorsWith("deadletterentry", "processinggroup")).containsExactly("training");
        assertThat(jdbc.sql("SELECT name FROM " + SCHEMA + ".school_view WHERE school_id = ?").param(school)
                .query(String.class).single()).isEqualTo("Oakfield Primary");
        for (String table : List.of("trust_view", "cycle_view", "cpd_activity_view")) {
            assertThat(jdbc.sql("SELECT count(*) FROM " + SCHEMA + "." + table).query(Long.class).single())
                    .as(table).isZero();
        }
    }
}
