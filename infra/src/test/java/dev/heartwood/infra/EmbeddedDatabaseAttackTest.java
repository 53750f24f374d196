package dev.heartwood.infra;

import dev.heartwood.infra.database.EmbeddedPostgresProperties;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.heartwood.infra.PasswordlessLogin.Answer.ASKED_FOR_A_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The outside review's finding (issue 15), replayed against the embedded PostgreSQL: a user of the machine connected
 * without a password, as the superuser, deleted a line of the access log under {@code session_replication_role =
 * replica} (which silences its append-only trigger), and changed and deleted stored events. No one gets in without a
 * password now, and the application's own connections, which a flaw in it could turn, may add to the event store
 * and the access log but neither change nor remove what they hold, nor switch off what guards them.
 */
class EmbeddedDatabaseAttackTest extends ApiTestBase {

    /** PostgreSQL's SQL state for a statement the role may not run. */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Autowired
    EmbeddedPostgres postgres;
    @Autowired
    EmbeddedPostgresProperties embedded;

    private void refused(String statement, Object... parameters) {
        refused(statement, () -> jdbc.sql(statement).params(parameters).update());
    }

    private static void refused(String statement, ThrowingCallable attempt) {
        assertThatThrownBy(attempt).as(statement).isInstanceOf(DataAccessException.class)
                .extracting(failure -> ((DataAccessException) failure).getMostSpecificCause())
                .isInstanceOfSatisfying(SQLException.class,
                        cause -> assertThat(cause.getSQLState()).as(cause.getMessage()).isEqualTo(INSUFFICIENT_PRIVILEGE));
    }

    private long appendAccessLogLine() {
        return jdbc.sql("""
                        INSERT INTO access_log (read_at, reader_id, reader_role, kind, record_id, staff_id, school_id,
                                                request)
                        VALUES (?, ?, 'SENIOR_LEADER', 'PAY', ?, ?, ?, 'GET /api/appraisals')
                        RETURNING id""")
                .params(Timestamp.from(Instant.parse("2026-03-02T09:00:00Z")), UUID.randomUUID(),
                        UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID())
                .query(Long.class).single();
    }

    @Test
    void aUserOfTheMachineWithoutAPasswordIsAskedForOneOnTheLoopbackAndTheUnixSocket() throws IOException {
        // the server writes where its socket is into its pid file (fifth line), for clients of the machine to find
        Path socketDirectory = Path.of(Files.readAllLines(embedded.dataDirectory().resolve("postmaster.pid")).get(4).trim());

        assertThat(PasswordlessLogin.overTheLoopback(postgres.getPort())).isEqualTo(ASKED_FOR_A_PASSWORD);
        assertThat(PasswordlessLogin.overTheUnixSocket(socketDirectory, postgres.getPort()))
                .isEqualTo(ASKED_FOR_A_PASSWORD);
    }

    @Test
    void theApplicationCannotSilenceTheAccessLogsTriggerNorChangeOrRemoveALine() {
        long line = appendAccessLogLine();

        refused("SET session_replication_role = replica");
        refused("DELETE FROM access_log WHERE id = ?", line);
        refused("UPDATE access_log SET reader_role = 'NOBODY' WHERE id = ?", line);
        refused("TRUNCATE access_log");
        refused("ALTER TABLE access_log DISABLE TRIGGER access_log_append_only");
        refused("DROP TRIGGER access_log_append_only ON access_log");
        refused("CREATE OR REPLACE FUNCTION access_log_append_only() RETURNS trigger LANGUAGE plpgsql "
                + "AS 'BEGIN RETURN NULL; END'");
        refused("DROP TABLE access_log");
        refused("SELECT setval('access_log_id_seq', 1)",
                () -> jdbc.sql("SELECT setval('access_log_id_seq', 1)").query(Long.class).single());

        assertThat(jdbc.sql("SELECT reader_role FROM access_log WHERE id = ?").param(line).query(String.class).list())
                .containsExactly("SENIOR_LEADER");
    }

    @Test
    void theOwnerOfTheAccessLogWhichMigratesTheDatabaseIsStoppedByItsTrigger() throws IOException {
        long line = appendAccessLogLine();
        // as an operator would find it: in the password file beside the database
        String password = Files.readAllLines(embedded.dataDirectory().resolve("heartwood.pgpass")).stream()
                .filter(entry -> entry.startsWith("*:*:*:heartwood_owner:")).map(entry -> entry.substring(22))
                .findFirst().orElseThrow();
        JdbcClient owner = JdbcClient.create(postgres.getDatabase("heartwood_owner", "postgres",
                Map.of("password", password)));

        assertThatThrownBy(() -> owner.sql("DELETE FROM access_log WHERE id = ?").param(line).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("the access log is append-only");
        assertThat(jdbc.sql("SELECT count(*) FROM access_log WHERE id = ?").param(line).query(Long.class).single())
                .isOne();
    }

    @Test
    void theApplicationAppendsEventsButCannotChangeOrRemoveThem() {
        SchoolWithAnAppraisal school = SchoolWithAnAppraisal.createdThrough(admin);
        String aggregate = school.appraisalId().toString();
        List<String> stored = events.typesOf(school.appraisalId());

        refused("UPDATE domainevententry SET payload = 'x' WHERE aggregateidentifier = ?", aggregate);
        refused("DELETE FROM domainevententry WHERE aggregateidentifier = ?", aggregate);
        refused("TRUNCATE domainevententry");
        refused("ALTER TABLE domainevententry ADD COLUMN tampered BOOLEAN");
        refused("DROP TABLE domainevententry");
        refused("SELECT setval('domainevententry_globalindex_seq', 1)",
                () -> jdbc.sql("SELECT setval('domainevententry_globalindex_seq', 1)").query(Long.class).single());

        assertThat(stored).hasSize(2);
        assertThat(events.typesOf(school.appraisalId())).isEqualTo(stored);
    }
}
