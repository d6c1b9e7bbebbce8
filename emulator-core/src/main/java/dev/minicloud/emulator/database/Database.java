package dev.minicloud.emulator.database;

import dev.minicloud.emulator.database.result.CreateCollectionResult;
import dev.minicloud.emulator.database.value.RegExp;
import dev.minicloud.emulator.database.value.ServerDate;
import dev.minicloud.emulator.internal.database.engine.DatabaseEngine;
import dev.minicloud.emulator.internal.database.query.SdkErrors;
import dev.minicloud.emulator.internal.sdk.DatabaseOperations;
import dev.minicloud.emulator.internal.sdk.DatabaseRequest;
import dev.minicloud.emulator.internal.sdk.TransactionOperations;

/**
 * {@code cloud.database()}: the environment's document database, as a cloud function sees it (server side, never
 * restricted by permissions).
 *
 * <pre>{@code
 * Database db = env.database();
 * db.createCollection("todos");
 * db.collection("todos").add(Map.of("title", "a", "due", db.serverDate()));
 * db.collection("todos").where(Map.of("done", false)).update(Map.of("done", true));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; {@link #withThrowOnNotFound} gives a copy with another setting.
 */
public final class Database {
    private final DatabaseEngine engine;
    private final DatabaseOperations ops;
    private final boolean throwOnNotFound;

    /** Used by the environment; tests get their database from {@code CloudEnvironment.database()}. */
    Database(DatabaseEngine engine, boolean throwOnNotFound) {
        this(engine, new DatabaseOperations(engine), throwOnNotFound);
    }

    /**
     * Used by the environment for a mini-program user's view; tests get it from
     * {@code CloudEnvironment.client(...).database()}.
     */
    Database(DatabaseEngine engine, DatabaseOperations ops, boolean throwOnNotFound) {
        this.engine = engine;
        this.ops = ops;
        this.throwOnNotFound = throwOnNotFound;
    }

    /**
     * A collection by name. It need not exist yet; calls on a missing collection fail with -502005.
     *
     * @throws dev.minicloud.emulator.base.CloudException {@code Collection name is required} if the name is empty
     */
    public CollectionReference collection(String name) {
        if (name == null || name.isEmpty()) {
            throw SdkErrors.of(SdkErrors.COLLECTION_NAME_REQUIRED);
        }
        return new CollectionReference(ops, name, throwOnNotFound);
    }

    /** {@code cloud.database({throwOnNotFound})}: a copy whose {@code doc(id).get()} does or does not throw. */
    public Database withThrowOnNotFound(boolean throwOnNotFound) {
        return new Database(engine, ops, throwOnNotFound);
    }

    /** Whether {@code doc(id).get()} throws for a missing document. */
    public boolean throwOnNotFound() {
        return throwOnNotFound;
    }

    /**
     * {@code db.createCollection(name)}.
     *
     * @throws dev.minicloud.emulator.base.CloudException -501001 if the collection exists
     */
    public CreateCollectionResult createCollection(String name) {
        return ops.createCollection(new DatabaseRequest.AddCollection(name));
    }

    /**
     * Loads a snapshot's collections and documents, as a console import would: collections are created as needed and
     * a document replaces one with the same {@code _id}. Seeding runs no functions and is not a request: it cannot
     * fail once the snapshot is built.
     */
    public void seed(DatabaseSnapshot snapshot) {
        ops.requireAdmin("seed");
        engine.seed(snapshot.seeds());
    }

    /** Every collection and document stored now, to seed other environments with or to compare against later. */
    public DatabaseSnapshot snapshot() {
        ops.requireAdmin("snapshot");
        DatabaseSnapshot.Builder b = DatabaseSnapshot.builder();
        for (String name : engine.collectionNames()) {
            b.addDocuments(name, engine.documents(name));
        }
        return b.build();
    }

    /** {@code db.serverDate()}: the server's time when the request runs. */
    public ServerDate serverDate() {
        return ServerDate.now();
    }

    /** {@code db.serverDate({offset})}: the server's time plus {@code offsetMillis} (may be negative). */
    public ServerDate serverDate(long offsetMillis) {
        return new ServerDate(offsetMillis);
    }

    /**
     * {@code db.startTransaction()}: a transaction the caller must {@link Transaction#commit()} or
     * {@link Transaction#rollback()}.
     */
    public Transaction startTransaction() {
        ops.requireAdmin("startTransaction");
        return new Transaction(new TransactionOperations(engine), engine.beginTransaction());
    }

    /** {@code db.runTransaction(callback)}: {@link #runTransaction(TransactionCallback, int)} with 3 retries. */
    public <T> T runTransaction(TransactionCallback<T> callback) {
        return runTransaction(callback, 3);
    }

    /**
     * {@code db.runTransaction(callback, times)}: runs the callback in a new transaction and commits when it returns,
     * passing its result through. If it throws, the transaction is rolled back and the exception rethrown; if it
     * called {@code rollback(reason)}, this fails with a {@link TransactionAbortedException} carrying the reason.
     * Only transaction conflicts are retried, each time in a new transaction, at most {@code times} times (as the
     * SDK does, so up to {@code times + 1} runs).
     *
     * <pre>{@code
     * int left = db.runTransaction(t -> {
     *     int balance = (Integer) t.collection("accounts").doc("alice").get().data().get("balance");
     *     t.collection("accounts").doc("alice").update(Map.of("balance", balance - 10));
     *     return balance - 10;
     * });
     * }</pre>
     */
    public <T> T runTransaction(TransactionCallback<T> callback, int times) {
        for (int retriesLeft = times; ; retriesLeft--) {
            Transaction t = startTransaction();
            try {
                T result = callback.run(t);
                if (t.rolledBack()) {
                    throw new TransactionAbortedException(t.rollbackReason());
                }
                t.commit();
                return result;
            } catch (TransactionAbortedException e) {
                throw e;
            } catch (RuntimeException | Error e) {
                if (t.rolledBack()) {
                    throw new TransactionAbortedException(t.rollbackReason());
                }
                t.rollbackQuietly();
                if (!Transaction.isConflict(e) || retriesLeft <= 0) {
                    throw e;
                }
            }
        }
    }

    /** {@code db.RegExp({regexp, options})}. */
    public RegExp regExp(String regexp, String options) {
        return RegExp.of(regexp, options);
    }
}
