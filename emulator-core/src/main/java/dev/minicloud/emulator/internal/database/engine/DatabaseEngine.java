package dev.minicloud.emulator.internal.database.engine;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.base.ErrorCode;
import dev.minicloud.emulator.internal.common.RequestIds;
import dev.minicloud.emulator.internal.common.json.JsonSizeBound;
import dev.minicloud.emulator.internal.common.value.Numbers;
import dev.minicloud.emulator.internal.database.query.DatabaseError;
import dev.minicloud.emulator.internal.database.query.Deadline;
import dev.minicloud.emulator.internal.database.query.ExpressionSupport;
import dev.minicloud.emulator.internal.database.query.FilterCompiler;
import dev.minicloud.emulator.internal.database.query.QueryEncoder;
import dev.minicloud.emulator.internal.database.query.SdkErrors;
import dev.minicloud.emulator.internal.database.query.ValueEncoder;
import dev.minicloud.emulator.internal.database.store.DocumentStore;
import dev.minicloud.emulator.internal.database.watch.ChangeFeed;
import dev.minicloud.emulator.internal.database.watch.DocumentChange;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The database of one environment: every database call of the Java API and of {@code wx-server-sdk} ends here.
 * It encodes the request the way the SDK does, applies the one matcher and the one update applier, writes through to
 * the H2 store and keeps the decoded documents for queries. Failures come out as {@link CloudException} with the
 * service's exact {@code errCode} and {@code errMsg}.
 *
 * <p>Thread-safe. A single-document write is atomic; a multi-document write is all-or-nothing; a transaction
 * ({@link #beginTransaction()}) applies all its writes at once at commit.
 */
public final class DatabaseEngine implements AutoCloseable {
    /** The backend's transaction-conflict message. */
    public static final String TRANSACTION_CONFLICT = "[ResourceUnavailable.TransactionConflict] Transaction is"
            + " conflict, maybe resource operated by others. Please check your request, but if the problem persists,"
            + " contact us.";
    /** How many documents an aggregation without a {@code $limit} stage returns. */
    public static final int AGGREGATE_DEFAULT_LIMIT = 20;

    private final DocumentStore store;
    private final Clock clock;
    private final EngineSettings settings;
    private final FilterCompiler matcher;
    private final DocumentWrites writes;
    private final WritePath writePath;
    private final EngineCollections collections;
    private final EngineReads reads;
    private final EngineWrites engineWrites;
    /** Transactions begun and perhaps still open, so that {@link #clear()} can roll them back. */
    private final Set<EngineTransaction> openTransactions = ConcurrentHashMap.newKeySet();

    public DatabaseEngine(DocumentStore store, Clock clock, EngineSettings settings, ExpressionSupport expressions) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.matcher = new FilterCompiler(expressions);
        IdGenerator ids = new IdGenerator(settings.envId());
        this.writes = new DocumentWrites(matcher, ids, settings.envId());
        this.writePath = new WritePath(store, settings.lockTimeout());
        this.collections = new EngineCollections(store, settings);
        this.reads = new EngineReads(collections, settings, matcher, expressions, this::newRequest);
        this.engineWrites = new EngineWrites(collections, matcher, writes, writePath, this::newRequest);
        collections.loadFromStore(ids, writePath.sequence);
    }

    /** The matcher, shared with aggregation and transactions. */
    public FilterCompiler matcher() {
        return matcher;
    }

    /** The settings this database runs with. */
    public EngineSettings settings() {
        return settings;
    }

    /** A new encoder for one request, resolving server dates against the clock's current instant. */
    public ValueEncoder newRequest() {
        return new ValueEncoder(clock.instant());
    }

    // ------------------------------------------------------------------ collections

    /** {@code db.createCollection(name)}: returns the request id. */
    public String createCollection(String name) {
        return request("createCollection", () -> {
            if (!(name instanceof String) || !CollectionNames.isValid(name)) {
                throw DatabaseError.invalidParameters("invalid collection name: " + name);
            }
            if (!create(name)) {
                throw new DatabaseError(ErrorCode.RESOURCE_SYSTEM_ERROR,
                        "[ResourceUnavailable.ResourceExist] Table exist.");
            }
            return RequestIds.next();
        });
    }

    /** Creates a collection unless it exists; returns whether it was created. */
    public boolean create(String name) {
        return collections.create(name);
    }

    /**
     * Writes prepared documents, creating their collections as needed; a document replaces one with the same
     * {@code _id}. Seeding is a load, not a request: it runs no checks beyond those made when the seed was prepared
     * and it triggers nothing.
     *
     * <p>An in-memory store, whose H2 copy is never read back, seeds an empty collection by sharing the seed's
     * documents: nothing is copied and nothing is written to H2 until a document changes, so the cost does not depend
     * on the seed's size. A store in a file gets every document written, to find it again after a restart.
     */
    public void seed(Collection<SeedCollection> seeds) {
        collections.seed(seeds, writePath.sequence);
    }

    /**
     * Drops every collection and its documents, leaving the database as new. Open transactions are rolled back; a
     * write that runs meanwhile may fail with -502005.
     */
    public void clear() {
        for (EngineTransaction tx : openTransactions) {
            try {
                tx.rollback();
            } catch (CloudException committedMeanwhile) {
                // It ended on its own between the listing and the rollback: nothing is left open.
            }
        }
        openTransactions.clear();
        collections.dropAll();
    }

    /**
     * Starts watching a collection: {@code start} receives its documents at this commit and gives back what delivers
     * the first snapshot; {@code receiver} then gets every later commit's changes to the collection.
     *
     * @throws CloudException -502005 if the collection does not exist
     */
    public ChangeFeed.Subscription watch(String api, String collection,
            Function<List<Map<String, Object>>, Runnable> start, Consumer<List<DocumentChange>> receiver) {
        return run(api, () -> writePath.feed.exclusively(() -> {
            CollectionData data = collections.forRead(collection);
            Runnable first;
            ChangeFeed.Subscription subscription;
            Lock lock = data.lock.readLock();
            lock.lock();
            try {
                first = start.apply(data.documents());
                subscription = writePath.feed.subscribe(collection, receiver);
            } finally {
                lock.unlock();
            }
            first.run();
            return subscription;
        }));
    }

    /** The names of the existing collections. */
    public List<String> collectionNames() {
        return collections.names();
    }

    /** A consistent copy of a collection's documents in natural order, or an empty list if it does not exist. */
    public List<Map<String, Object>> documents(String collection) {
        return collections.documents(collection);
    }

    /** For writes: with auto-create on, a missing collection is created. */
    CollectionData forWrite(String name) {
        return collections.forWrite(name);
    }

    /** Writes that match nothing on a missing collection fail like any other call, unless auto-create is on. */
    CollectionData existingForWrite(String name) {
        return collections.existingForWrite(name);
    }

    // ------------------------------------------------------------------ queries

    /** {@code collection.where(...).orderBy(...).skip(...).limit(...).field(...).get()}. */
    public List<Map<String, Object>> get(QuerySpec q) {
        return get("collection.get", q);
    }

    /** A query for the call {@code api} (its name starts the error messages), as {@link #get(QuerySpec)}. */
    public List<Map<String, Object>> get(String api, QuerySpec q) {
        return request(api, () -> reads.get(q, false).docs());
    }

    /**
     * A page of documents with a bound on the size of their JSON.
     *
     * @param jsonBytesAtMost at least as many UTF-8 bytes as the documents' JSON takes (counting every match before
     *     the skip and the sort), or {@link JsonSizeBound#UNKNOWN}
     */
    public record Page(List<Map<String, Object>> docs, long jsonBytesAtMost) {}

    /** {@link #get(String, QuerySpec)} with the bound on the answer's size, which the stored documents keep. */
    public Page page(String api, QuerySpec q) {
        return request(api, () -> reads.get(q, true));
    }

    /** {@code collection.where(...).count()}: skip, limit, order and projection are ignored. */
    public long count(QuerySpec q) {
        return request("collection.count", () -> reads.count(q));
    }

    /** A {@code where} condition as the SDK sends it, refused first if it is nested too deeply to send. */
    public static Map<String, Object> encodeWhere(ValueEncoder values, Object where) {
        DocumentLimits.checkRequest(where, DocumentLimits.TOO_DEEP);
        return new QueryEncoder(values).encodeWhere(where);
    }

    // ------------------------------------------------------------------ aggregation

    /**
     * {@code collection.aggregate()...end()}, and the entry point for cloud functions: runs a pipeline in its wire
     * form, {@code [{"$match": <where condition>}, {"$group": {...}}, ...]}, and returns the resulting documents,
     * unmodifiable. Without a top-level {@code $limit} stage at most {@value #AGGREGATE_DEFAULT_LIMIT} come back, as
     * on the platform.
     */
    public List<Map<String, Object>> aggregate(String collection, List<? extends Map<String, ?>> pipeline) {
        return request("collection.aggregate", () -> reads.aggregate(collection, pipeline));
    }

    /**
     * Whether documents of the collection may hold GeoJSON, which reads then decode into {@code Geo} values; false
     * lets reads skip that walk.
     */
    public boolean mayContainGeo(String collection) {
        return collections.mayContainGeo(collection);
    }

    // ------------------------------------------------------------------ writes

    /**
     * {@code collection.add({data})}: one object gives its {@code _id}, a list (server batch) the list of ids.
     * A batch is all-or-nothing.
     */
    public Object add(String collection, Object data) {
        return request("collection.add", () -> engineWrites.add(collection, data));
    }

    /** {@code where(...).update({data, multi})}: the number of documents really modified. */
    public long update(QuerySpec q, Object data, boolean multi) {
        return update("collection.update", q, data, multi);
    }

    /** An update for the call {@code api} (its name starts the error messages), as {@link #update}. */
    public long update(String api, QuerySpec q, Object data, boolean multi) {
        return request(api, () -> engineWrites.update(q, data, multi));
    }

    /** {@code where(...).remove({multi})}: the number of documents removed. */
    public long remove(QuerySpec q, boolean multi) {
        return remove("collection.remove", q, multi);
    }

    /** A removal for the call {@code api} (its name starts the error messages), as {@link #remove}. */
    public long remove(String api, QuerySpec q, boolean multi) {
        return request(api, () -> engineWrites.remove(q, multi));
    }

    // ------------------------------------------------------------------ documents

    /** {@code doc(id).get()}: the document, projected, or null when it does not exist. */
    public Map<String, Object> docGet(String collection, Object id, Map<String, Object> projection) {
        if (projection == null || projection.isEmpty()) {
            // A lookup by id does no work a budget could stop; only a projection's $elemMatch runs the matcher.
            return run("document.get", () -> reads.docGet(collection, id, null));
        }
        return request("document.get", () -> reads.docGet(collection, id, projection));
    }

    /** The outcome of {@code doc(id).set()}. */
    public record SetOutcome(Object id, long updated, long created) {}

    /** {@code doc(id).set({data})}: replaces the document except {@code _id}, creating it if absent. */
    public SetOutcome docSet(String collection, Object id, Object data) {
        return request("document.set", () -> engineWrites.docSet(collection, id, data));
    }

    /** {@code doc(id).update({data})}: 1 if the document was really modified, else 0. */
    public long docUpdate(String collection, Object id, Object data) {
        return request("document.update", () -> engineWrites.docUpdate(collection, id, data));
    }

    /** {@code doc(id).remove()}: 1 if the document existed, else 0. */
    public long docRemove(String collection, Object id) {
        return request("document.remove", () -> engineWrites.docRemove(collection, id));
    }

    /** Document ids are strings or numbers; numbers in their canonical form. */
    public static Object canonicalId(Object id) {
        if (id instanceof String) {
            return id;
        }
        if (id instanceof Number n) {
            return Numbers.canonical(n);
        }
        throw SdkErrors.of(SdkErrors.BAD_DOC_ID);
    }

    DocumentWrites documentWrites() {
        return writes;
    }

    // ------------------------------------------------------------------ transactions

    /**
     * {@code db.startTransaction()}: a transaction to drive step by step, and the engine side of
     * {@code db.runTransaction}. It holds the documents it writes until {@link EngineTransaction#commit()} or
     * {@link EngineTransaction#rollback()}.
     */
    public EngineTransaction beginTransaction() {
        openTransactions.removeIf(t -> !t.isOpen());
        EngineTransaction tx = new EngineTransaction(this, writePath);
        openTransactions.add(tx);
        return tx;
    }

    /** The platform's transaction-conflict error (-502001). */
    static DatabaseError transactionConflict() {
        return new DatabaseError(ErrorCode.DATABASE_TRANSACTION_CONFLICT, TRANSACTION_CONFLICT);
    }

    // ------------------------------------------------------------------ errors

    /**
     * Runs a call of the Java API or of a function ({@link #run}) under a time limit: the calling function's, which
     * its host call installed, or else a per-query budget of {@link EngineSettings#queryTimeout()}.
     */
    <T> T request(String api, Supplier<T> call) {
        return Deadline.withinIfNone(this::queryBudget, () -> run(api, call));
    }

    private Runnable queryBudget() {
        Duration budget = settings.queryTimeout();
        return Deadline.after(budget.toNanos(), () -> new DatabaseError(ErrorCode.RESOURCE_SERVER_TIMEOUT,
                "[FailedOperation] operation exceeded time limit: the request ran longer than the per-query budget of "
                + budget.toMillis() + " ms (EmulatorConfiguration.Builder.setQueryTimeout)"));
    }

    /** Runs a call, turning backend failures into the service's {@code "<api>:fail <code> <text>. <detail>"}. */
    public static <T> T run(String api, Supplier<T> call) {
        try {
            return call.get();
        } catch (DatabaseError e) {
            throw failure(api, e);
        } catch (IllegalArgumentException e) {
            throw failure(api, DatabaseError.invalidParameters(e.getMessage()));
        }
    }

    /** The service's error for a backend failure of {@code api}. */
    public static CloudException failure(String api, DatabaseError e) {
        ErrorCode code = e.code();
        return new CloudException(code.code(), api + ":fail " + code.code() + " " + code.text() + ". " + e.detail(),
                api + ":fail " + code.code() + " " + code.text() + ". " + e.detail(), e);
    }

    /** Writes committed changes to the store's file, if it has one. */
    public void flush() {
        store.flush();
    }

    @Override
    public void close() {
        store.close();
    }
}
