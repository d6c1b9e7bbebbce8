package dev.minicloud.emulator.internal.database.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A collection's documents by slot, in natural (insertion) order, and the slot of each {@code _id}. Slots live in
 * chunks of {@value #CHUNK}; chunks and the id map taken over from a {@link SharedSlots} are shared with the seed
 * until written: a write copies the one chunk it changes, and ids it moves or removes are recorded over the shared
 * map. Not thread-safe: the collection's lock guards it.
 */
final class SlotTable {
    static final int CHUNK = 1024;
    /** In {@link #own}: a shared id whose document was removed. */
    private static final Integer GONE = -1;

    private CollectionData.Entry[][] chunks = new CollectionData.Entry[0][];
    /** Which chunks this table may write; the others belong to a seed. */
    private boolean[] owned = new boolean[0];
    private Map<Object, Integer> shared = Map.of();
    private final HashMap<Object, Integer> own = new HashMap<>();
    private int slots;
    private int live;

    /** Takes over a seed's documents; the table must be empty. */
    void adopt(SharedSlots seed) {
        chunks = seed.chunks.clone();
        owned = new boolean[chunks.length];
        shared = seed.slotOf;
        slots = seed.size;
        live = seed.size;
    }

    int size() {
        return live;
    }

    /** The number of slots, removed ones included. */
    int slots() {
        return slots;
    }

    /** The slot of a document, or -1. */
    int slotOf(Object id) {
        Integer s = own.get(id);
        if (s == null) {
            s = shared.get(id);
        }
        return s == null ? -1 : s;
    }

    /** The entry in a slot, or null if its document was removed. */
    CollectionData.Entry at(int slot) {
        return chunks[slot / CHUNK][slot % CHUNK];
    }

    /** Puts a new document in the next slot and returns it. */
    int append(Object id, CollectionData.Entry entry) {
        int slot = slots++;
        int chunk = slot / CHUNK;
        if (chunk == chunks.length) {
            int grown = Math.max(4, chunks.length * 2);
            chunks = Arrays.copyOf(chunks, grown);
            owned = Arrays.copyOf(owned, grown);
        }
        if (chunks[chunk] == null) {
            chunks[chunk] = new CollectionData.Entry[CHUNK];
            owned[chunk] = true;
        }
        writable(chunk)[slot % CHUNK] = entry;
        own.put(id, slot);
        live++;
        return slot;
    }

    /** Replaces the entry in an occupied slot. */
    void set(int slot, CollectionData.Entry entry) {
        writable(slot / CHUNK)[slot % CHUNK] = entry;
    }

    /** Empties the slot of a document. */
    void remove(Object id, int slot) {
        writable(slot / CHUNK)[slot % CHUNK] = null;
        if (shared.containsKey(id)) {
            own.put(id, GONE);
        } else {
            own.remove(id);
        }
        live--;
    }

    private CollectionData.Entry[] writable(int chunk) {
        if (!owned[chunk]) {
            chunks[chunk] = chunks[chunk].clone();
            owned[chunk] = true;
        }
        return chunks[chunk];
    }

    /** Drops everything, shared chunks included. */
    void clear() {
        chunks = new CollectionData.Entry[0][];
        owned = new boolean[0];
        shared = Map.of();
        own.clear();
        slots = 0;
        live = 0;
    }
}
