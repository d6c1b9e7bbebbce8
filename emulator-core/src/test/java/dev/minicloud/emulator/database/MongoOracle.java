package dev.minicloud.emulator.database;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A brute-force model of MongoDB's value semantics for {@link QueryDifferentialTest}, written without any engine
 * class: path resolution, the order of values (numbers exactly, through {@link BigDecimal}), query equality and
 * comparison, and sort keys.
 */
final class MongoOracle {
    /** What a path resolves to where a branch ends nowhere. */
    static final Object MISSING = new Object() {
        @Override
        public String toString() {
            return "<missing>";
        }
    };

    /** Sorts before null: the sort key of a path holding only empty arrays. */
    private static final Object EMPTY_ARRAY = new Object();

    private MongoOracle() {}

    /**
     * The values a dotted path reaches: a segment enters a sub-document; on an array a numeric segment is an index
     * and every segment also enters each element that is a document; a branch ending nowhere gives {@link #MISSING}.
     */
    static List<Object> leaves(Object doc, String path) {
        List<Object> out = new ArrayList<>();
        resolve(doc, path.split("\\."), 0, out);
        return out;
    }

    private static void resolve(Object node, String[] segments, int i, List<Object> out) {
        if (i == segments.length) {
            out.add(node);
            return;
        }
        if (node instanceof Map<?, ?> m) {
            resolve(m.containsKey(segments[i]) ? m.get(segments[i]) : MISSING, segments, i + 1, out);
        } else if (node instanceof List<?> list) {
            boolean reached = false;
            if (isIndex(segments[i]) && Integer.parseInt(segments[i]) < list.size()) {
                reached = true;
                resolve(list.get(Integer.parseInt(segments[i])), segments, i + 1, out);
            }
            for (Object e : list) {
                if (e instanceof Map) {
                    reached = true;
                    resolve(e, segments, i, out);
                }
            }
            if (!reached) {
                out.add(MISSING);
            }
        } else {
            out.add(MISSING);
        }
    }

