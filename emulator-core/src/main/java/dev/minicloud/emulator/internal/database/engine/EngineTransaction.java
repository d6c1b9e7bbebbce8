package dev.minicloud.emulator.internal.database.engine;

import dev.minicloud.emulator.base.ErrorCode;
import dev.minicloud.emulator.internal.database.query.DatabaseError;
import dev.minicloud.emulator.internal.database.query.ValueEncoder;
import dev.minicloud.emulator.internal.database.store.DocumentStore;
import dev.minicloud.emulator.internal.database.store.DocumentStore.Batch;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.function.Function;

/**
 * One database transaction ({@code db.startTransaction()}), driven step by step: the single-document operations the
 * platform allows inside a transaction ({@code doc(id).get/set/update/remove} and {@code add}), then
 * {@link #commit()} or {@link #rollback()}. Cloud functions reach it through the JavaScript SDK; Java through
 * {@code dev.minicloud.emulator.database.Transaction}.
 *
 * <p>Isolation: the transaction reads its own writes and otherwise the committed documents, each as it was when the
 * transaction first read it; nothing it writes is visible to anyone else before commit, which applies everything at
 * once. Writing a document locks it until the
 * transaction ends: another transaction writing it conflicts at once, a write outside any transaction waits. A
 * transaction also conflicts when it writes a document that was changed by someone else after it read it. A
 * conflict rolls the transaction back; the error is the platform's transaction-conflict error (-502001).
 *
 * <p>Thread-safe: steps may come from any thread, one at a time.
 */
public final class EngineTransaction {
    private enum State { OPEN, COMMITTED, ABORTED }

    private final DatabaseEngine engine;
    private final WritePath path;
    private final Batch batch;
    private final Map<String, Changes> touched = new LinkedHashMap<>();
    private final Set<DocumentLocks.Key> held = new LinkedHashSet<>();
    private final CountDownLatch ended = new CountDownLatch(1);
    private State state = State.OPEN;

    EngineTransaction(DatabaseEngine engine, WritePath path) {
        this.engine = engine;
        this.path = path;
        this.batch = path.begin();
    }

    /** {@code doc(id).get()} in the transaction: the document, or null (never an error for a missing document). */
    public Map<String, Object> get(String collection, Object id) {
        Object key = DatabaseEngine.canonicalId(id);
        return step("document.get", collection, false, null, changes -> {
            CollectionData.Entry e = changes.current(key);
            return e == null ? null : e.doc();
        });
    }

    /** {@code doc(id).set({data})} in the transaction. */
    public DatabaseEngine.SetOutcome set(String collection, Object id, Object data) {
        Object key = DatabaseEngine.canonicalId(id);
        return step("document.set", collection, true, null, changes -> {
            ValueEncoder values = engine.newRequest();
            return engine.documentWrites().set(changes, key, engine.documentWrites().prepareSet(values, key, data));
        });
    }

    /** {@code doc(id).update({data})} in the transaction: 1 if the document really changed. */
    public long update(String collection, Object id, Object data) {
        Object key = DatabaseEngine.canonicalId(id);
        return step("document.update", collection, false, 0L, changes -> engine.documentWrites().update(changes, key,
                engine.documentWrites().prepareUpdate(engine.newRequest(), data)));
    }

    /** {@code doc(id).remove()} in the transaction: 1 if the document existed. */
    public long remove(String collection, Object id) {
        Object key = DatabaseEngine.canonicalId(id);
        return step("document.remove", collection, false, 0L, changes -> engine.documentWrites().remove(changes,
                key));
    }

    /** {@code collection.add({data})} of one document in the transaction: its {@code _id}. */
    public Object add(String collection, Object data) {
        return step("collection.add", collection, true, null, changes -> {
            ValueEncoder values = engine.newRequest();
            Map<String, Object> doc = engine.documentWrites().prepareNew(values, data, "collection.add");
            return engine.documentWrites().insert(changes, doc, values.now());
        });
    }

    /**
     * Runs one step under the collection's read lock, so no single write is half-way while it looks; a conflict
     * rolls the whole transaction back.
     *
     * @param create whether a missing collection is created (with auto-create on) rather than read as empty
     * @param whenMissing the answer for a missing collection read as empty
     */
    private <T> T step(String api, String collection, boolean create, T whenMissing, Function<Changes, T> action) {
        return engine.request(api, () -> {
            synchronized (this) {
                checkOpen();
                CollectionData coll = create ? engine.forWrite(collection) : engine.existingForWrite(collection);
                if (coll == null) {
                    return whenMissing;
                }
                Changes changes = touched.computeIfAbsent(coll.name, n -> path.changes(coll, batch, this));
                Lock lock = coll.lock.readLock();
                lock.lock();
                try {
                    return action.apply(changes);
                } catch (DocumentStore.WriteConflict e) {
                    abort();
                    throw DatabaseEngine.transactionConflict();
                } catch (DatabaseError e) {
                    if (e.code() == ErrorCode.DATABASE_TRANSACTION_CONFLICT) {
                        abort();
                    }
                    throw e;
                } finally {
                    lock.unlock();
                }
            }
        });
    }

    private void checkOpen() {
        if (state == State.COMMITTED) {
            throw DatabaseError.requestFail("Transaction has been committed.");
        }
        if (state == State.ABORTED) {
            throw DatabaseError.requestFail("Transaction has been aborted.");
        }
    }

    /** Records a document lock this transaction took, to free it when it ends. */
    void holds(DocumentLocks.Key key) {
        held.add(key);
    }

    /** Commits: every change becomes visible at once. */
    public void commit() {
        engine.request("transaction.commit", () -> {
            synchronized (this) {
                checkOpen();
                try {
                    path.commit(batch, touched.values());
                    state = State.COMMITTED;
                } finally {
                    if (state != State.COMMITTED) {
                        batch.rollback();
                        state = State.ABORTED;
                    }
                    end();
                }
            }
            return null;
        });
    }

    /** Rolls back: nothing the transaction wrote remains. Rolling back an aborted transaction does nothing. */
    public void rollback() {
        engine.request("transaction.rollback", () -> {
            synchronized (this) {
                if (state == State.COMMITTED) {
                    throw DatabaseError.requestFail("Transaction has been committed.");
                }
                if (state == State.OPEN) {
                    abort();
                }
            }
            return null;
        });
    }

    /** Whether neither committed nor rolled back. */
    public synchronized boolean isOpen() {
        return state == State.OPEN;
    }

    private void abort() {
        batch.rollback();
        state = State.ABORTED;
        end();
    }

    private void end() {
        for (DocumentLocks.Key key : held) {
            path.locks.release(key, this);
        }
        held.clear();
        ended.countDown();
    }

    /** Waits up to {@code nanos} for the transaction to end; whether it did. */
    boolean awaitEnd(long nanos) {
        try {
            return ended.await(Math.max(0, nanos), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
