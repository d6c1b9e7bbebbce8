package dev.minicloud.emulator.internal.database.engine;

import dev.minicloud.emulator.internal.database.geo.GeoJson;
import dev.minicloud.emulator.internal.common.json.JsonSizeBound;
import dev.minicloud.emulator.internal.database.query.Filter;
import dev.minicloud.emulator.internal.database.query.IndexProbe;
import dev.minicloud.emulator.internal.database.query.PathIndex;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;

/**
 * The committed documents of one collection, decoded and frozen, in natural (insertion) order: the read side of the
 * store. Queries read it under the read lock; writers change the H2 store and then this view under the write lock,
 * so readers never see half of a change.
 *
 * <p>Large collections get a {@link PathIndex} for a path the first time a query can use one; writers keep every
 * index current. Indexes only narrow the documents the matcher checks.
 */
final class CollectionData {
    /** Collections smaller than this are always scanned: an index would cost more than it saves. */
    static final int INDEX_THRESHOLD = 1000;
    /** At most this many paths are indexed per collection, bounding the cost added to writes. */
    static final int MAX_INDEXES = 16;

    /**
     * A stored document and its key in the H2 store, with a bound on the size of its JSON worked out on first use
     * (client reads check their answer against 1 MB; the document never changes, so once is enough).
     */
    static final class Entry {
        private final long seq;
        private final Map<String, Object> doc;
        /** -1 until known; a race only computes the same value twice. */
        private volatile long jsonBytesAtMost = -1;

        Entry(long seq, Map<String, Object> doc) {
            this.seq = seq;
            this.doc = doc;
        }

        long seq() {
            return seq;
        }

        Map<String, Object> doc() {
            return doc;
        }

        /** {@link JsonSizeBound#of} the document. */
        long jsonBytesAtMost() {
            long n = jsonBytesAtMost;
            if (n < 0) {
                n = JsonSizeBound.of(doc);
                jsonBytesAtMost = n;
            }
            return n;
        }
    }

    final String name;
    final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    /** Documents by slot in natural order; a removed document leaves null until the slots are compacted. */
    private final SlotTable slots = new SlotTable();
    private final ConcurrentHashMap<String, PathIndex> indexes = new ConcurrentHashMap<>();
    private int removed;
    /** Set once a document holding GeoJSON is stored; reads decode Geo values only then. */
    private volatile boolean geo;

    CollectionData(String name) {
        this.name = name;
    }

    int size() {
        return slots.size();
    }

    boolean contains(Object id) {
        return slots.slotOf(id) >= 0;
    }

    Entry get(Object id) {
        int slot = slots.slotOf(id);
        return slot < 0 ? null : slots.at(slot);
    }

    boolean mayContainGeo() {
        return geo;
    }

    /** Adds a document at the end, or replaces the one with the same id in its place. Needs the write lock. */
    void put(Object id, Entry entry) {
        if (!geo && GeoJson.containsGeoJson(entry.doc())) {
            geo = true;
        }
        place(id, entry);
    }

    /**
     * Puts seeded documents whose GeoJSON content was determined when the seed was prepared, sparing the per-document
     * walk. Needs the write lock.
     */
    void putSeeded(List<Entry> entries, boolean mayContainGeo) {
        if (mayContainGeo) {
            geo = true;
        }
        for (Entry e : entries) {
            place(e.doc().get("_id"), e);
        }
    }

    /**
     * Takes over a prepared seed's documents without copying them, if this collection is empty and has never been
     * written; returns whether it did. Needs the write lock.
     */
    boolean adopt(SharedSlots seed, boolean mayContainGeo) {
        if (seed == null || slots.slots() != 0) {
            return false;
        }
        slots.adopt(seed);
        geo |= mayContainGeo;
        return true;
    }

