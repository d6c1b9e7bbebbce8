package dev.minicloud.emulator.internal.sdk;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.base.ErrorCode;
import dev.minicloud.emulator.internal.database.engine.DatabaseEngine;
import dev.minicloud.emulator.internal.database.engine.EngineTransaction;
import dev.minicloud.emulator.internal.database.query.DatabaseError;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The transactions {@code db.startTransaction()} opened in one environment, by the id the SDK's transaction object
 * holds, whichever door they came in by (a Rhino function, the admin endpoint). Each belongs to an owner: the
 * invocation that started it, or the endpoint for a caller outside any function. It is forgotten when its owner
 * ends; one still open then is rolled back, because nothing can reach it any more (on the platform the container
 * freezes and the backend aborts the transaction after its lifetime limit, so nothing of it is written there either),
 * and its document locks would otherwise stall every later writer.
 */
public final class OpenTransactions {
    private record Started(EngineTransaction transaction, Object owner) {}

    private final DatabaseEngine database;
    private final AtomicLong lastId = new AtomicLong();
    private final Map<String, Started> started = new ConcurrentHashMap<>();

    public OpenTransactions(DatabaseEngine database) {
        this.database = database;
    }

    /** {@code db.startTransaction()}: the new transaction's id. */
    public String begin(Object owner) {
        String id = Long.toString(lastId.incrementAndGet());
        started.put(id, new Started(database.beginTransaction(), owner));
        return id;
    }

    /**
     * The transaction a step of {@code api} names. One kept from an invocation that has ended (in module state of a
     * warm instance) was rolled back with it, so it fails as an aborted transaction does.
     */
    public EngineTransaction get(Object id, String api) {
        Started s = started.get(String.valueOf(id));
        if (s == null) {
            throw DatabaseEngine.failure(api, DatabaseError.requestFail("Transaction has been aborted."));
        }
        return s.transaction();
    }

    /** {@code transaction.rollback()}: like rolling back an aborted transaction, a forgotten one needs nothing. */
    public void rollback(Object id) {
        Started s = started.get(String.valueOf(id));
        if (s != null) {
            s.transaction().rollback();
        }
    }

    /** Forgets the invocation's transactions, rolling back those still open; how many were. */
    public int end(Object owner) {
        int rolledBack = 0;
        for (Iterator<Started> it = started.values().iterator(); it.hasNext(); ) {
            Started s = it.next();
            if (s.owner() != owner) {
                continue;
            }
            it.remove();
            if (s.transaction().isOpen()) {
                rollBack(s.transaction());
                rolledBack++;
            }
        }
        return rolledBack;
    }

    /** Whether {@code e} is a transaction conflict: the one failure {@code runTransaction} retries. */
    public static boolean isConflict(CloudException e) {
        return e.getCause() instanceof DatabaseError d && d.code() == ErrorCode.DATABASE_TRANSACTION_CONFLICT;
    }

    private static void rollBack(EngineTransaction transaction) {
        try {
            transaction.rollback();
        } catch (RuntimeException e) {
            // Only an environment closing under a running function gets here: its store goes away with the
            // uncommitted writes, so there is nothing left to undo.
        }
    }
}
