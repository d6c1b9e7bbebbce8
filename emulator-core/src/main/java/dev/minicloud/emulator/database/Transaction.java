package dev.minicloud.emulator.database;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.base.ErrorCode;
import dev.minicloud.emulator.internal.database.engine.EngineTransaction;
import dev.minicloud.emulator.internal.database.query.DatabaseError;
import dev.minicloud.emulator.internal.database.query.SdkErrors;
import dev.minicloud.emulator.internal.sdk.TransactionOperations;

/**
 * A database transaction, from {@link Database#startTransaction()} or given to a {@link Database#runTransaction}
 * callback. Inside it only single-document operations exist, as on the platform:
 * {@code collection(name).doc(id).get/set/update/remove()} and {@code collection(name).add(data)}.
 *
 * <pre>{@code
 * Transaction t = db.startTransaction();
 * Map<String, Object> from = t.collection("accounts").doc("alice").get().data();
 * t.collection("accounts").doc("alice").update(Map.of("balance", Command.inc(-10)));
 * t.collection("accounts").doc("bob").update(Map.of("balance", Command.inc(10)));
 * t.commit();
 * }</pre>
 *
 * <p>Reads see the transaction's own writes and otherwise committed data (a document read once reads the same
 * until the transaction writes it); nobody sees its writes before
 * {@link #commit()}, and after {@link #rollback()} (or a failed commit) nothing of them remains. Writing a document
 * another open transaction has written, or one changed since this transaction read it, fails with the conflict error
 * ({@code -502001 ... [ResourceUnavailable.TransactionConflict] ...}) and aborts the transaction. Thread-safe, one
 * call at a time.
 */
public final class Transaction {
    private final TransactionOperations ops;
    private final EngineTransaction tx;
    private volatile boolean rolledBack;
    private volatile Object rollbackReason;

    Transaction(TransactionOperations ops, EngineTransaction tx) {
        this.ops = ops;
        this.tx = tx;
    }

    /**
     * A collection inside the transaction.
     *
     * @throws CloudException {@code Collection name is required} if the name is empty
     */
    public TransactionCollection collection(String name) {
        if (name == null || name.isEmpty()) {
            throw SdkErrors.of(SdkErrors.COLLECTION_NAME_REQUIRED);
        }
        return new TransactionCollection(ops, tx, name);
    }

    /**
     * Commits: every write of the transaction becomes visible at once.
     *
     * @throws CloudException {@code transaction.commit:fail -502001 ...} if the transaction already ended
     */
    public void commit() {
        tx.commit();
    }

    /** Rolls back: nothing the transaction wrote remains. */
    public void rollback() {
        rollback(null);
    }

    /**
     * {@code transaction.rollback(reason)}: rolls back, and makes {@link Database#runTransaction} fail with a
     * {@link TransactionAbortedException} carrying {@code reason}.
     */
    public void rollback(Object reason) {
        tx.rollback();
        rollbackReason = reason;
        rolledBack = true;
    }

    /** Whether the transaction is neither committed nor rolled back. */
    public boolean isOpen() {
        return tx.isOpen();
    }

    boolean rolledBack() {
        return rolledBack;
    }

    Object rollbackReason() {
        return rollbackReason;
    }

    /** Rolls back if still open, ignoring failures: the way out after an error. */
    void rollbackQuietly() {
        if (tx.isOpen()) {
            try {
                tx.rollback();
            } catch (CloudException ignored) {
                // Ending anyway: the error being reported is the one that matters.
            }
        }
    }

    /** Whether a failure is the platform's transaction conflict, the only one {@code runTransaction} retries. */
    static boolean isConflict(Throwable e) {
        return e instanceof CloudException && e.getCause() instanceof DatabaseError d
                && d.code() == ErrorCode.DATABASE_TRANSACTION_CONFLICT;
    }
}
