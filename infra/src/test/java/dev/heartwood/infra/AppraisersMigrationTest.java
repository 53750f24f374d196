package dev.heartwood.infra;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.flyway.FlywayProperties;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V33 gives the write side's register of appraisals each one's appraiser, which the bulk objective's group of one
 * appraiser's appraisees needs, from the access tables an installation already holds (they follow every change of
 * appraiser); in a schema of its own that Flyway takes to V32 first, as an installation of the release before would
 * have it.
 */
@HeartwoodIntegrationTest
class AppraisersMigrationTest {

    private static final String SCHEMA = "migration_v32_check";

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FlywayProperties migrations;

    private final UUID school = UUID.randomUUID();
    private final UUID cycle = UUID.randomUUID();

    @BeforeEach
    @AfterEach
    void noSchemaLeft() {
        new MigrationSchema(SCHEMA, dataSource, jdbc, migrations).drop();
    }

    private UUID appraisal(UUID appraiserId, boolean open) {
        UUID appraisalId = UUID.randomUUID();
        UUID appraiseeId = UUID.randomUUID();
        jdbc.sql("INSERT INTO " + SCHEMA + ".lookup_appraisal (appraisal_id, cycle_id, appraisee_id, open) "
                + "VALUES (?, ?, ?, ?)").params(appraisalId, cycle, appraiseeId, open).update();
        jdbc.sql("INSERT INTO " + SCHEMA + ".access_appraisal (appraisal_id, school_id, appraisee_id, appraiser_id, "
                + "headteacher) VALUES (?, ?, ?, ?, false)").params(appraisalId, school, appraiseeId, appraiserId)
                .update();
        return appraisalId;
    }

    private Optional<UUID> appraiserOf(UUID appraisalId) {
        return Optional.ofNullable(jdbc.sql("SELECT appraiser_id FROM " + SCHEMA + ".lookup_appraisal "
                + "WHERE appraisal_id = ?").param(appraisalId).query(UUID.class).list().get(0));
    }

    @Test
    void eachAppraisalGetsTheAppraiserTheAccessTablesHoldAndAnExemptionNone() {
        new MigrationSchema(SCHEMA, dataSource, jdbc, migrations).migrateTo("32");
        UUID helen = UUID.randomUUID();
        UUID ben = UUID.randomUUID();
        UUID helensAppraisee = appraisal(helen, true);
        UUID bensCompleted = appraisal(ben, false);
        UUID exemption = appraisal(null, false);

        new MigrationSchema(SCHEMA, dataSource, jdbc, migrations).migrateTo("33");

        assertThat(appraiserOf(helensAppraisee)).contains(helen);
        assertThat(appraiserOf(bensCompleted)).contains(ben);
        assertThat(appraiserOf(exemption)).isEmpty();
    }
}
