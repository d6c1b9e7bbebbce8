package dev.minicloud.emulator.internal.database.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A seed's documents laid out as a collection's slots, built once when the seed is prepared and then shared,
 * read-only, by every environment seeded from it: seeding an empty collection copies the chunk table (one reference
 * per {@value SlotTable#CHUNK} documents), not the documents, and a write copies only the chunk it changes.
 *
 * <p>Seeded entries carry negative storage keys ({@code -1 - position}), which no document written later takes, so
 * an environment's store needs none of them until one is changed.
 */
public final class SharedSlots {
    final CollectionData.Entry[][] chunks;
    final int size;
    final Map<Object, Integer> slotOf;

    private SharedSlots(CollectionData.Entry[][] chunks, int size, Map<Object, Integer> slotOf) {
        this.chunks = chunks;
        this.size = size;
        this.slotOf = slotOf;
    }

    /** The layout of prepared documents, or null if two share an {@code _id} (the later one must replace). */
    static SharedSlots of(List<SeedCollection.Document> documents) {
        int n = documents.size();
        CollectionData.Entry[][] chunks = new CollectionData.Entry[(n + SlotTable.CHUNK - 1) / SlotTable.CHUNK][];
        Map<Object, Integer> slotOf = new HashMap<>(n * 4 / 3 + 1);
        for (int s = 0; s < n; s++) {
            SeedCollection.Document d = documents.get(s);
            if (slotOf.put(d.id(), s) != null) {
                return null;
            }
            int chunk = s / SlotTable.CHUNK;
            if (chunks[chunk] == null) {
                chunks[chunk] = new CollectionData.Entry[SlotTable.CHUNK];
            }
            chunks[chunk][s % SlotTable.CHUNK] = new CollectionData.Entry(-1L - s, d.fields());
        }
        return new SharedSlots(chunks, n, slotOf);
    }
}
