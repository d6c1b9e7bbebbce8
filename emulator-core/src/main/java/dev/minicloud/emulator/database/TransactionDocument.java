package dev.minicloud.emulator.database;

import dev.minicloud.emulator.internal.engine.DatabaseEngine;
import dev.minicloud.emulator.internal.engine.EngineTransaction;
import java.util.Map;

/** {@code transaction.collection(name).doc(id)}: the single-document operations inside a transaction. */
public final class TransactionDocument {
    private final DatabaseEngine engine;
    private final EngineTransaction tx;
    private final String collection;
    private final Object id;

    TransactionDocument(DatabaseEngine engine, EngineTransaction tx, String collection, Object id) {
        this.engine = engine;
        this.tx = tx;
        this.collection = collection;
        this.id = id;
    }

    /** The document's {@code _id}. */
    public Object id() {
        return id;
    }

    /**
     * Reads the document as the transaction sees it: {@code data} is the document, or null if it does not exist
     * (inside a transaction a missing document is not an error).
     */
    public DocumentResult get() {
        return Results.document(engine, collection, tx.get(collection, id));
    }

    /** Replaces the whole document except {@code _id}, creating it if it does not exist. */
    public SetResult set(Map<String, ?> data) {
        return Results.set(tx.set(collection, id, data));
    }

    /** Updates the document: nested objects merge, commands apply; 0 updated if it does not exist. */
    public UpdateResult update(Map<String, ?> data) {
        return Results.updated(tx.update(collection, id, data));
    }

    /** Removes the document; 0 removed if it does not exist. */
    public RemoveResult remove() {
        return Results.removed(tx.remove(collection, id));
    }
}
