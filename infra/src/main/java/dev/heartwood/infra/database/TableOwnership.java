package dev.heartwood.infra.database;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static dev.heartwood.infra.database.DatabaseRole.APPLICATION;
import static dev.heartwood.infra.database.DatabaseRole.OWNER;
import static dev.heartwood.infra.database.DatabaseRole.SUPERUSER;

/**
 * Who owns each table after a migration (ADR 11). The record (the events and the access log, which no event holds)
 * and Flyway's history stay the owner's, and the application may only read them and add to the record. Every other
 * table is the application's: it rebuilds the read models by replacing their tables, and the lookups, the
 * processors' positions and parked events follow from the events. The migrations name no role, so that they run
 * as they are on a PostgreSQL of one's own.
 */
final class TableOwnership {

    private static final List<String> RECORD = List.of("domainevententry", "access_log");

    private final DataSource superuser;

    TableOwnership(DataSource superuser) {
        this.superuser = superuser;
    }

    /**
     * Idempotent, and in one transaction, so that a failure leaves everything as it was. Before a migration too:
     * an older data directory's tables are the superuser's, and the owner could not migrate them.
     */
    void handOut(String historyTable) {
        String application = APPLICATION.roleName();
        try (Connection connection = superuser.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (String[] table : tablesAndOwners(connection)) {
                String name = table[0];
                boolean kept = RECORD.contains(name) || name.equals(historyTable);
                String owner = (kept ? OWNER : APPLICATION).roleName();
                if (!owner.equals(table[1])) {
                    sql.execute("ALTER TABLE public." + quoted(name) + " OWNER TO " + owner);
                }
                if (kept) {
                    sql.execute("REVOKE ALL ON public." + quoted(name) + " FROM " + application);
                    // another instance started on this database as the application checks the migrations it finds
                    String allowed = RECORD.contains(name) ? "SELECT, INSERT" : "SELECT";
                    sql.execute("GRANT " + allowed + " ON public." + quoted(name) + " TO " + application);
                }
            }
            // appends draw the next global index or log line number; setting a sequence back needs UPDATE
            sql.execute("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO " + application);
            // the access log's trigger function among them: the owner's, whom the trigger serves
            for (String routine : routinesOfTheSuperuser(connection)) {
                sql.execute("ALTER ROUTINE " + routine + " OWNER TO " + OWNER.roleName());
            }
            // a rebuild interrupted by a stop leaves its schema for the next one to drop
            for (String schema : otherSchemasNotOwnedBy(connection, application)) {
                sql.execute("ALTER SCHEMA " + quoted(schema) + " OWNER TO " + application);
            }
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not hand out the tables", e);
        }
    }

    private static List<String[]> tablesAndOwners(Connection connection) throws SQLException {
        return rows(connection, """
                SELECT c.relname, pg_get_userbyid(c.relowner) FROM pg_class c
                JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')""");
    }

    private static List<String> routinesOfTheSuperuser(Connection connection) throws SQLException {
        return rows(connection, """
                SELECT oid::regprocedure::text, pg_get_userbyid(proowner) FROM pg_proc
                WHERE pronamespace = 'public'::regnamespace""")
                .stream().filter(routine -> routine[1].equals(SUPERUSER.roleName())).map(routine -> routine[0])
                .toList();
    }

    private static List<String> otherSchemasNotOwnedBy(Connection connection, String role) throws SQLException {
        return rows(connection, """
                SELECT nspname, pg_get_userbyid(nspowner) FROM pg_namespace
                WHERE nspname NOT IN ('public', 'information_schema') AND nspname NOT LIKE 'pg\\_%'""")
                .stream().filter(schema -> !schema[1].equals(role)).map(schema -> schema[0]).toList();
    }

    private static List<String[]> rows(Connection connection, String query) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Statement sql = connection.createStatement(); ResultSet row = sql.executeQuery(query)) {
            while (row.next()) {
                rows.add(new String[] {row.getString(1), row.getString(2)});
            }
        }
        return rows;
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
