package dev.minicloud.emulator.internal.database.query;

import dev.minicloud.emulator.internal.common.value.Missing;
import dev.minicloud.emulator.internal.common.value.ValueOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * MongoDB's sort: keys in priority order; values compare across types in {@link ValueOrder}; a missing field sorts
 * as null; an array sorts by its smallest element ascending and its largest descending; an empty array sorts before
 * null. Ties keep insertion order, so results are deterministic.
 */
public final class Sorter {
    private record Key(FieldPath path, boolean ascending) {}

    /** Sorts before null: an empty array's sort key. */
    private static final Object EMPTY_ARRAY = new Object();

    private final List<Key> keys;

    private Sorter(List<Key> keys) {
        this.keys = keys;
    }

    /**
     * A sorter from {@code orderBy} calls, in priority order.
     *
     * @param orders path to {@code 1} (ascending) or {@code -1} (descending)
     */
    public static Sorter of(Map<String, Integer> orders) {
        List<Key> keys = new ArrayList<>(orders.size());
        orders.forEach((path, dir) -> keys.add(new Key(FieldPath.of(path), dir >= 0)));
        return new Sorter(keys);
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    /** The documents in sort order (a new list); the input is not changed. */
    public List<Map<String, Object>> sort(List<Map<String, Object>> documents) {
        if (keys.isEmpty() || documents.size() < 2) {
            return documents;
        }
        int n = documents.size();
        Object[][] sortKeys = new Object[n][];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            sortKeys[i] = new Object[keys.size()];
            for (int k = 0; k < keys.size(); k++) {
                sortKeys[i][k] = sortKey(documents.get(i), keys.get(k));
            }
        }
        Comparator<Integer> byKeys = (a, b) -> {
            for (int k = 0; k < keys.size(); k++) {
                int c = compareKeys(sortKeys[a][k], sortKeys[b][k]);
                if (c != 0) {
                    return keys.get(k).ascending() ? c : -c;
                }
            }
            return 0;
        };
        Arrays.sort(order, byKeys);
        List<Map<String, Object>> sorted = new ArrayList<>(n);
        for (Integer i : order) {
            sorted.add(documents.get(i));
        }
        return sorted;
    }

    private static int compareKeys(Object a, Object b) {
        if (a == EMPTY_ARRAY || b == EMPTY_ARRAY) {
            return a == b ? 0 : (a == EMPTY_ARRAY ? -1 : 1);
        }
        return ValueOrder.compare(a, b);
    }

    private static Object sortKey(Map<String, Object> doc, Key key) {
        List<Object> candidates = new ArrayList<>(2);
        boolean[] sawEmptyArray = {false};
        key.path().forEachLeaf(doc, leaf -> {
            if (leaf instanceof List<?> l) {
                if (l.isEmpty()) {
                    sawEmptyArray[0] = true;
                }
                candidates.addAll(l);
            } else {
                candidates.add(leaf == Missing.VALUE ? null : leaf);
            }
        });
        if (candidates.isEmpty()) {
            return sawEmptyArray[0] ? EMPTY_ARRAY : null;
        }
        Object best = candidates.get(0);
        for (int i = 1; i < candidates.size(); i++) {
            int c = ValueOrder.compare(candidates.get(i), best);
            if (key.ascending() ? c < 0 : c > 0) {
                best = candidates.get(i);
            }
        }
        return best;
    }
}
