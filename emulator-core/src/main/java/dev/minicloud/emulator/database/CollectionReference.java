package dev.minicloud.emulator.database;

import dev.minicloud.emulator.database.result.AddResult;
import dev.minicloud.emulator.database.result.BatchAddResult;
import dev.minicloud.emulator.internal.database.engine.DatabaseEngine;
import dev.minicloud.emulator.internal.database.engine.QuerySpec;
import dev.minicloud.emulator.internal.sdk.DatabaseOperations;
import dev.minicloud.emulator.internal.sdk.DatabaseRequest;
import java.util.List;
import java.util.Map;

/**
 * {@code db.collection(name)}: a query on the whole collection, plus {@link #add} and {@link #doc}.
 *
 * <pre>{@code
 * AddResult added = db.collection("todos").add(Map.of("title", "write tests", "done", false));
 * DocumentResult doc = db.collection("todos").doc(added.id()).get();
 * }</pre>
 */
public final class CollectionReference extends Query {
    private final boolean throwOnNotFound;

    CollectionReference(DatabaseOperations ops, String name, boolean throwOnNotFound) {
        super(ops, QuerySpec.of(name));
        this.throwOnNotFound = throwOnNotFound;
    }

    /** The collection's name. */
    public String name() {
        return spec.collection();
    }

    /** A reference to one document by {@code _id} (a string or a number). */
    public DocumentReference doc(Object id) {
        return new DocumentReference(ops, name(), DatabaseEngine.canonicalId(id), null, throwOnNotFound);
    }

    /**
     * Adds a document, stored as given (not flattened). Its {@code _id} is used if present, else one is generated.
     * Server dates resolve to the request's time.
     */
    public AddResult add(Map<String, ?> data) {
        return ops.add(new DatabaseRequest.Insert(name(), data));
    }

    /** {@code collection.aggregate()}: an empty pipeline on this collection; add stages, then {@code end()}. */
    public Aggregate aggregate() {
        return Aggregate.on(ops, name(), List.of());
    }

    /**
     * A pipeline given in its wire form, as node-sdk's {@code collection.options({raw: true}).aggregate([...])}:
     * {@code List.of(Map.of("$match", ...), Map.of("$group", ...))}. {@code $match} still takes {@code where}
     * syntax; more stages may be added before {@code end()}.
     */
    public Aggregate aggregate(List<? extends Map<String, ?>> pipeline) {
        return Aggregate.on(ops, name(), pipeline);
    }

    /** Adds several documents in one server-side batch; all of them are added or none. */
    public BatchAddResult add(List<? extends Map<String, ?>> data) {
        return ops.addAll(new DatabaseRequest.Insert(name(), data));
    }
}