    private void place(Object id, Entry entry) {
        int slot = slots.slotOf(id);
        if (slot < 0) {
            slot = slots.append(id, entry);
            for (PathIndex index : indexes.values()) {
                index.add(slot, entry.doc());
            }
            return;
        }
        Entry old = slots.at(slot);
        slots.set(slot, entry);
        for (PathIndex index : indexes.values()) {
            index.replace(slot, old.doc(), entry.doc());
        }
    }

    /** Removes a document. Needs the write lock. */
    void remove(Object id) {
        int slot = slots.slotOf(id);
        if (slot < 0) {
            return;
        }
        Entry old = slots.at(slot);
        slots.remove(id, slot);
        for (PathIndex index : indexes.values()) {
            index.remove(slot, old.doc());
        }
        if (++removed > 64 && removed > slots.size()) {
            compact();
        }
    }

    /** Closes the gaps removals left, re-filing the documents under the same indexes at their new slots. */
    private void compact() {
        List<Entry> live = entries();
        slots.clear();
        removed = 0;
        List<String> paths = new ArrayList<>(indexes.keySet());
        indexes.clear();
        for (Entry e : live) {
            slots.append(e.doc().get("_id"), e);
        }
        for (String path : paths) {
            indexes.put(path, build(path));
        }
    }

    /**
     * Offers the documents matching {@code filter} to {@code visitor} in natural order until it returns false.
     * Needs a lock.
     *
     * @param probe a condition of the filter an index can narrow, or null
     */
    void forEachMatch(Filter filter, IndexProbe probe, Predicate<Entry> visitor) {
        PathIndex index = probe == null ? null : index(probe.path());
        if (index != null) {
            BitSet candidates = probe.candidates(index);
            for (int s = candidates.nextSetBit(0); s >= 0; s = candidates.nextSetBit(s + 1)) {
                Entry e = slots.at(s);
                if (e != null && filter.test(e.doc()) && !visitor.test(e)) {
                    return;
                }
            }
            return;
        }
        for (int s = 0, n = slots.slots(); s < n; s++) {
            Entry e = slots.at(s);
            if (e != null && filter.test(e.doc()) && !visitor.test(e)) {
                return;
            }
        }
    }

    /**
     * The number of documents matching {@code filter}: from the index alone when the probe is the whole filter and
     * the index files exactly the matching documents, else by testing the candidates. Needs a lock.
     */
    long count(Filter filter, IndexProbe probe) {
        PathIndex index = probe == null ? null : index(probe.path());
        if (index != null && probe.countsExactly(index)) {
            return probe.count(index);
        }
        long[] n = {0};
        forEachMatch(filter, probe, e -> {
            n[0]++;
            return true;
        });
        return n[0];
    }

    /** The index of a path, built on first use once the collection is large enough; null if it should not have one. */
    private PathIndex index(String path) {
        PathIndex index = indexes.get(path);
        if (index != null || slots.size() < INDEX_THRESHOLD || indexes.size() >= MAX_INDEXES) {
            return index;
        }
        // Built under the read lock: writers are excluded, and concurrent readers agree on the first one published.
        PathIndex built = build(path);
        PathIndex raced = indexes.putIfAbsent(path, built);
        return raced == null ? built : raced;
    }

    private PathIndex build(String path) {
        PathIndex built = new PathIndex(path);
        for (int s = 0, n = slots.slots(); s < n; s++) {
            Entry e = slots.at(s);
            if (e != null) {
                built.add(s, e.doc());
            }
        }
        return built;
    }

    /** The documents in natural order. Needs a lock. */
    List<Map<String, Object>> documents() {
        List<Map<String, Object>> out = new ArrayList<>(slots.size());
        for (int s = 0, n = slots.slots(); s < n; s++) {
            Entry e = slots.at(s);
            if (e != null) {
                out.add(e.doc());
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The entries in natural order. Needs a lock. */
    List<Entry> entries() {
        List<Entry> out = new ArrayList<>(slots.size());
        for (int s = 0, n = slots.slots(); s < n; s++) {
            Entry e = slots.at(s);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }
}
