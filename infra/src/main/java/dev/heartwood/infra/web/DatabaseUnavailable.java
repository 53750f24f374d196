package dev.heartwood.infra.web;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;

/**
 * Recognises a failure that comes from the database being away or unable to answer, however deeply Axon, Spring or
 * the connection pool wrapped it (checked against real outages in {@code DatabaseOutageTest}): no connection to be
 * had within the pool's connection timeout, a connection cut as PostgreSQL shuts down, a statement or lock wait
 * cut off by its timeout.
 */
final class DatabaseUnavailable {

    /**
     * SQL states: connection exceptions (08: refused, broken, closed), insufficient resources (53: too many
     * connections), operator intervention (57: shutting down, starting up, statement timeout), lock timeout.
     */
    private static final List<String> STATES = List.of("08", "53", "57", "55P03");
    private static final String HIKARI_CLOSED_CONNECTION = "Connection is closed";

    private DatabaseUnavailable() {
    }

    static boolean isCauseOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLException sql && hasUnavailableState(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasUnavailableState(SQLException exception) {
        String state = exception.getSQLState();
        if (state == null) {
            // HikariCP closes a connection it found broken and answers any later use of it without a SQL state
            return HIKARI_CLOSED_CONNECTION.equals(exception.getMessage());
        }
        return STATES.stream().anyMatch(state::startsWith);
    }
}
