package dev.minicloud.emulator.database;

import dev.minicloud.emulator.internal.engine.DatabaseEngine;
import dev.minicloud.emulator.internal.engine.QuerySpec;
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

    CollectionReference(DatabaseEngine engine, String name, boolean throwOnNotFound) {
        super(engine, QuerySpec.of(name));
        this.throwOnNotFound = throwOnNotFound;
    }

    /** The collection's name. */
    public String name() {
        return spec.collection();
    }

    /** A reference to one document by {@code _id} (a string or a number). */
    public DocumentReference doc(Object id) {
        return new DocumentReference(engine, name(), DatabaseEngine.canonicalId(id), null, throwOnNotFound);
    }

    /**
     * Adds a document, stored as given (not flattened). Its {@code _id} is used if present, else one is generated.
     * Server dates resolve to the request's time.
     */
    public AddResult add(Map<String, ?> data) {
        return new AddResult(engine.add(name(), data), "collection.add:ok");
    }

    /** {@code collection.aggregate()}: an empty pipeline on this collection; add stages, then {@code end()}. */
    public Aggregate aggregate() {
        return Aggregate.on(engine, name(), List.of());
    }

    /**
     * A pipeline given in its wire form, as node-sdk's {@code collection.options({raw: true}).aggregate([...])}:
     * {@code List.of(Map.of("$match", ...), Map.of("$group", ...))}. {@code $match} still takes {@code where}
     * syntax; more stages may be added before {@code end()}.
     */
    public Aggregate aggregate(List<? extends Map<String, ?>> pipeline) {
        return Aggregate.on(engine, name(), pipeline);
    }

    /** Adds several documents in one server-side batch; all of them are added or none. */
    @SuppressWarnings("unchecked")
    public BatchAddResult add(List<? extends Map<String, ?>> data) {
        return new BatchAddResult((List<Object>) engine.add(name(), data), "collection.add:ok");
    }
}
