package dev.minicloud.emulator.database;

import dev.minicloud.emulator.CloudException;
import dev.minicloud.emulator.internal.engine.DatabaseEngine;
import dev.minicloud.emulator.internal.query.Projection;
import java.util.Map;
import java.util.Objects;

/**
 * {@code collection.doc(id)}: one document by {@code _id}. Immutable.
 *
 * <p>{@link #get()} on a missing document throws, as wx-server-sdk does, unless the database was created with
 * {@code throwOnNotFound} off; {@link #update} and {@link #remove} on a missing document succeed with 0.
 */
public final class DocumentReference {
    private final DatabaseEngine engine;
    private final String collection;
    private final Object id;
    private final Map<String, Object> projection;
    private final boolean throwOnNotFound;

    DocumentReference(DatabaseEngine engine, String collection, Object id, Map<String, Object> projection,
            boolean throwOnNotFound) {
        this.engine = engine;
        this.collection = collection;
        this.id = id;
        this.projection = projection;
        this.throwOnNotFound = throwOnNotFound;
    }

    /** The document's {@code _id}. */
    public Object id() {
        return id;
    }

    /** Which fields {@link #get()} returns, as {@link Query#field}. */
    public DocumentReference field(Map<String, ?> projection) {
        Objects.requireNonNull(projection, "projection");
        return new DocumentReference(engine, collection, id, Projection.normalize(projection), throwOnNotFound);
    }

    /**
     * Reads the document: {@code {data: {...}, errMsg: "document.get:ok"}}.
     *
     * @throws CloudException errCode -1, {@code "document.get:fail document with _id <id> does not exist"}, if it
     *     does not exist and {@code throwOnNotFound} is on
     */
    public DocumentResult get() {
        Map<String, Object> doc = engine.docGet(collection, id, projection);
        if (doc == null && throwOnNotFound) {
            throw new CloudException(-1, "document.get:fail document with _id " + id + " does not exist");
        }
        return Results.document(engine, collection, doc);
    }

    /** Replaces the whole document except {@code _id}, creating it if it does not exist. */
    public SetResult set(Map<String, ?> data) {
        return Results.set(engine.docSet(collection, id, data));
    }

    /** Updates the document: nested objects merge, commands apply; 0 updated if it does not exist. */
    public UpdateResult update(Map<String, ?> data) {
        return Results.updated(engine.docUpdate(collection, id, data));
    }

    /** Removes the document; 0 removed if it does not exist. */
    public RemoveResult remove() {
        return Results.removed(engine.docRemove(collection, id));
    }
}
