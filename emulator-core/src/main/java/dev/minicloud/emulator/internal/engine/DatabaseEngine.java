package dev.minicloud.emulator.internal.engine;

import dev.minicloud.emulator.CloudException;
import dev.minicloud.emulator.ErrorCode;
import dev.minicloud.emulator.internal.aggregate.Pipeline;
import dev.minicloud.emulator.internal.geo.Near;
import dev.minicloud.emulator.internal.json.JsonCodec;
import dev.minicloud.emulator.internal.json.JsonSizeBound;
import dev.minicloud.emulator.internal.query.DatabaseError;
import dev.minicloud.emulator.internal.query.Deadline;
import dev.minicloud.emulator.internal.query.ExpressionSupport;
import dev.minicloud.emulator.internal.query.Filter;
import dev.minicloud.emulator.internal.query.FilterCompiler;
import dev.minicloud.emulator.internal.query.IndexProbe;
import dev.minicloud.emulator.internal.query.Positional;
import dev.minicloud.emulator.internal.query.Projection;
import dev.minicloud.emulator.internal.query.QueryEncoder;
import dev.minicloud.emulator.internal.query.SdkErrors;
import dev.minicloud.emulator.internal.query.Sorter;
import dev.minicloud.emulator.internal.query.ValueEncoder;
import dev.minicloud.emulator.internal.store.DocumentStore;
import dev.minicloud.emulator.internal.update.PositionalIndex;
import dev.minicloud.emulator.internal.update.UpdateApplier;
import dev.minicloud.emulator.internal.value.Frozen;
import dev.minicloud.emulator.internal.value.Numbers;
import dev.minicloud.emulator.internal.watch.ChangeFeed;
import dev.minicloud.emulator.internal.watch.DocumentChange;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
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
    /** The missing-collection message the backend appends after the code text. */
    static final String NOT_EXIST = "[ResourceNotFound] Db or Table not exist: %s. Please check your request, but if"
            + " the problem cannot be solved, contact us.";
    /** The backend's transaction-conflict message. */
    public static final String TRANSACTION_CONFLICT = "[ResourceUnavailable.TransactionConflict] Transaction is"
            + " conflict, maybe resource operated by others. Please check your request, but if the problem persists,"
            + " contact us.";
    /** How many documents an aggregation without a {@code $limit} stage returns. */
    public static final int AGGREGATE_DEFAULT_LIMIT = 20;

    private final DocumentStore store;
    private final Clock clock;
    private final EngineSettings settings;
    private final ExpressionSupport expressions;
    private final FilterCompiler matcher;
    private final DocumentWrites writes;
    private final WritePath writePath;
    private final AtomicLong collectionOrder = new AtomicLong();
    private final ConcurrentHashMap<String, CollectionData> collections = new ConcurrentHashMap<>();
    /** Transactions begun and perhaps still open, so that {@link #clear()} can roll them back. */
    private final Set<EngineTransaction> openTransactions = ConcurrentHashMap.newKeySet();

    public DatabaseEngine(DocumentStore store, Clock clock, EngineSettings settings, ExpressionSupport expressions) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.expressions = expressions;
        this.matcher = new FilterCompiler(expressions);
        IdGenerator ids = new IdGenerator(settings.envId());
        this.writes = new DocumentWrites(matcher, ids, settings.envId());
        this.writePath = new WritePath(store, settings.lockTimeout());
        loadFromStore(ids);
    }

    /** Takes over what a store kept in a file holds, so that new sequence numbers and ids follow the stored ones. */
    private void loadFromStore(IdGenerator ids) {
        for (String name : store.collections()) {
            CollectionData data = new CollectionData(name);
            store.load(name, (seq, json) -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> doc = (Map<String, Object>) JsonCodec.parse(json, true);
                data.put(doc.get("_id"), new CollectionData.Entry(seq, doc));
                writePath.sequence.accumulateAndGet(seq + 1, Math::max);
                ids.skipPast(doc.get("_id"));
            });
            collections.put(name, data);
        }
        collectionOrder.set(store.nextCollectionOrder());
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
            return UUID.randomUUID().toString();
        });
    }

    /** Creates a collection unless it exists; returns whether it was created. */
    public boolean create(String name) {
        CollectionNames.check(name);
        boolean[] created = {false};
        collections.computeIfAbsent(name, n -> {
            store.createCollection(n, collectionOrder.getAndIncrement());
            created[0] = true;
            return new CollectionData(n);
        });
        return created[0];
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
        for (SeedCollection seed : seeds) {
            create(seed.name());
            CollectionData data = collections.get(seed.name());
            Lock lock = data.lock.writeLock();
            lock.lock();
            try {
                if (store.isInMemory() && data.adopt(seed.shared(), seed.mayContainGeo())) {
                    continue;
                }
                Map<Long, String> stored = new LinkedHashMap<>(seed.documents().size() * 2);
                List<CollectionData.Entry> entries = new ArrayList<>(seed.documents().size());
                for (SeedCollection.Document d : seed.documents()) {
                    CollectionData.Entry old = data.get(d.id());
                    long seq = old != null ? old.seq() : writePath.sequence.getAndIncrement();
                    stored.put(seq, d.json());
                    entries.add(new CollectionData.Entry(seq, d.fields()));
                }
                store.seed(seed.name(), stored);
                data.putSeeded(entries, seed.mayContainGeo());
            } finally {
                lock.unlock();
            }
        }
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
        for (String name : new ArrayList<>(collections.keySet())) {
            CollectionData data = collections.get(name);
            Lock lock = data.lock.writeLock();
            lock.lock();
            try {
                collections.remove(name);
                store.dropCollection(name);
            } finally {
                lock.unlock();
            }
        }
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
            CollectionData data = forRead(collection);
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
        List<String> names = new ArrayList<>(store.collections());
        names.retainAll(collections.keySet());
        return names;
    }

    /** A consistent copy of a collection's documents in natural order, or an empty list if it does not exist. */
    public List<Map<String, Object>> documents(String collection) {
        CollectionData data = collections.get(collection);
        if (data == null) {
            return List.of();
        }
        Lock lock = data.lock.readLock();
        lock.lock();
        try {
            return data.documents();
        } finally {
            lock.unlock();
        }
    }

    private CollectionData existing(String name) {
        CollectionData data = collections.get(name);
        if (data == null) {
            throw new DatabaseError(ErrorCode.DATABASE_COLLECTION_NOT_EXISTS, String.format(NOT_EXIST, name));
        }
        return data;
    }

    /** For reads: with auto-create on, a missing collection reads as empty. */
    private CollectionData forRead(String name) {
        CollectionData data = collections.get(name);
        if (data == null && settings.autoCreateCollections()) {
            return new CollectionData(name);
        }
        return data == null ? existing(name) : data;
    }

    /** For writes: with auto-create on, a missing collection is created. */
    CollectionData forWrite(String name) {
        if (settings.autoCreateCollections() && !collections.containsKey(name)) {
            create(name);
        }
        return existing(name);
    }

    // ------------------------------------------------------------------ queries

    /** {@code collection.where(...).orderBy(...).skip(...).limit(...).field(...).get()}. */
    public List<Map<String, Object>> get(QuerySpec q) {
        return get("collection.get", q);
    }

    /** A query for the call {@code api} (its name starts the error messages), as {@link #get(QuerySpec)}. */
    public List<Map<String, Object>> get(String api, QuerySpec q) {
        return query(api, q, false).docs();
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
        return query(api, q, true);
    }

    private Page query(String api, QuerySpec q, boolean measure) {
        return request(api, () -> {
            ValueEncoder values = newRequest();
            Map<String, Object> wire = encodeWhere(values, q.where());
            Filter filter = matcher.compile(wire);
            IndexProbe probe = probe(wire);
            Optional<Near> near = Near.find(wire);
            Sorter sorter = Sorter.of(q.orders() == null ? Map.of() : q.orders());
            Projection projection = Projection.compile(q.projection(), matcher);
            int skip = skip(q.skip());
            int limit = limit(q.limit());
            CollectionData data = forRead(q.collection());
            List<Map<String, Object>> matches = new ArrayList<>();
            long[] bytes = {0};
            Lock lock = data.lock.readLock();
            lock.lock();
            try {
                int wanted = sorter.isEmpty() && near.isEmpty() ? skip + limit : Integer.MAX_VALUE;
                data.forEachMatch(Deadline.guard(filter), probe, e -> {
                    matches.add(e.doc());
                    if (measure) {
                        bytes[0] = JsonSizeBound.add(bytes[0], e.jsonBytesAtMost());
                    }
                    return matches.size() < wanted;
                });
            } finally {
                lock.unlock();
            }
            // $nearSphere orders nearest first; an explicit orderBy then sorts, ties keeping that order.
            List<Map<String, Object>> sorted = sorter.sort(near.map(n -> n.sort(matches)).orElse(matches));
            int from = Math.min(skip, sorted.size());
            int to = Math.min(sorted.size(), from + limit);
            List<Map<String, Object>> page = new ArrayList<>(to - from);
            for (Map<String, Object> doc : sorted.subList(from, to)) {
                page.add(projection.apply(doc));
            }
            // A projection only leaves out, so the stored documents' bound holds for what it leaves.
            return new Page(Collections.unmodifiableList(page), JsonSizeBound.add(bytes[0], 2 + page.size()));
        });
    }

    /** {@code collection.where(...).count()}: skip, limit, order and projection are ignored. */
    public long count(QuerySpec q) {
        return request("collection.count", () -> {
            Map<String, Object> wire = encodeWhere(newRequest(), q.where());
            Filter filter = matcher.compile(wire);
            IndexProbe probe = probe(wire);
            CollectionData data = forRead(q.collection());
            Lock lock = data.lock.readLock();
            lock.lock();
            try {
                return data.count(Deadline.guard(filter), probe);
            } finally {
                lock.unlock();
            }
        });
    }

    /** A {@code where} condition as the SDK sends it, refused first if it is nested too deeply to send. */
    public static Map<String, Object> encodeWhere(ValueEncoder values, Object where) {
        DocumentLimits.checkRequest(where, DocumentLimits.TOO_DEEP);
        return new QueryEncoder(values).encodeWhere(where);
    }

    private IndexProbe probe(Map<String, Object> wire) {
        return settings.pathIndexes() ? IndexProbe.of(wire).orElse(null) : null;
    }

    private int limit(Integer limit) {
        if (limit == null || limit == 0) {
            return settings.defaultLimit();
        }
        return Math.min(Math.abs(limit), settings.maxLimit());
    }

    private static int skip(Integer skip) {
        if (skip == null) {
            return 0;
        }
        if (skip < 0) {
            throw DatabaseError.requestFail("skip value must be non-negative, but received: " + skip);
        }
        return skip;
    }

    // ------------------------------------------------------------------ aggregation

    /**
     * {@code collection.aggregate()...end()}, and the entry point for cloud functions: runs a pipeline in its wire
     * form, {@code [{"$match": <where condition>}, {"$group": {...}}, ...]}, and returns the resulting documents,
     * unmodifiable. Without a top-level {@code $limit} stage at most {@value #AGGREGATE_DEFAULT_LIMIT} come back, as
     * on the platform.
     */
    public List<Map<String, Object>> aggregate(String collection, List<? extends Map<String, ?>> pipeline) {
        return request("collection.aggregate", () -> {
            if (pipeline == null) {
                throw SdkErrors.parameterType("pipeline", "array", null);
            }
            List<Object> stages = new ArrayList<>(pipeline);
            for (Object stage : stages) {
                DocumentLimits.checkRequest(stage, DocumentLimits.TOO_DEEP);
            }
            if (!Pipeline.hasLimit(stages)) {
                stages.add(Map.of("$limit", AGGREGATE_DEFAULT_LIMIT));
            }
            Pipeline compiled = Pipeline.compile(stages, this::scan, newRequest(), expressions,
                    settings.envId() + "." + collection);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> result = (List<Map<String, Object>>) Frozen.freeze(
                    compiled.run(collection, true));
            return result;
        });
    }

    /** The matching documents of a collection for a pipeline; a missing one is empty unless it is required. */
    private List<Map<String, Object>> scan(String name, Filter filter, IndexProbe probe, boolean required) {
        CollectionData data = required ? forRead(name) : collections.get(name);
        if (data == null) {
            return List.of();
        }
        List<Map<String, Object>> out = new ArrayList<>();
        Lock lock = data.lock.readLock();
        lock.lock();
        try {
            data.forEachMatch(Deadline.guard(filter), settings.pathIndexes() ? probe : null, e -> out.add(e.doc()));
        } finally {
            lock.unlock();
        }
        return out;
    }

    /**
     * Whether documents of the collection may hold GeoJSON, which reads then decode into {@code Geo} values; false
     * lets reads skip that walk.
     */
    public boolean mayContainGeo(String collection) {
        CollectionData data = collections.get(collection);
        return data != null && data.mayContainGeo();
    }

    // ------------------------------------------------------------------ writes

    /**
     * {@code collection.add({data})}: one object gives its {@code _id}, a list (server batch) the list of ids.
     * A batch is all-or-nothing.
     */
    public Object add(String collection, Object data) {
        return request("collection.add", () -> {
            ValueEncoder values = newRequest();
            boolean batch = data instanceof List;
            List<?> items = batch ? (List<?>) data : Collections.singletonList(data);
            List<Map<String, Object>> docs = new ArrayList<>(items.size());
            for (Object item : items) {
                docs.add(writes.prepareNew(values, item, "collection.add"));
            }
            List<Object> added = writePath.write(forWrite(collection), changes -> {
                List<Object> ids = new ArrayList<>(docs.size());
                for (Map<String, Object> doc : docs) {
                    ids.add(writes.insert(changes, doc, values.now()));
                }
                return ids;
            });
            return batch ? Collections.unmodifiableList(added) : added.get(0);
        });
    }

    /** {@code where(...).update({data, multi})}: the number of documents really modified. */
    public long update(QuerySpec q, Object data, boolean multi) {
        return update("collection.update", q, data, multi);
    }

    /** An update for the call {@code api} (its name starts the error messages), as {@link #update}. */
    public long update(String api, QuerySpec q, Object data, boolean multi) {
        return request(api, () -> {
            ValueEncoder values = newRequest();
            Map<String, Object> wireFilter = encodeWhere(values, q.where());
            Filter filter = matcher.compile(wireFilter);
            UpdateApplier update = writes.prepareUpdate(values, data);
            CollectionData coll = existingForWrite(q.collection());
            if (coll == null || update.isEmpty()) {
                return 0L;
            }
            Positional positional = update.usesPositional() ? new Positional(matcher, wireFilter) : null;
            IndexProbe probe = probe(wireFilter);
            return writePath.write(coll, changes -> {
                long[] modified = {0};
                coll.forEachMatch(Deadline.guard(filter), probe, e -> {
                    Map<String, Object> doc = e.doc();
                    UpdateApplier.Outcome outcome = update.apply(doc, positional == null
                            ? PositionalIndex.NONE
                            : path -> positional.firstMatch(doc, path));
                    if (outcome.modified()) {
                        DocumentLimits.checkUpdated(outcome.document());
                        changes.replace(doc.get("_id"), outcome.document());
                        modified[0]++;
                    }
                    return multi;
                });
                return modified[0];
            });
        });
    }

    /** {@code where(...).remove({multi})}: the number of documents removed. */
    public long remove(QuerySpec q, boolean multi) {
        return remove("collection.remove", q, multi);
    }

    /** A removal for the call {@code api} (its name starts the error messages), as {@link #remove}. */
    public long remove(String api, QuerySpec q, boolean multi) {
        return request(api, () -> {
            Map<String, Object> wire = encodeWhere(newRequest(), q.where());
            Filter filter = matcher.compile(wire);
            IndexProbe probe = probe(wire);
            CollectionData coll = existingForWrite(q.collection());
            if (coll == null) {
                return 0L;
            }
            return writePath.write(coll, changes -> {
                long[] removed = {0};
                coll.forEachMatch(Deadline.guard(filter), probe, e -> {
                    changes.delete(e.doc().get("_id"));
                    removed[0]++;
                    return multi;
                });
                return removed[0];
            });
        });
    }

    /** Writes that match nothing on a missing collection fail like any other call, unless auto-create is on. */
    CollectionData existingForWrite(String name) {
        CollectionData data = collections.get(name);
        if (data == null && settings.autoCreateCollections()) {
            return null;
        }
        return data == null ? existing(name) : data;
    }

    // ------------------------------------------------------------------ documents

    /** {@code doc(id).get()}: the document, projected, or null when it does not exist. */
    public Map<String, Object> docGet(String collection, Object id, Map<String, Object> projection) {
        return request("document.get", () -> {
            Projection p = Projection.compile(projection, matcher);
            CollectionData coll = forRead(collection);
            Lock lock = coll.lock.readLock();
            lock.lock();
            try {
                CollectionData.Entry e = coll.get(canonicalId(id));
                return e == null ? null : p.apply(e.doc());
            } finally {
                lock.unlock();
            }
        });
    }

    /** The outcome of {@code doc(id).set()}. */
    public record SetOutcome(Object id, long updated, long created) {}

    /** {@code doc(id).set({data})}: replaces the document except {@code _id}, creating it if absent. */
    public SetOutcome docSet(String collection, Object id, Object data) {
        return request("document.set", () -> {
            Object key = canonicalId(id);
            Map<String, Object> replacement = writes.prepareSet(newRequest(), key, data);
            return writePath.write(forWrite(collection), changes -> writes.set(changes, key, replacement));
        });
    }

    /** {@code doc(id).update({data})}: 1 if the document was really modified, else 0. */
    public long docUpdate(String collection, Object id, Object data) {
        return request("document.update", () -> {
            UpdateApplier update = writes.prepareUpdate(newRequest(), data);
            Object key = canonicalId(id);
            CollectionData coll = existingForWrite(collection);
            if (coll == null || update.isEmpty()) {
                return 0L;
            }
            return writePath.write(coll, changes -> writes.update(changes, key, update));
        });
    }

    /** {@code doc(id).remove()}: 1 if the document existed, else 0. */
    public long docRemove(String collection, Object id) {
        return request("document.remove", () -> {
            Object key = canonicalId(id);
            CollectionData coll = existingForWrite(collection);
            if (coll == null) {
                return 0L;
            }
            return writePath.write(coll, changes -> writes.remove(changes, key));
        });
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
