package dev.minicloud.emulator.internal.database.engine;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The documents open transactions have written, by collection and {@code _id}, until they commit or roll back. H2
 * locks rows, but a row is a storage slot: two inserts of one new {@code _id} would take different slots, so
 * transactions lock documents here.
 */
final class DocumentLocks {
    /** A document of a collection; ids are canonical. */
    record Key(String collection, Object id) {}

    private final ConcurrentHashMap<Key, EngineTransaction> holders = new ConcurrentHashMap<>();

    /** The open transaction holding a document, or null. */
    EngineTransaction holder(String collection, Object id) {
        return holders.isEmpty() ? null : holders.get(new Key(collection, id));
    }

    /** Takes a document for {@code tx}; returns the other transaction holding it instead, or null on success. */
    EngineTransaction claim(String collection, Object id, EngineTransaction tx) {
        EngineTransaction previous = holders.putIfAbsent(new Key(collection, id), tx);
        return previous == null || previous == tx ? null : previous;
    }

    /** Frees a document {@code tx} holds. */
    void release(Key key, EngineTransaction tx) {
        holders.remove(key, tx);
    }
}
