package dev.minicloud.emulator.internal.database.engine;

import dev.minicloud.emulator.base.ErrorCode;
import dev.minicloud.emulator.internal.common.json.JsonCodec;
import dev.minicloud.emulator.internal.database.query.DatabaseError;
import dev.minicloud.emulator.internal.database.query.Deadline;
import dev.minicloud.emulator.internal.database.query.Filter;
import dev.minicloud.emulator.internal.database.query.IndexProbe;
import dev.minicloud.emulator.internal.database.store.DocumentStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;

/**
 * The collections of one database: which exist, in what order they were created, their decoded documents, and the
 * rule each kind of call follows for a missing one. Creating, seeding and dropping write through to the H2 store.
 */
final class EngineCollections {
    /** The missing-collection message the backend appends after the code text. */
    static final String NOT_EXIST = "[ResourceNotFound] Db or Table not exist: %s. Please check your request, but if"
            + " the problem cannot be solved, contact us.";

    private final DocumentStore store;
    private final EngineSettings settings;
    private final AtomicLong collectionOrder = new AtomicLong();
    private final ConcurrentHashMap<String, CollectionData> collections = new ConcurrentHashMap<>();

    EngineCollections(DocumentStore store, EngineSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    /** Takes over what a store kept in a file holds, so that new sequence numbers and ids follow the stored ones. */
    void loadFromStore(IdGenerator ids, AtomicLong sequence) {
        for (String name : store.collections()) {
            CollectionData data = new CollectionData(name);
            store.load(name, (seq, json) -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> doc = (Map<String, Object>) JsonCodec.parse(json, true);
                data.put(doc.get("_id"), new CollectionData.Entry(seq, doc));
                sequence.accumulateAndGet(seq + 1, Math::max);
                ids.skipPast(doc.get("_id"));
            });
            collections.put(name, data);
        }
        collectionOrder.set(store.nextCollectionOrder());
    }

    /** Creates a collection unless it exists; returns whether it was created. */
    boolean create(String name) {
        CollectionNames.check(name);
        boolean[] created = {false};
        collections.computeIfAbsent(name, n -> {
            store.createCollection(n, collectionOrder.getAndIncrement());
            created[0] = true;
            return new CollectionData(n);
        });
        return created[0];
    }

    /** Writes prepared documents, creating their collections as needed (see {@link DatabaseEngine#seed}). */
    void seed(Collection<SeedCollection> seeds, AtomicLong sequence) {
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
                    long seq = old != null ? old.seq() : sequence.getAndIncrement();
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

    /** Drops every collection, each under its write lock so that no reader sees it half gone. */
    void dropAll() {
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

    /** The names of the existing collections, in the order they were created. */
    List<String> names() {
        List<String> names = new ArrayList<>(store.collections());
        names.retainAll(collections.keySet());
        return names;
    }

    /** A consistent copy of a collection's documents in natural order, or an empty list if it does not exist. */
    List<Map<String, Object>> documents(String collection) {
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

    /** Whether documents of the collection may hold GeoJSON. */
    boolean mayContainGeo(String collection) {
        CollectionData data = collections.get(collection);
        return data != null && data.mayContainGeo();
    }

    /** The matching documents of a collection for a pipeline; a missing one is empty unless it is required. */
    List<Map<String, Object>> scan(String name, Filter filter, IndexProbe probe, boolean required) {
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

    /** The index probe for a wire condition, or null when path indexes are off or cannot serve it. */
    IndexProbe probe(Map<String, Object> wire) {
        return settings.pathIndexes() ? IndexProbe.of(wire).orElse(null) : null;
    }

    /** For reads: with auto-create on, a missing collection reads as empty. */
    CollectionData forRead(String name) {
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

    /** Writes that match nothing on a missing collection fail like any other call, unless auto-create is on. */
    CollectionData existingForWrite(String name) {
        CollectionData data = collections.get(name);
        if (data == null && settings.autoCreateCollections()) {
            return null;
        }
        return data == null ? existing(name) : data;
    }

    private CollectionData existing(String name) {
        CollectionData data = collections.get(name);
        if (data == null) {
            throw new DatabaseError(ErrorCode.DATABASE_COLLECTION_NOT_EXISTS, String.format(NOT_EXIST, name));
        }
        return data;
    }
}
