package dev.minicloud.emulator.internal.sdk;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.database.result.AddResult;
import dev.minicloud.emulator.database.result.AggregateResult;
import dev.minicloud.emulator.database.result.BatchAddResult;
import dev.minicloud.emulator.database.result.CountResult;
import dev.minicloud.emulator.database.result.CreateCollectionResult;
import dev.minicloud.emulator.database.result.DocumentResult;
import dev.minicloud.emulator.database.result.GetResult;
import dev.minicloud.emulator.database.result.RemoveResult;
import dev.minicloud.emulator.database.result.SetResult;
import dev.minicloud.emulator.database.result.UpdateResult;
import dev.minicloud.emulator.database.result.WatchSnapshot;
import dev.minicloud.emulator.internal.database.engine.DatabaseEngine;
import dev.minicloud.emulator.internal.database.engine.QuerySpec;
import dev.minicloud.emulator.internal.database.query.EncodedFilter;
import dev.minicloud.emulator.internal.database.geo.GeoJson;
import dev.minicloud.emulator.internal.common.json.JsonCodec;
import dev.minicloud.emulator.internal.common.json.JsonCodec.DateStyle;
import dev.minicloud.emulator.internal.common.json.JsonSizeBound;
import dev.minicloud.emulator.internal.database.query.SdkErrors;
import dev.minicloud.emulator.internal.database.rules.SecurityRules.Access;
import dev.minicloud.emulator.internal.database.watch.ChangeFeed;
import dev.minicloud.emulator.internal.database.watch.WatchState;
import dev.minicloud.emulator.internal.sdk.DatabaseRequest.AddCollection;
import dev.minicloud.emulator.internal.sdk.DatabaseRequest.Aggregate;
import dev.minicloud.emulator.internal.sdk.DatabaseRequest.Count;
import dev.minicloud.emulator.internal.sdk.DatabaseRequest.GetDocument;
import dev.minicloud.emulator.internal.sdk.DatabaseRequest.GetDocuments;
import dev.minicloud.emulator.internal.sdk.DatabaseRequest.Insert;
import dev.minicloud.emulator.internal.sdk.DatabaseRequest.RemoveDocument;
import dev.minicloud.emulator.internal.sdk.DatabaseRequest.RemoveDocuments;
import dev.minicloud.emulator.internal.sdk.DatabaseRequest.SetDocument;
import dev.minicloud.emulator.internal.sdk.DatabaseRequest.UpdateAndReturn;
import dev.minicloud.emulator.internal.sdk.DatabaseRequest.UpdateDocument;
import dev.minicloud.emulator.internal.sdk.DatabaseRequest.UpdateDocuments;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The database operations of the SDK, once for every front door: each takes its request record and answers with
 * the result record the SDK resolves with, its {@code :ok} message and its errors. Documents come back as the Java
 * API shows them (GeoJSON as {@code Geo} values, decoded only where the collection may hold any); a wire front door
 * encodes them with {@link WireResults}.
 */
public final class DatabaseOperations {
    private final DatabaseEngine engine;
    /** The mini-program user making the requests, or null for an admin (functions, the console, Java). */
    private final ClientGate client;
    private final UpdateAndReturnOperation updateAndReturn;

    /** Operations for an admin caller, never restricted. */
    public DatabaseOperations(DatabaseEngine engine) {
        this(engine, null);
    }

    /** Operations for a mini-program user, under the collections' permissions. */
    public DatabaseOperations(DatabaseEngine engine, ClientGate client) {
        this.engine = engine;
        this.client = client;
        this.updateAndReturn = new UpdateAndReturnOperation(engine, this);
    }

    /** Whether these operations run for a mini-program user. */
    public boolean isClient() {
        return client != null;
    }

    /** Runs any database request; for front doors that decode requests from the wire. */
    public Object run(DatabaseRequest request) {
        if (request instanceof GetDocuments r) {
            return get(r);
        } else if (request instanceof GetDocument r) {
            return get(r);
        } else if (request instanceof Count r) {
            return count(r);
        } else if (request instanceof Insert r) {
            return r.data() instanceof List ? addAll(r) : add(r);
        } else if (request instanceof UpdateDocuments r) {
            return update(r);
        } else if (request instanceof UpdateAndReturn r) {
            return updateAndReturn.run(r);
        } else if (request instanceof UpdateDocument r) {
            return update(r);
        } else if (request instanceof SetDocument r) {
            return set(r);
        } else if (request instanceof RemoveDocuments r) {
            return remove(r);
        } else if (request instanceof RemoveDocument r) {
            return remove(r);
        } else if (request instanceof Aggregate r) {
            return aggregate(r);
        }
        return createCollection((AddCollection) request);
    }

