package dev.heartwood.infra.axon;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The transactions in which processors apply events to read models (and rebuild them), committed without waiting
 * for the disk ({@code synchronous_commit = off}). A read model is derived from the events and its processor's
 * position is committed with it, so a crash can only take back the last moments of both together, and the
 * processor applies those events again: nothing is lost or applied twice. Commands still wait for the disk.
 */
public final class ReadModelTransactions implements TransactionManager {

    private final TransactionManager transactions;
    private final JdbcClient jdbc;

    public ReadModelTransactions(TransactionManager transactions, JdbcClient jdbc) {
        this.transactions = transactions;
        this.jdbc = jdbc;
    }

    @Override
    public Transaction startTransaction() {
        Transaction transaction = transactions.startTransaction();
        try {
            jdbc.sql("SET LOCAL synchronous_commit = off").update();
            return transaction;
        } catch (RuntimeException e) {
            transaction.rollback();
            throw e;
        }
    }
}
