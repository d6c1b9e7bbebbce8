package dev.minicloud.emulator.database;

import dev.minicloud.emulator.database.result.AddResult;
import dev.minicloud.emulator.internal.database.engine.DatabaseEngine;
import dev.minicloud.emulator.internal.database.engine.EngineTransaction;
import dev.minicloud.emulator.internal.sdk.TransactionOperations;
import java.util.Map;

/**
 * {@code transaction.collection(name)}: only {@link #doc} and {@link #add}, as on the platform; queries with
 * {@code where} and batch writes do not exist inside a transaction.
 */
public final class TransactionCollection {
    private final TransactionOperations ops;
    private final EngineTransaction tx;
    private final String name;

    TransactionCollection(TransactionOperations ops, EngineTransaction tx, String name) {
        this.ops = ops;
        this.tx = tx;
        this.name = name;
    }

    /** The collection's name. */
    public String name() {
        return name;
    }

    /** One document by {@code _id} (a string or a number), inside the transaction. */
    public TransactionDocument doc(Object id) {
        return new TransactionDocument(ops, tx, name, DatabaseEngine.canonicalId(id));
    }

    /** Adds one document, stored as given; visible to others only after commit. */
    public AddResult add(Map<String, ?> data) {
        return ops.add(tx, name, data);
    }
}
