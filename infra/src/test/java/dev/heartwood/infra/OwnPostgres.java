package dev.heartwood.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A PostgreSQL of a test's own, apart from the shared embedded one, that the test can stop and start again: on
 * the same data directory and port, so whatever was connected to it finds it again where it was. Configured as
 * the application's embedded default is (durable commits).
 */
public final class OwnPostgres implements AutoCloseable {

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres server;

    private OwnPostgres(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /** Starts a new server in the (empty or missing) directory, on a free port. */
    public static OwnPostgres startedIn(Path dataDirectory) {
        OwnPostgres postgres = new OwnPostgres(dataDirectory, FreePort.any());
        postgres.start();
        return postgres;
    }

    public void start() {
        try {
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setRegisterShutdownHook(true)
                    .setServerConfig("synchronous_commit", "on")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fast shutdown: PostgreSQL ends every session and stops; the data stays. */
    public void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                server = null;
            }
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    /** A client for the test's own look into the database; it needs the server running. */
    public JdbcClient jdbc() {
        return JdbcClient.create(server.getPostgresDatabase());
    }

    @Override
    public void close() {
        stop();
    }
}
