package dev.heartwood.infra.database;

import dev.heartwood.infra.PasswordlessLogin;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;

import static dev.heartwood.infra.PasswordlessLogin.Answer.ASKED_FOR_A_PASSWORD;
import static dev.heartwood.infra.database.DatabaseRole.APPLICATION;
import static dev.heartwood.infra.database.DatabaseRole.OWNER;
import static dev.heartwood.infra.database.DatabaseRole.SUPERUSER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL on a data directory of the test's own: a new one, the same one started again, an older
 * one that let anyone in without a password, and one whose password file is lost. Each server logs every statement
 * it runs into a file, to show that no password reaches it.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseTest {

    @TempDir
    Path work;

    private Path dataDirectory() {
        return work.resolve("postgres");
    }

    private Path serverLog() {
        return work.resolve("server.log");
    }

    private EmbeddedDatabase start() throws IOException {
        EmbeddedPostgresProperties properties = new EmbeddedPostgresProperties(dataDirectory(), 0, false, false,
                Map.of("work_mem", "12MB"));
        EmbeddedPostgres.Builder server = EmbeddedDatabase.server(properties)
                .setServerConfig("log_statement", "all")
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(serverLog().toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(serverLog().toFile()));
        return EmbeddedDatabase.start(server, properties);
    }

    /** What the older Heartwood left: zonky's own data directory, in which everyone is trusted, and a table. */
    private void anOlderDataDirectory() throws IOException {
        try (EmbeddedPostgres older = EmbeddedPostgres.builder().setDataDirectory(dataDirectory())
                .setCleanDataDirectory(false).start()) {
            JdbcClient.create(older.getPostgresDatabase()).sql("CREATE TABLE kept (line TEXT)").update();
            JdbcClient.create(older.getPostgresDatabase()).sql("INSERT INTO kept VALUES ('from before')").update();
        }
    }

    private void asksEveryoneForAPassword(EmbeddedDatabase database) throws IOException {
        int port = database.server().getPort();
        Path socketDirectory = Path.of(Files.readAllLines(
                dataDirectory().resolve("postmaster.pid")).get(4).trim());
        assertThat(PasswordlessLogin.overTheLoopback(port)).isEqualTo(ASKED_FOR_A_PASSWORD);
        assertThat(PasswordlessLogin.overTheUnixSocket(socketDirectory, port)).isEqualTo(ASKED_FOR_A_PASSWORD);
        assertThat(new HostBasedAuthentication(dataDirectory()).trustsAnyone()).isFalse();
    }

    private static JdbcClient as(EmbeddedDatabase database, DatabaseRole role) {
        return JdbcClient.create(database.dataSource(role));
    }

    private String[] passwords() throws IOException {
        DatabasePasswords passwords = DatabasePasswords.readFrom(DatabasePasswords.fileIn(dataDirectory()));
        return Arrays.stream(DatabaseRole.values()).map(passwords::of).toArray(String[]::new);
    }

    @Test
    void aNewDataDirectoryAsksEveryoneForAPasswordAndKeepsThePasswordsForItsOwnerAlone(CapturedOutput output)
            throws Exception {
        try (EmbeddedDatabase database = start()) {
            asksEveryoneForAPassword(database);
            for (DatabaseRole role : DatabaseRole.values()) {
                assertThat(as(database, role).sql("SELECT current_user").query(String.class).single())
                        .isEqualTo(role.roleName());
            }
            assertThat(as(database, SUPERUSER).sql("""
                            SELECT rolname FROM pg_roles
                            WHERE rolname IN ('heartwood', 'heartwood_owner')
                              AND NOT (rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication OR rolbypassrls)""")
                    .query(String.class).list()).containsExactlyInAnyOrder(APPLICATION.roleName(), OWNER.roleName());
            assertThat(as(database, SUPERUSER).sql("SELECT pg_has_role('heartwood', 'heartwood_owner', 'MEMBER')")
                    .query(Boolean.class).single()).as("the application is not the owner").isFalse();
        }

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                DatabasePasswords.fileIn(dataDirectory())))).isEqualTo("rw-------");
        String serverLog = Files.readString(serverLog());
        assertThat(serverLog).contains("ALTER USER \"heartwood\" PASSWORD 'SCRAM-SHA-256$");
        assertThat(serverLog).doesNotContain(passwords());
        assertThat(output.getAll()).doesNotContain(passwords());
    }

    @Test
    void theServerRunsWithTheSettingsItIsGiven() throws Exception {
        try (EmbeddedDatabase database = start()) {
            assertThat(as(database, OWNER).sql("SHOW work_mem").query(String.class).single()).isEqualTo("12MB");
        }
    }

    @Test
    void theSameDataDirectoryStartsAgainWithThePasswordsKeptInIt() throws Exception {
        try (EmbeddedDatabase first = start()) {
            as(first, OWNER).sql("CREATE TABLE kept (line TEXT)").update();
            as(first, OWNER).sql("INSERT INTO kept VALUES ('from the first start')").update();
        }

        try (EmbeddedDatabase again = start()) {
            asksEveryoneForAPassword(again);
            assertThat(as(again, OWNER).sql("SELECT line FROM kept").query(String.class).list())
                    .containsExactly("from the first start");
        }
    }

    @Test
    void anOlderDataDirectoryThatLetAnyoneInIsGivenPasswordsOnItsFirstStartAndKeepsItsData(CapturedOutput output)
            throws Exception {
        anOlderDataDirectory();

        try (EmbeddedDatabase secured = start()) {
            asksEveryoneForAPassword(secured);
            assertThat(as(secured, SUPERUSER).sql("SELECT line FROM kept").query(String.class).list())
                    .containsExactly("from before");
        }
        try (EmbeddedDatabase again = start()) {
            asksEveryoneForAPassword(again);
        }

        assertThat(output.getAll()).contains("let anyone on this machine connect without a password");
        assertThat(output.getAll()).doesNotContain(passwords());
        assertThat(Files.readString(serverLog())).doesNotContain(passwords());
    }

    @Test
    void aDataDirectoryThatAsksForPasswordsIsNotStartedWithoutItsPasswordFile() throws Exception {
        try (EmbeddedDatabase first = start()) {
            asksEveryoneForAPassword(first);
        }
        Files.delete(DatabasePasswords.fileIn(dataDirectory()));

        assertThatThrownBy(this::start).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("restore the file from the backup");
        assertThat(dataDirectory().resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void aConnectionWithAWrongPasswordIsRefused() throws Exception {
        try (EmbeddedDatabase database = start()) {
            DataSource wrong = database.server().getDatabase(APPLICATION.roleName(), EmbeddedDatabase.DATABASE,
                    Map.of("password", "guessed"));
            assertThatThrownBy(() -> {
                try (Connection connection = wrong.getConnection()) {
                    connection.isValid(1);
                }
            }).isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        }
    }
}
