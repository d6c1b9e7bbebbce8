package dev.minicloud.emulator.database;

import dev.minicloud.emulator.database.result.DocumentResult;
import dev.minicloud.emulator.database.result.RemoveResult;
import dev.minicloud.emulator.database.result.SetResult;
import dev.minicloud.emulator.database.result.UpdateResult;
import dev.minicloud.emulator.internal.database.engine.EngineTransaction;
import dev.minicloud.emulator.internal.sdk.TransactionOperations;
import java.util.Map;

/** {@code transaction.collection(name).doc(id)}: the single-document operations inside a transaction. */
public final class TransactionDocument {
    private final TransactionOperations ops;
    private final EngineTransaction tx;
    private final String collection;
    private final Object id;

    TransactionDocument(TransactionOperations ops, EngineTransaction tx, String collection, Object id) {
        this.ops = ops;
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
        return ops.get(tx, collection, id);
    }

    /** Replaces the whole document except {@code _id}, creating it if it does not exist. */
    public SetResult set(Map<String, ?> data) {
        return ops.set(tx, collection, id, data);
    }

    /** Updates the document: nested objects merge, commands apply; 0 updated if it does not exist. */
    public UpdateResult update(Map<String, ?> data) {
        return ops.update(tx, collection, id, data);
    }

    /** Removes the document; 0 removed if it does not exist. */
    public RemoveResult remove() {
        return ops.remove(tx, collection, id);
    }
}