    public GetResult get(GetDocuments r) {
        String collection = r.query().collection();
        if (client == null) {
            return new GetResult(documents(engine, collection, engine.get(r.query())), "collection.get:ok");
        }
        DatabaseEngine.Page page = engine.page("collection.get", client.read("collection.get", r.query(), true));
        client.checkResultSize("collection.get", page.jsonBytesAtMost(), page.docs());
        return new GetResult(documents(engine, collection, page.docs()), "collection.get:ok");
    }

    /**
     * {@code doc(id).get()}.
     *
     * @throws CloudException errCode -1, {@code "document.get:fail document with _id <id> does not exist"}, if it
     *     does not exist and {@code throwOnNotFound} is on
     */
    public DocumentResult get(GetDocument r) {
        if (client != null) {
            List<Map<String, Object>> found = engine.get("document.get", client.document("document.get",
                    Access.READ, r.collection(), r.id(), null, r.projection()));
            if (found.isEmpty()) {
                // The client cannot tell a missing document from one it may not read.
                throw new CloudException(-1, "document.get:fail document.get:fail cannot find document with _id "
                        + idText(r.id()) + ", please make sure that the document exists and you have the"
                        + " corresponding Read permission");
            }
            return document(engine, r.collection(), found.get(0));
        }
        Map<String, Object> doc = engine.docGet(r.collection(), r.id(), r.projection());
        if (doc == null && r.throwOnNotFound()) {
            throw new CloudException(-1, "document.get:fail document with _id " + idText(r.id()) + " does not exist");
        }
        return document(engine, r.collection(), doc);
    }

    public CountResult count(Count r) {
        QuerySpec q = client == null ? r.query() : client.read("collection.count", r.query(), false);
        return new CountResult(engine.count(q), "collection.count:ok");
    }

    public AddResult add(Insert r) {
        if (!(r.data() instanceof Map)) {
            throw SdkErrors.parameterType("data", "object", r.data());
        }
        Object data = client == null ? r.data() : client.create("collection.add", r.collection(), r.data());
        return new AddResult(engine.add(r.collection(), data), "collection.add:ok");
    }

    @SuppressWarnings("unchecked")
    public BatchAddResult addAll(Insert r) {
        if (!(r.data() instanceof List) || client != null) {
            // The client SDK adds one document per call.
            throw SdkErrors.parameterType("data", "object", r.data());
        }
        return new BatchAddResult((List<Object>) engine.add(r.collection(), r.data()), "collection.add:ok");
    }

    public UpdateResult update(UpdateDocuments r) {
        QuerySpec q = client == null ? r.query()
                : client.change("collection.update", Access.UPDATE, r.query(), r.data());
        return new UpdateResult(new UpdateResult.Stats(engine.update("collection.update", q, r.data(), r.multi())),
                "collection.update:ok");
    }

    public UpdateResult update(UpdateDocument r) {
        if (client != null) {
            return updated(engine.update("document.update", client.document("document.update", Access.UPDATE,
                    r.collection(), r.id(), r.data(), null), r.data(), false));
        }
        return updated(engine.docUpdate(r.collection(), r.id(), r.data()));
    }

    public SetResult set(SetDocument r) {
        if (client != null) {
            return set(engine.docSet(r.collection(), r.id(), clientSet(r)));
        }
        return set(engine.docSet(r.collection(), r.id(), r.data()));
    }

    public RemoveResult remove(RemoveDocuments r) {
        QuerySpec q = client == null ? r.query()
                : client.change("collection.remove", Access.DELETE, r.query(), null);
        return new RemoveResult(new RemoveResult.Stats(engine.remove("collection.remove", q, r.multi())),
                "collection.remove:ok");
    }

    public RemoveResult remove(RemoveDocument r) {
        if (client != null) {
            return removed(engine.remove("document.remove", client.document("document.remove", Access.DELETE,
                    r.collection(), r.id(), null, null), false));
        }
        return removed(engine.docRemove(r.collection(), r.id()));
    }

    public AggregateResult aggregate(Aggregate r) {
        List<? extends Map<String, ?>> pipeline = client == null ? r.pipeline()
                : client.pipeline("collection.aggregate", r.collection(), r.pipeline());
        List<Map<String, Object>> list = engine.aggregate(r.collection(), pipeline);
        if (client != null) {
            client.checkResultSize("collection.aggregate", JsonSizeBound.UNKNOWN, list);
        }
        return new AggregateResult(GeoJson.decodeAll(list), "collection.aggregate:ok");
    }

