package dev.minicloud.emulator.database;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.database.result.DocumentResult;
import dev.minicloud.emulator.database.result.RemoveResult;
import dev.minicloud.emulator.database.result.SetResult;
import dev.minicloud.emulator.database.result.UpdateResult;
import dev.minicloud.emulator.database.result.WatchSnapshot;
import dev.minicloud.emulator.internal.database.engine.QuerySpec;
import dev.minicloud.emulator.internal.database.query.Projection;
import dev.minicloud.emulator.internal.sdk.DatabaseOperations;
import dev.minicloud.emulator.internal.sdk.DatabaseRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * {@code collection.doc(id)}: one document by {@code _id}. Immutable.
 *
 * <p>{@link #get()} on a missing document throws, as wx-server-sdk does, unless the database was created with
 * {@code throwOnNotFound} off; {@link #update} and {@link #remove} on a missing document succeed with 0.
 */
public final class DocumentReference {
    private final DatabaseOperations ops;
    private final String collection;
    private final Object id;
    private final Map<String, Object> projection;
    private final boolean throwOnNotFound;

    DocumentReference(DatabaseOperations ops, String collection, Object id, Map<String, Object> projection,
            boolean throwOnNotFound) {
        this.ops = ops;
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
        return new DocumentReference(ops, collection, id, Projection.normalize(projection), throwOnNotFound);
    }

    /**
     * Reads the document: {@code {data: {...}, errMsg: "document.get:ok"}}.
     *
     * @throws CloudException errCode -1, {@code "document.get:fail document with _id <id> does not exist"}, if it
     *     does not exist and {@code throwOnNotFound} is on
     */
    public DocumentResult get() {
        return ops.get(new DatabaseRequest.GetDocument(collection, id, projection, throwOnNotFound));
    }

    /** Replaces the whole document except {@code _id}, creating it if it does not exist. */
    public SetResult set(Map<String, ?> data) {
        return ops.set(new DatabaseRequest.SetDocument(collection, id, data));
    }

    /** Updates the document: nested objects merge, commands apply; 0 updated if it does not exist. */
    public UpdateResult update(Map<String, ?> data) {
        return ops.update(new DatabaseRequest.UpdateDocument(collection, id, data));
    }

    /**
     * {@code doc(id).watch({onChange, onError})}, mini-program client only: a watch on this one document, as
     * {@link Query#watch}.
     */
    public Watcher watch(Consumer<WatchSnapshot> onChange, Consumer<CloudException> onError) {
        Map<String, Object> byId = new LinkedHashMap<>();
        byId.put("_id", id);
        return new Watcher(ops.watch(new QuerySpec(collection, byId, null, null, null, null), onChange, onError));
    }

    /** Removes the document; 0 removed if it does not exist. */
    public RemoveResult remove() {
        return ops.remove(new DatabaseRequest.RemoveDocument(collection, id));
    }
}
