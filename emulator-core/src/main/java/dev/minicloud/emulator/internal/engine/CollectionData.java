package dev.minicloud.emulator.internal.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The committed documents of one collection, decoded and frozen, in insertion order: the read side of the store.
 * Queries read it under the read lock; writers change the H2 store and then this view under the write lock, so
 * readers never see half of a change.
 */
final class CollectionData {
    /** A stored document and its key in the H2 store. */
    record Entry(long seq, Map<String, Object> doc) {}

    final String name;
    final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    /** Keyed by the canonical {@code _id}. */
    final LinkedHashMap<Object, Entry> docs;

    CollectionData(String name) {
        this.name = name;
        this.docs = new LinkedHashMap<>();
    }

    CollectionData(String name, LinkedHashMap<Object, Entry> docs) {
        this.name = name;
        this.docs = docs;
    }
}
