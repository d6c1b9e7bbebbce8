package dev.minicloud.emulator.internal.sdk;

import dev.minicloud.emulator.database.result.AddResult;
import dev.minicloud.emulator.database.result.DocumentResult;
import dev.minicloud.emulator.database.result.RemoveResult;
import dev.minicloud.emulator.database.result.SetResult;
import dev.minicloud.emulator.database.result.UpdateResult;
import dev.minicloud.emulator.internal.database.engine.DatabaseEngine;
import dev.minicloud.emulator.internal.database.engine.EngineTransaction;

/**
 * The single-document operations inside a transaction ({@code database.*InTransaction}), with the same result
 * records and messages as outside one. A missing document reads as {@code data: null}, never as an error.
 */
public final class TransactionOperations {
    private final DatabaseEngine engine;

    public TransactionOperations(DatabaseEngine engine) {
        this.engine = engine;
    }

    public DocumentResult get(EngineTransaction tx, String collection, Object id) {
        return DatabaseOperations.document(engine, collection, tx.get(collection, id));
    }

    public SetResult set(EngineTransaction tx, String collection, Object id, Object data) {
        return DatabaseOperations.set(tx.set(collection, id, data));
    }

    public UpdateResult update(EngineTransaction tx, String collection, Object id, Object data) {
        return DatabaseOperations.updated(tx.update(collection, id, data));
    }

    public RemoveResult remove(EngineTransaction tx, String collection, Object id) {
        return DatabaseOperations.removed(tx.remove(collection, id));
    }

    public AddResult add(EngineTransaction tx, String collection, Object data) {
        return new AddResult(tx.add(collection, data), "collection.add:ok");
    }
}
