package dev.heartwood.infra;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.flyway.FlywayProperties;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V13 fills in {@code superseded_on} for the completions an installation already has, in a schema of its own that
 * Flyway takes to V12 first, as an installation of the release before would have it.
 */
@HeartwoodIntegrationTest
class TrainingCompletionMigrationTest {

    private static final String SCHEMA = "migration_v13_check";

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FlywayProperties migrations;

    private final UUID asha = UUID.randomUUID();
    private final UUID ben = UUID.randomUUID();
    private final UUID safeguarding = UUID.randomUUID();
    private final UUID firstAid = UUID.randomUUID();

    @BeforeEach
    @AfterEach
    void noSchemaLeft() {
        new MigrationSchema(SCHEMA, dataSource, jdbc, migrations).drop();
    }

    private void completed(UUID staff, UUID requirement, String on) {
        jdbc.sql("INSERT INTO " + SCHEMA + ".training_completion (staff_id, requirement_id, completed_on, provider, "
                        + "last_event_index) VALUES (?, ?, ?, 'Local authority', 1)")
                .params(staff, requirement, LocalDate.parse(on))
                .update();
    }

    private String supersededOn(UUID staff, UUID requirement, String completedOn) {
        LocalDate next = jdbc.sql("SELECT superseded_on FROM " + SCHEMA + ".training_completion "
                        + "WHERE staff_id = ? AND requirement_id = ? AND completed_on = ?")
                .params(staff, requirement, LocalDate.parse(completedOn))
                .query(LocalDate.class).optional().orElse(null);
        return next == null ? "current" : next.toString();
    }

    @Test
    void eachExistingCompletionKeepsTheDateOfThePersonsNextCompletionOfTheSameRequirement() {
        new MigrationSchema(SCHEMA, dataSource, jdbc, migrations).migrateTo("12");
        // recorded out of order, as a late certificate would be
        completed(asha, safeguarding, "2025-09-01");
        completed(asha, safeguarding, "2021-09-01");
        completed(asha, safeguarding, "2023-09-01");
        completed(asha, firstAid, "2024-01-10");
        completed(ben, safeguarding, "2022-05-05");
        completed(ben, safeguarding, "2024-05-05");

        new MigrationSchema(SCHEMA, dataSource, jdbc, migrations).migrateTo("13");

        assertThat(supersededOn(asha, safeguarding, "2021-09-01")).isEqualTo("2023-09-01");
        assertThat(supersededOn(asha, safeguarding, "2023-09-01")).isEqualTo("2025-09-01");
        assertThat(supersededOn(asha, safeguarding, "2025-09-01")).isEqualTo("current");
        assertThat(supersededOn(asha, firstAid, "2024-01-10")).as("another requirement").isEqualTo("current");
        assertThat(supersededOn(ben, safeguarding, "2022-05-05")).as("another person").isEqualTo("2024-05-05");
        assertThat(supersededOn(ben, safeguarding, "2024-05-05")).isEqualTo("current");
    }
}
