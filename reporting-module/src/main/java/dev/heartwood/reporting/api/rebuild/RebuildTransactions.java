package dev.heartwood.reporting.api.rebuild;

import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Marks the transactions in which a read model is rebuilt: the application's rebuild marks them, and the projections
 * read the mark. Nothing is parked in them: a failure stops the rebuild until it is mended, and the live tables
 * answer meanwhile. So their handlers run without a savepoint each, and the reporting module's appended rows (its
 * {@code Appends}) go in batches.
 */
public final class RebuildTransactions {

    private static final Object REBUILDING = new Object();

    private RebuildTransactions() {
    }

    /** Whether the current transaction is a rebuild's. */
    public static boolean current() {
        return TransactionSynchronizationManager.hasResource(REBUILDING);
    }

    /** Transactions of {@code transactions}, marked as a rebuild's. */
    public static TransactionManager of(TransactionManager transactions) {
        return () -> {
            Transaction transaction = transactions.startTransaction();
            TransactionSynchronizationManager.bindResource(REBUILDING, Boolean.TRUE);
            return new Transaction() {
                @Override
                public void commit() {
                    try {
                        transaction.commit();
                    } finally {
                        TransactionSynchronizationManager.unbindResourceIfPossible(REBUILDING);
                    }
                }

                @Override
                public void rollback() {
                    try {
                        transaction.rollback();
                    } finally {
                        TransactionSynchronizationManager.unbindResourceIfPossible(REBUILDING);
                    }
                }
            };
        };
    }
}
