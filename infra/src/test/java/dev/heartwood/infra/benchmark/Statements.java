package dev.heartwood.infra.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The statements PostgreSQL ran for the application, as {@code pg_stat_statements} counts them (every statement,
 * {@code SAVEPOINT}, {@code BEGIN} and {@code COMMIT} included), so that a phase's count can be divided by the
 * commands or events it handled. The embedded database is started with the library loaded; the extension is
 * created as its superuser, whose password is in the data directory's password file.
 */
final class Statements {

    /** What the statements of one phase came to: their number and the most frequent ones, by query text. */
    record Counted(long statements, Map<String, Long> byQuery) {

        /** "6.7 per command; most often: 1.0 INSERT INTO ..., 1.0 SELECT ..." */
        String per(double units, String unit) {
            String often = byQuery.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(6)
                    .map(entry -> "%.2f %s".formatted(entry.getValue() / units, shortened(entry.getKey())))
                    .collect(Collectors.joining("; "));
            return "%.1f per %s (%,d statements); most often, per %s: %s".formatted(statements / units, unit,
                    statements, unit, often);
        }

        private static String shortened(String query) {
            String line = query.replaceAll("\\s+", " ").trim();
            return line.length() > 70 ? line.substring(0, 70) + "…" : line;
        }
    }

    /** Counts so far, to subtract from a later snapshot. */
    record Snapshot(Map<String, Long> callsByQuery) {

        Counted since(Snapshot before) {
            Map<String, Long> byQuery = new HashMap<>();
            callsByQuery.forEach((query, calls) -> {
                long more = calls - before.callsByQuery.getOrDefault(query, 0L);
                if (more > 0) {
                    byQuery.put(query, more);
                }
            });
            return new Counted(byQuery.values().stream().mapToLong(Long::longValue).sum(), byQuery);
        }
    }

    private static final String SUPERUSER = "postgres";

    private final String url;
    private final String password;

    private Statements(String url, String password) {
        // the application's address names its own user, which would win over the superuser given apart
        this.url = url.replaceFirst("\\?.*", "");
        this.password = password;
    }

    /** The embedded database's counts, or none where the password file or the library is not there. */
    static Optional<Statements> of(String url, Path dataDirectory) {
        try {
            Statements statements = new Statements(url, superuserPassword(dataDirectory));
            try (Connection connection = statements.connect(); Statement create = connection.createStatement()) {
                create.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            }
            statements.snapshot();
            return Optional.of(statements);
        } catch (IOException | SQLException | RuntimeException unavailable) {
            System.out.println("Statements are not counted: " + unavailable.getMessage());
            return Optional.empty();
        }
    }

    /** The calls of each statement of the application's database, the counting's own left out. */
    Snapshot snapshot() throws SQLException {
        Map<String, Long> calls = new HashMap<>();
        try (Connection connection = connect(); Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("""
                     SELECT query, sum(calls) FROM pg_stat_statements
                     WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                       AND userid <> (SELECT oid FROM pg_roles WHERE rolname = current_user)
                     GROUP BY query""")) {
            while (rows.next()) {
                calls.merge(rows.getString(1), rows.getLong(2), Long::sum);
            }
        }
        return new Snapshot(calls);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, SUPERUSER, password);
    }

    /** From the embedded database's password file, {@code host:port:database:user:password} lines. */
    private static String superuserPassword(Path dataDirectory) throws IOException {
        return Files.readAllLines(dataDirectory.resolve("heartwood.pgpass")).stream()
                .filter(line -> !line.startsWith("#"))
                .map(line -> line.split(":", 5))
                .filter(fields -> fields.length == 5 && fields[3].equals(SUPERUSER))
                .map(fields -> fields[4])
                .findFirst()
                .orElseThrow(() -> new IOException("no superuser password in " + dataDirectory));
    }
}
