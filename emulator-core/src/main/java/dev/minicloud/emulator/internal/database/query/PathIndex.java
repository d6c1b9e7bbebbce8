package dev.minicloud.emulator.internal.database.query;

import dev.minicloud.emulator.internal.common.value.Missing;
import dev.minicloud.emulator.internal.common.value.ValueOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * An in-memory index of one path in one collection: each scalar the path resolves to (array elements included, and
 * null for null or missing) maps to the slots of the documents holding it, in MongoDB's value order.
 *
 * <p>It only narrows: a scalar equality or range can hold only for documents filed under a matching key (an object,
 * an array or a regular expression never equals or compares with a scalar), and every candidate is still checked by
 * the one matcher. So the index changes how fast a query runs, never what it returns.
 */
public final class PathIndex {
    /** A bound at the low or high end of a type bracket, for ranges that are open on one side. */
    private record Bound(int bracket, int side) {}

    private static final Comparator<Object> KEY_ORDER = PathIndex::compareKeys;

    private final FieldPath path;
    private final TreeMap<Object, IntList> keys = new TreeMap<>(KEY_ORDER);
    /**
     * Documents whose path reaches an array: the halves of a range may be met by different elements there, so a
     * two-sided range cannot be narrowed to the keys between its bounds for them.
     */
    private final IntList multiValued = new IntList();

    public PathIndex(String path) {
        this.path = FieldPath.of(path);
    }

    /** Whether a value can be a key: the scalars, and null. */
    public static boolean isKey(Object v) {
        return v == null || v instanceof String || v instanceof Number || v instanceof Boolean
                || v instanceof Instant;
    }

    private static int compareKeys(Object a, Object b) {
        if (a instanceof Bound || b instanceof Bound) {
            int ba = a instanceof Bound x ? x.bracket() : ValueOrder.bracket(a);
            int bb = b instanceof Bound y ? y.bracket() : ValueOrder.bracket(b);
            if (ba != bb) {
                return Integer.compare(ba, bb);
            }
            return Integer.compare(a instanceof Bound x ? x.side() : 0, b instanceof Bound y ? y.side() : 0);
        }
        return ValueOrder.compare(a, b);
    }

    /** Files a document under the keys its path resolves to. */
    public void add(int slot, Map<String, Object> doc) {
        boolean[] multi = {false};
        for (Object key : keysOf(doc, multi)) {
            keys.computeIfAbsent(key, k -> new IntList()).add(slot);
        }
        if (multi[0]) {
            multiValued.add(slot);
        }
    }

    /** Removes a document filed by {@link #add} with the same content. */
    public void remove(int slot, Map<String, Object> doc) {
        multiValued.remove(slot);
        for (Object key : keysOf(doc, new boolean[1])) {
            removeKey(key, slot);
        }
    }

    /**
     * Re-files a document whose content changed from {@code before} to {@code after}: only under the keys that
     * differ, so a write that leaves this path alone costs two path walks and no change to the posting lists.
     */
    public void replace(int slot, Map<String, Object> before, Map<String, Object> after) {
        boolean[] wasMulti = {false};
        boolean[] isMulti = {false};
        List<Object> old = keysOf(before, wasMulti);
        List<Object> now = keysOf(after, isMulti);
        if (wasMulti[0] != isMulti[0]) {
            if (isMulti[0]) {
                multiValued.add(slot);
            } else {
                multiValued.remove(slot);
            }
        }
        for (Object key : old) {
            if (!containsKey(now, key)) {
                removeKey(key, slot);
            }
        }
        for (Object key : now) {
            if (!containsKey(old, key)) {
                keys.computeIfAbsent(key, k -> new IntList()).add(slot);
            }
        }
    }

    private void removeKey(Object key, int slot) {
        IntList slots = keys.get(key);
        if (slots != null) {
            slots.remove(slot);
            if (slots.isEmpty()) {
                keys.remove(key);
            }
        }
    }

    private List<Object> keysOf(Map<String, Object> doc, boolean[] multi) {
        List<Object> out = new ArrayList<>(2);
        int[] leaves = {0};
        path.forEachLeaf(doc, leaf -> {
            if (++leaves[0] > 1 || leaf instanceof List) {
                multi[0] = true;
            }
            if (leaf == Missing.VALUE || leaf == null) {
                addDistinct(out, null);
            } else if (leaf instanceof List<?> list) {
                for (Object e : list) {
                    if (isKey(e)) {
                        addDistinct(out, e);
                    }
                }
            } else if (isKey(leaf)) {
                addDistinct(out, leaf);
            }
        });
        return out;
    }

    private static void addDistinct(List<Object> keys, Object key) {
        if (!containsKey(keys, key)) {
            keys.add(key);
        }
    }

    private static boolean containsKey(List<Object> keys, Object key) {
        for (Object k : keys) {
            if (k == null ? key == null : key != null && ValueOrder.equal(k, key)) {
                return true;
            }
        }
        return false;
    }

    /** How many documents are filed under {@code key}. */
    public int count(Object key) {
        IntList slots = keys.get(key);
        return slots == null ? 0 : slots.size();
    }

    /** Whether some document's path reaches an array, or more than one value. */
    public boolean hasMultiValued() {
        return !multiValued.isEmpty();
    }

    /** Adds the slots of documents that may equal {@code key}. */
    public void equalTo(Object key, BitSet candidates) {
        IntList slots = keys.get(key);
        if (slots != null) {
            slots.addTo(candidates);
        }
    }

    /**
     * Adds the slots of documents that may hold a value in the range; a null bound is open. Only keys of the bounds'
     * type bracket qualify; with two bounds, documents whose path reaches an array always qualify.
     */
    public void range(Object low, boolean lowInclusive, Object high, boolean highInclusive, BitSet candidates) {
        if (low != null && high != null) {
            multiValued.addTo(candidates);
            if (ValueOrder.bracket(low) != ValueOrder.bracket(high)) {
                return;
            }
        }
        int bracket = ValueOrder.bracket(low != null ? low : high);
        Object from = low != null ? low : new Bound(bracket, -1);
        Object to = high != null ? high : new Bound(bracket, 1);
        if (compareKeys(from, to) > 0 || compareKeys(from, to) == 0 && !(lowInclusive && highInclusive)) {
            return;
        }
        NavigableMap<Object, IntList> slice = keys.subMap(from, low == null || lowInclusive, to,
                high == null || highInclusive);
        for (IntList slots : slice.values()) {
            slots.addTo(candidates);
        }
    }
}
