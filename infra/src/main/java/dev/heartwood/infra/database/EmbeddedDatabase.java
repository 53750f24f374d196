package dev.heartwood.infra.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

import static dev.heartwood.infra.database.DatabaseRole.APPLICATION;
import static dev.heartwood.infra.database.DatabaseRole.OWNER;
import static dev.heartwood.infra.database.DatabaseRole.SUPERUSER;

/**
 * The embedded PostgreSQL on its data directory, asking every connection for a password (ADR 11). A new data
 * directory is created that way; one from before, which let anyone on the machine in as the superuser, is given
 * passwords and made to ask for them on its first start here. At every start the roles are put as ADR 11 has them.
 */
final class EmbeddedDatabase implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    /** zonky's one database. */
    static final String DATABASE = "postgres";

    private final EmbeddedPostgres server;
    private final DatabasePasswords passwords;

    private EmbeddedDatabase(EmbeddedPostgres server, DatabasePasswords passwords) {
        this.server = server;
        this.passwords = passwords;
    }

    /** The server the properties describe, to be started by {@link #start}. */
    static EmbeddedPostgres.Builder server(EmbeddedPostgresProperties properties) {
        // zonky turns these off for speed; the default database must neither lose acknowledged commits nor be
        // left unreadable by a power cut, so they are on unless a throwaway database (the tests') says otherwise
        String durable = properties.durable() ? "on" : "off";
        EmbeddedPostgres.Builder server = EmbeddedPostgres.builder()
                .setDataDirectory(properties.dataDirectory())
                .setCleanDataDirectory(properties.clean())
                .setPort(properties.port())
                // Spring closes it in order on shutdown; a hook of its own could stop it under running processors
                .setRegisterShutdownHook(false)
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", durable)
                .setServerConfig("full_page_writes", durable);
        properties.settings().forEach(server::setServerConfig);
        return server;
    }

    /**
     * Starts the server on the properties' data directory, which is created anew when it holds no database or
     * {@code clean} says so (as zonky decides).
     */
    static EmbeddedDatabase start(EmbeddedPostgres.Builder server, EmbeddedPostgresProperties properties)
            throws IOException {
        Path dataDirectory = properties.dataDirectory();
        Files.createDirectories(dataDirectory);
        HostBasedAuthentication access = new HostBasedAuthentication(dataDirectory);
        boolean created = !properties.clean() && Files.exists(dataDirectory.resolve("postgresql.conf"));
        DatabasePasswords passwords = created ? passwordsOf(dataDirectory, access) : DatabasePasswords.generate();
        // for zonky's own check that the server is up
        server.setConnectConfig("password", passwords.of(SUPERUSER));
        EmbeddedPostgres started = created ? server.start() : createdAskingForPasswords(server, passwords);
        EmbeddedDatabase database = new EmbeddedDatabase(started, passwords);
        try {
            database.secure(DatabasePasswords.fileIn(dataDirectory), access);
        } catch (IOException | SQLException | RuntimeException e) {
            started.close();
            throw new IllegalStateException("Could not secure the embedded database in " + dataDirectory, e);
        }
        return database;
    }

    /** Those written beside the database, or new ones for an older directory that let anyone in without. */
    private static DatabasePasswords passwordsOf(Path dataDirectory, HostBasedAuthentication access)
            throws IOException {
        Path file = DatabasePasswords.fileIn(dataDirectory);
        if (Files.exists(file)) {
            return DatabasePasswords.readFrom(file);
        }
        if (access.trustsAnyone()) {
            return DatabasePasswords.generate();
        }
        throw new IllegalStateException("The database in " + dataDirectory.toAbsolutePath() + " asks for passwords, "
                + "but " + DatabasePasswords.FILE_NAME + " is not in it: restore the file from the backup of the "
                + "directory (one whose first start was cut short holds no records yet, and may be deleted instead)");
    }

    /** zonky gives initdb these after its own "-A trust", and the last word counts: no moment without passwords. */
    private static EmbeddedPostgres createdAskingForPasswords(EmbeddedPostgres.Builder server,
                                                             DatabasePasswords passwords) throws IOException {
        // created with the JDK's owner-only permissions, and gone once initdb has read it
        Path initialPassword = Files.createTempFile("heartwood-initdb", ".pw");
        try {
            Files.writeString(initialPassword, passwords.of(SUPERUSER));
            return server.setLocaleConfig("auth", HostBasedAuthentication.PASSWORD)
                    .setLocaleConfig("pwfile", initialPassword.toString())
                    .start();
        } finally {
            Files.deleteIfExists(initialPassword);
        }
    }

    /**
     * In this order, so that whatever stops it half-way, the next start finds a way in: the superuser's password
     * is set while the directory may still trust, written down, and only then asked for.
     */
    private void secure(Path passwordFile, HostBasedAuthentication access) throws IOException, SQLException {
        try (Connection connection = dataSource(SUPERUSER).getConnection();
             Statement sql = connection.createStatement()) {
            setPassword(connection, SUPERUSER);
            if (!Files.exists(passwordFile)) {
                passwords.writeTo(passwordFile);
            }
            for (DatabaseRole role : List.of(OWNER, APPLICATION)) {
                if (!exists(connection, role)) {
                    sql.execute("CREATE ROLE " + role.roleName());
                }
                sql.execute("ALTER ROLE " + role.roleName()
                        + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS");
                setPassword(connection, role);
            }
            // the owner's migrations change the read models, which the application owns (it rebuilds them)
            sql.execute("GRANT " + APPLICATION.roleName() + " TO " + OWNER.roleName());
            // a rebuild writes into a schema of its own, then moves its tables into public
            sql.execute("GRANT CREATE ON DATABASE " + DATABASE + " TO " + APPLICATION.roleName());
            sql.execute("GRANT CREATE ON SCHEMA public TO " + OWNER.roleName() + ", " + APPLICATION.roleName());
            if (access.trustsAnyone()) {
                access.askForPasswords();
                reload(connection);
                log.warn("The embedded database let anyone on this machine connect without a password; it asks for "
                        + "one now. The passwords are in {}", passwordFile.toAbsolutePath());
            }
        }
    }

    private static boolean exists(Connection connection, DatabaseRole role) throws SQLException {
        try (var query = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            query.setString(1, role.roleName());
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        }
    }

    /** Sent as a SCRAM verifier made here: the password itself never reaches the server or its log. */
    private void setPassword(Connection connection, DatabaseRole role) throws SQLException {
        connection.unwrap(PGConnection.class)
                .alterUserPassword(role.roleName(), passwords.of(role).toCharArray(), HostBasedAuthentication.PASSWORD);
    }

    /** Waits until the server has read pg_hba.conf again, so that the next connection meets the new rules. */
    private void reload(Connection connection) throws SQLException {
        Timestamp before = confLoadTime(connection);
        try (Statement sql = connection.createStatement()) {
            sql.execute("SELECT pg_reload_conf()");
        }
        for (int attempt = 0; attempt < 100; attempt++) {
            try (Connection fresh = dataSource(SUPERUSER).getConnection()) {
                if (confLoadTime(fresh).after(before)) {
                    return;
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("The embedded database did not read pg_hba.conf again");
    }

    private static Timestamp confLoadTime(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery("SELECT pg_conf_load_time()")) {
            row.next();
            return row.getTimestamp(1);
        }
    }

    /** Connections as {@code role}, unpooled: for the set-up, the migrations and the tests. */
    DataSource dataSource(DatabaseRole role) {
        return server.getDatabase(role.roleName(), DATABASE, Map.of("password", passwords.of(role)));
    }

    String jdbcUrl(DatabaseRole role) {
        return server.getJdbcUrl(role.roleName(), DATABASE);
    }

    String password(DatabaseRole role) {
        return passwords.of(role);
    }

    EmbeddedPostgres server() {
        return server;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