    public CreateCollectionResult createCollection(AddCollection r) {
        requireAdmin("createCollection");
        return new CreateCollectionResult("createCollection:ok", engine.createCollection(r.name()));
    }

    /**
     * {@code watch({onChange, onError})} on a query (a {@code doc(id)} watch is a query on its {@code _id}): the first
     * snapshot arrives before this returns, later ones as writes commit. Only the client SDK has {@code watch}. A
     * watch the caller may not read ends at once with {@code onError} (-402006, as the service's
     * {@code COLLECTION_PERMISSION_DENIED} message). A listener that throws ends its watch with -402011.
     *
     * @return what stops the watch
     */
    public AutoCloseable watch(QuerySpec query, Consumer<WatchSnapshot> onChange, Consumer<CloudException> onError) {
        if (client == null) {
            throw new CloudException(-1, "watch:fail watch is only available in the mini-program client SDK, not in"
                    + " wx-server-sdk");
        }
        QuerySpec readable;
        try {
            readable = client.read("collection.watch", query, false);
        } catch (CloudException denied) {
            onError.accept(new CloudException(-402006, "COLLECTION_PERMISSION_DENIED - Permission denied"));
            return () -> { };
        }
        Map<String, Object> wire = ((EncodedFilter) readable.where()).wire();
        WatchState state = new WatchState(engine.matcher().compile(wire), query.orders(),
                query.limit() == null || query.limit() <= 0 ? null : query.limit());
        ChangeFeed.Subscription[] self = new ChangeFeed.Subscription[1];
        Consumer<WatchSnapshot> guarded = snapshot -> {
            try {
                onChange.accept(snapshot);
            } catch (RuntimeException e) {
                self[0].close();
                onError.accept(new CloudException(-402011, "unexpected fatal error in onChange: " + e));
            }
        };
        self[0] = engine.watch("collection.watch", query.collection(), docs -> {
            WatchSnapshot first = state.start(docs);
            return () -> guarded.accept(first);
        }, changes -> state.apply(changes).ifPresent(guarded));
        return self[0];
    }

    /**
     * Fails a call the mini-program's SDK does not have ({@code createCollection}, transactions) when a client makes
     * it; the client's {@code db} object has no such method.
     */
    public void requireAdmin(String api) {
        if (client != null) {
            throw new CloudException(-1, api + ":fail the mini-program client SDK has no " + api
                    + ": call it from a cloud function");
        }
    }

    /**
     * A client's {@code doc(id).set()}: creating a missing document is a create, judged by the create permission
     * alone; replacing one is an update, judged by the update permission alone on that document and refused with
     * -502003 rather than silently ignored, since a replacement cannot be "0 updated". Both are stamped with the
     * caller's openid.
     */
    private Map<String, Object> clientSet(SetDocument r) {
        boolean replaces = engine.docGet(r.collection(), r.id(), null) != null;
        Map<String, Object> doc = replaces ? client.stamped("document.set", r.data())
                : client.create("document.set", r.collection(), r.data());
        if (doc == null) {
            throw SdkErrors.parameterType("data", "object", r.data());
        }
        if (replaces && engine.count(client.document("document.set", Access.UPDATE, r.collection(), r.id(),
                r.data(), null)) == 0) {
            throw ClientGate.denied("document.set");
        }
        return doc;
    }

    /** Documents as the SDK returns them: GeoJSON as Geo values, decoded only where the collection has any. */
    static List<Map<String, Object>> documents(DatabaseEngine engine, String collection,
            List<Map<String, Object>> docs) {
        return engine.mayContainGeo(collection) ? GeoJson.decodeAll(docs) : docs;
    }

    /** {@code {data, errMsg: "document.get:ok"}}; {@code doc} may be null. */
    static DocumentResult document(DatabaseEngine engine, String collection, Map<String, Object> doc) {
        boolean decode = doc != null && engine.mayContainGeo(collection);
        return new DocumentResult(decode ? GeoJson.decodeDocument(doc) : doc, "document.get:ok");
    }

    static SetResult set(DatabaseEngine.SetOutcome outcome) {
        return new SetResult(outcome.id(), "document.set:ok", new SetResult.Stats(outcome.updated(),
                outcome.created()));
    }

    static UpdateResult updated(long n) {
        return new UpdateResult(new UpdateResult.Stats(n), "document.update:ok");
    }

    static RemoveResult removed(long n) {
        return new RemoveResult(new RemoveResult.Stats(n), "document.remove:ok");
    }

    /** An id as JavaScript prints it: {@code 1} rather than {@code 1.0}. */
    private static String idText(Object id) {
        return id instanceof Number n ? JsonCodec.write(n, DateStyle.ISO_STRING) : String.valueOf(id);
    }
}
