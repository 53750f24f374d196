package dev.heartwood.infra;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.flyway.FlywayProperties;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V15 gives the write side's lookups the first day of each cycle and of each person, which the rules about the
 * day a step happened need, from the events an installation already holds; in a schema of its own that Flyway
 * takes to V14 first, as an installation of the release before would have it.
 */
@HeartwoodIntegrationTest
class StepDaysMigrationTest {

    private static final String SCHEMA = "migration_v15_check";

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FlywayProperties migrations;

    private final UUID cycle = UUID.randomUUID();
    private final UUID school = UUID.randomUUID();
    private final UUID asha = UUID.randomUUID();
    private long sequence;

    @BeforeEach
    @AfterEach
    void noSchemaLeft() {
        new MigrationSchema(SCHEMA, dataSource, jdbc, migrations).drop();
    }

    private void stored(UUID aggregate, String type, String payload) {
        jdbc.sql("INSERT INTO " + SCHEMA + ".domainevententry (aggregateidentifier, sequencenumber, type, "
                        + "eventidentifier, payload, payloadrevision, payloadtype, timestamp) "
                        + "VALUES (?, 0, 'Aggregate', ?, ?, '1', ?, '2025-09-01T08:00:00Z')")
                .params(aggregate.toString(), "event-" + sequence++, payload.getBytes(StandardCharsets.UTF_8),
                        "dev.heartwood.appraisal.api." + type)
                .update();
    }

    private LocalDate day(String sql, UUID key) {
        return jdbc.sql(sql.replace("{schema}", SCHEMA)).param(key).query(LocalDate.class).single();
    }

    @Test
    void eachCycleAndEachPersonGetTheirFirstDayFromTheEventThatOpenedOrRegisteredThem() {
        new MigrationSchema(SCHEMA, dataSource, jdbc, migrations).migrateTo("14");
        stored(cycle, "AppraisalCycleOpened", """
                {"cycleId": "%s", "schoolId": "%s", "academicYear": "2025/26", "periodStart": "2025-09-03",
                 "periodEnd": "2026-08-31", "payPolicy": "NOT_PERFORMANCE_RELATED", "maxObjectives": 5}"""
                .formatted(cycle, school));
        stored(asha, "StaffMemberRegistered", """
                {"staffId": "%s", "schoolId": "%s", "name": "Asha Patel", "category": "TEACHER",
                 "startDate": "2026-01-05", "fte": 1}""".formatted(asha, school));
        jdbc.sql("INSERT INTO " + SCHEMA + ".lookup_cycle (cycle_id, school_id, academic_year, pay_policy, "
                        + "max_objectives, frameworks) VALUES (?, ?, '2025/26', 'NOT_PERFORMANCE_RELATED', 5, '{}')")
                .params(cycle, school).update();
        jdbc.sql("INSERT INTO " + SCHEMA + ".lookup_staff_member (staff_id, school_id, category) "
                + "VALUES (?, ?, 'TEACHER')").params(asha, school).update();
        jdbc.sql("INSERT INTO " + SCHEMA + ".learning_cpd_staff (staff_id, school_id, category) "
                + "VALUES (?, ?, 'TEACHER')").params(asha, school).update();

        new MigrationSchema(SCHEMA, dataSource, jdbc, migrations).migrateTo("15");

        assertThat(day("SELECT period_start FROM {schema}.lookup_cycle WHERE cycle_id = ?", cycle))
                .isEqualTo(LocalDate.of(2025, 9, 3));
        assertThat(day("SELECT start_date FROM {schema}.lookup_staff_member WHERE staff_id = ?", asha))
                .isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(day("SELECT start_date FROM {schema}.learning_cpd_staff WHERE staff_id = ?", asha))
                .isEqualTo(LocalDate.of(2026, 1, 5));
    }
}
