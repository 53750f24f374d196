package dev.heartwood.infra.admin;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

import static java.util.stream.Collectors.joining;

/**
 * The SQL of a rebuild. A rebuild writes into copies of its read model's tables, kept in a schema of its own and
 * found first through the search path, so that the projections' SQL stays as it is; when it has caught up, the
 * copies take the live tables' place in one short transaction.
 */
@Component
class ShadowTables {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    ShadowTables(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Empty copies of the tables in {@code schema}, with the columns, defaults, constraints and indexes of the
     * originals under the same names, so that the tables which take the originals' place look as Flyway made them.
     * What an earlier rebuild left when the application stopped during it is dropped first.
     */
    void create(String schema, List<String> tables, String rebuildProcessor) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("DROP SCHEMA IF EXISTS " + schema + " CASCADE").update();
            jdbc.sql("DELETE FROM tokenentry WHERE processorname = ?").param(rebuildProcessor).update();
            jdbc.sql("CREATE SCHEMA " + schema).update();
            tables.forEach(table -> copy(schema, table));
        });
    }

    private void copy(String schema, String table) {
        String copy = schema + "." + table;
        jdbc.sql("CREATE TABLE %s (LIKE public.%s INCLUDING ALL EXCLUDING INDEXES)".formatted(copy, table)).update();
        // INCLUDING INDEXES would name them anew: primary keys and unique constraints are added under their names...
        jdbc.sql("""
                        SELECT 'ALTER TABLE %s ADD CONSTRAINT ' || quote_ident(conname) || ' '
                               || pg_get_constraintdef(oid)
                        FROM pg_constraint WHERE conrelid = ?::regclass AND contype IN ('p', 'u', 'x')"""
                        .formatted(copy))
                .param("public." + table)
                .query(String.class).list()
                .forEach(statement -> jdbc.sql(statement).update());
        // ...and the other indexes are created from their definitions
        jdbc.sql("""
                        SELECT replace(i.indexdef, ' ON public.%s USING ', ' ON %s USING ')
                        FROM pg_indexes i
                        WHERE i.schemaname = 'public' AND i.tablename = ?
                          AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                                          WHERE c.conindid = ('public.' || quote_ident(i.indexname))::regclass)"""
                        .formatted(table, copy))
                .param(table)
                .query(String.class).list()
                .forEach(statement -> jdbc.sql(statement).update());
    }

    /** Axon transactions in which the copies in {@code schema} stand for the read model's tables. */
    TransactionManager writingInto(String schema, TransactionManager transactionManager) {
        return () -> {
            Transaction transaction = transactionManager.startTransaction();
            try {
                jdbc.sql("SELECT set_config('search_path', ?, true)").param(schema + ", public")
                        .query(String.class).single();
                return transaction;
            } catch (RuntimeException e) {
                transaction.rollback();
                throw e;
            }
        };
    }

    /** Locks the live tables, or says that it could not within the lock timeout (which Spring leaves unnamed). */
    private void lock(List<String> tables) {
        try {
            jdbc.sql("LOCK TABLE " + tables.stream().map(table -> "public." + table).collect(joining(", "))
                    + " IN ACCESS EXCLUSIVE MODE").update();
        } catch (UncategorizedSQLException e) {
            if (e.getSQLException() != null && "55P03".equals(e.getSQLException().getSQLState())) {
                throw new CannotAcquireLockException("The live tables are being read", e.getSQLException());
            }
            throw e;
        }
    }

    /**
     * Puts the copies in the live tables' place and hands the rebuild's position to the live processor, in one
     * transaction, while neither processor runs. Readers of the live tables are not made to queue behind the
     * switch for long: it gives up when it cannot lock them within half a second, to be tried again.
     */
    void switchOver(String schema, List<String> tables, String liveProcessor, String rebuildProcessor) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("SET LOCAL lock_timeout = '500ms'").update();
            lock(tables);
            for (String table : tables) {
                jdbc.sql("DROP TABLE public." + table).update();
                jdbc.sql("ALTER TABLE %s.%s SET SCHEMA public".formatted(schema, table)).update();
            }
            jdbc.sql("DROP SCHEMA " + schema).update();
            // the rebuild went through every event in its one segment, so each live segment carries on from there
            jdbc.sql("""
                            UPDATE tokenentry live SET token = rebuilt.token, tokentype = rebuilt.tokentype,
                                                       timestamp = rebuilt.timestamp, owner = NULL
                            FROM tokenentry rebuilt
                            WHERE live.processorname = ? AND rebuilt.processorname = ? AND rebuilt.segment = 0""")
                    .param(liveProcessor).param(rebuildProcessor).update();
            jdbc.sql("DELETE FROM tokenentry WHERE processorname = ?").param(rebuildProcessor).update();
            // the rebuild has applied every event, those the live processor had parked as dead letters included
            jdbc.sql("DELETE FROM deadletterentry WHERE processinggroup = ?").param(liveProcessor).update();
        });
    }
}