    private static boolean isIndex(String segment) {
        return segment.length() < 9 && segment.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** MongoDB's type brackets, in ascending order. */
    static int bracket(Object v) {
        if (v == null || v == MISSING) {
            return 1;
        }
        int bracket = v instanceof Number ? 2 : v instanceof String ? 3 : v instanceof Map ? 4 : v instanceof List ? 5
                : v instanceof Boolean ? 8 : v instanceof Instant ? 9 : 0;
        if (bracket == 0) {
            throw new IllegalArgumentException("unexpected value " + v);
        }
        return bracket;
    }

    static boolean isNaN(Object v) {
        return v instanceof Double d && d.isNaN();
    }

    static int compare(Object a, Object b) {
        int c = Integer.compare(bracket(a), bracket(b));
        if (c != 0) {
            return c;
        }
        return switch (bracket(a)) {
            case 1 -> 0;
            case 2 -> compareNumbers((Number) a, (Number) b);
            case 3 -> Arrays.compare(((String) a).codePoints().toArray(), ((String) b).codePoints().toArray());
            case 4 -> compareDocuments((Map<?, ?>) a, (Map<?, ?>) b);
            case 5 -> compareArrays((List<?>) a, (List<?>) b);
            case 8 -> Boolean.compare((Boolean) a, (Boolean) b);
            default -> ((Instant) a).compareTo((Instant) b);
        };
    }

    /** NaN is below every number and equal to itself; everything else by exact value. */
    private static int compareNumbers(Number a, Number b) {
        if (isNaN(a) || isNaN(b)) {
            return Boolean.compare(!isNaN(a), !isNaN(b));
        }
        int ia = infinity(a);
        int ib = infinity(b);
        if (ia != 0 || ib != 0) {
            return Integer.compare(ia, ib);
        }
        if (!(a instanceof Double) && !(b instanceof Double)) {
            return Long.compare(a.longValue(), b.longValue());
        }
        if (a instanceof Double && b instanceof Double) {
            return a.doubleValue() < b.doubleValue() ? -1 : (a.doubleValue() > b.doubleValue() ? 1 : 0);
        }
        // A long against a double: exactly, in decimal. A double below 1 or beyond 2^64 in magnitude is decided by
        // signs alone (its exact decimal expansion would be hundreds of digits long).
        double d = a instanceof Double ? a.doubleValue() : b.doubleValue();
        if (Math.abs(d) < 1 || Math.abs(d) >= 0x1p64) {
            // Stands for the long: a nonzero long is beyond any |d| < 1, and any long is within |d| >= 2^64.
            double l = Math.abs(d) < 1 ? Math.signum((double) (a instanceof Double ? b : a).longValue()) : 0;
            double x = a instanceof Double ? d : l;
            double y = b instanceof Double ? d : l;
            return x < y ? -1 : (x > y ? 1 : 0);
        }
        return exact(a).compareTo(exact(b));
    }

    private static int infinity(Number n) {
        return n instanceof Double d && d.isInfinite() ? (d > 0 ? 1 : -1) : 0;
    }

    private static BigDecimal exact(Number n) {
        return n instanceof Double || n instanceof Float ? new BigDecimal(n.doubleValue()) : BigDecimal.valueOf(
                n.longValue());
    }

    /** Field by field: each field as (type bracket, name, value), then the shorter document first. */
    private static int compareDocuments(Map<?, ?> a, Map<?, ?> b) {
        return compareArrays(fields(a), fields(b));
    }

    private static List<Object> fields(Map<?, ?> doc) {
        List<Object> out = new ArrayList<>();
        doc.forEach((k, v) -> out.add(Arrays.asList(bracket(v), k, v)));
        return out;
    }

    private static int compareArrays(List<?> a, List<?> b) {
        for (int k = 0; k < Math.min(a.size(), b.size()); k++) {
            int c = compare(a.get(k), b.get(k));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    static boolean equal(Object a, Object b) {
        return bracket(a) == bracket(b) && compare(a, b) == 0 && (a == MISSING) == (b == MISSING);
    }

    /** Query equality on one reached value: equal, or an array holding an equal element; null also finds missing. */
    static boolean equalsLeaf(Object expected, Object leaf) {
        if (expected == null && leaf == MISSING) {
            return true;
        }
        if (leaf == MISSING) {
            return false;
        }
        if (equal(leaf, expected)) {
            return true;
        }
        return leaf instanceof List<?> l && l.stream().anyMatch(e -> equal(e, expected));
    }

    /** A query comparison on one value, without looking into arrays: same type bracket only; NaN equals only NaN. */
    static boolean comparesSingle(String op, Object operand, Object v) {
        if (operand == null) {
            return (op.equals("$gte") || op.equals("$lte")) && (v == null || v == MISSING);
        }
        if (v == MISSING || bracket(v) != bracket(operand)) {
            return false;
        }
        if (isNaN(v) || isNaN(operand)) {
            return (op.equals("$gte") || op.equals("$lte")) && isNaN(v) && isNaN(operand);
        }
        int c = compare(v, operand);
        return switch (op) {
            case "$gt" -> c > 0;
            case "$gte" -> c >= 0;
            case "$lt" -> c < 0;
            default -> c <= 0;
        };
    }

    /** A query comparison on one reached value: the value itself or, for an array, any element. */
    static boolean comparesLeaf(String op, Object operand, Object leaf) {
        if (comparesSingle(op, operand, leaf)) {
            return true;
        }
        return leaf instanceof List<?> l && l.stream().anyMatch(e -> comparesSingle(op, operand, e));
    }

    /** An array seen as the document MongoDB stores it as: its indexes as keys. */
    static Map<String, Object> asDocument(List<?> array) {
        Map<String, Object> doc = new LinkedHashMap<>();
        for (int k = 0; k < array.size(); k++) {
            doc.put(String.valueOf(k), array.get(k));
        }
        return doc;
    }

    /**
     * The sort key of a document: the smallest (ascending) or largest (descending) value the path reaches, array
     * elements counted one by one, missing as null; a path reaching only empty arrays sorts before null.
     */
    static Object sortKey(Map<String, Object> doc, String path, boolean ascending) {
        List<Object> candidates = new ArrayList<>();
        boolean empty = false;
        for (Object leaf : leaves(doc, path)) {
            if (leaf instanceof List<?> l) {
                empty |= l.isEmpty();
                candidates.addAll(l);
            } else {
                candidates.add(leaf == MISSING ? null : leaf);
            }
        }
        if (candidates.isEmpty()) {
            return empty ? EMPTY_ARRAY : null;
        }
        Object best = candidates.get(0);
        for (Object c : candidates) {
            int d = compare(c, best);
            if (ascending ? d < 0 : d > 0) {
                best = c;
            }
        }
        return best;
    }

    static int compareSortKeys(Object a, Object b) {
        if (a == EMPTY_ARRAY || b == EMPTY_ARRAY) {
            return a == b ? 0 : (a == EMPTY_ARRAY ? -1 : 1);
        }
        return compare(a, b);
    }
}
