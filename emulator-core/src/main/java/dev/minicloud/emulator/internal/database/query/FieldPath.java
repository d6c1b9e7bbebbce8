package dev.minicloud.emulator.internal.database.query;

import dev.minicloud.emulator.internal.common.value.Missing;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A dotted path and MongoDB's way of resolving it: a segment walks into a sub-document; on an array a numeric
 * segment is an index, and any segment is also applied to every element that is a document (one level of fan-out
 * per array). A branch that ends nowhere yields {@link Missing#VALUE}.
 */
public final class FieldPath {
    /** What {@link #singleLeaf} answers for a path an array fans out. */
    public static final Object FANS_OUT = new Object();
    private final String path;
    private final String[] segments;
    private final int[] indexes;

    private FieldPath(String path) {
        this.path = path;
        this.segments = path.split("\\.", -1);
        this.indexes = new int[segments.length];
        for (int i = 0; i < segments.length; i++) {
            indexes[i] = parseIndex(segments[i]);
            if (segments[i].isEmpty()) {
                throw DatabaseError.requestFail("FieldPath field names may not be empty strings: '" + path + "'");
            }
        }
    }

    /** Parses a dotted path. */
    public static FieldPath of(String path) {
        return new FieldPath(path);
    }

    /** The path as written. */
    public String path() {
        return path;
    }

    /** The path's segments. */
    public String[] segments() {
        return segments.clone();
    }

    private static int parseIndex(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
        }
        return Integer.parseInt(s);
    }

    /** Whether {@code test} holds for at least one value the path resolves to in {@code doc}. */
    public boolean anyLeaf(Object doc, Predicate<Object> test) {
        // Walk sub-documents in a loop; only an array needs the recursive fan-out.
        Object node = doc;
        for (int i = 0; i < segments.length; i++) {
            if (node instanceof Map<?, ?> m) {
                Object child = m.get(segments[i]);
                if (child == null && !m.containsKey(segments[i])) {
                    return test.test(Missing.VALUE);
                }
                node = child;
            } else if (node instanceof List) {
                return any(node, i, test);
            } else {
                return test.test(Missing.VALUE);
            }
        }
        return test.test(node);
    }

    /**
     * The one value the path reaches when it passes through no array on the way ({@link Missing#VALUE} if it ends
     * nowhere), or {@link #FANS_OUT} when an array on the way fans it out to several values. With one value, "every
     * condition holds for some value" is "every condition holds for it", so a filter with several conditions on the
     * path can walk it once.
     */
    public Object singleLeaf(Object doc) {
        Object node = doc;
        for (int i = 0; i < segments.length; i++) {
            if (node instanceof Map<?, ?> m) {
                Object child = m.get(segments[i]);
                if (child == null && !m.containsKey(segments[i])) {
                    return Missing.VALUE;
                }
                node = child;
            } else if (node instanceof List) {
                return FANS_OUT;
            } else {
                return Missing.VALUE;
            }
        }
        return node;
    }

    private boolean any(Object node, int i, Predicate<Object> test) {
        if (i == segments.length) {
            return test.test(node);
        }
        if (node instanceof Map<?, ?> m) {
            Object child = m.get(segments[i]);
            if (child == null && !m.containsKey(segments[i])) {
                child = Missing.VALUE;
            }
            return any(child, i + 1, test);
        }
        if (node instanceof List<?> list) {
            boolean reached = false;
            int index = indexes[i];
            if (index >= 0 && index < list.size()) {
                reached = true;
                if (any(list.get(index), i + 1, test)) {
                    return true;
                }
            }
            for (Object element : list) {
                if (element instanceof Map) {
                    reached = true;
                    if (any(element, i, test)) {
                        return true;
                    }
                }
            }
            return !reached && test.test(Missing.VALUE);
        }
        return test.test(Missing.VALUE);
    }

    /** Every value the path resolves to, missing branches included as {@link Missing#VALUE}. */
    public void forEachLeaf(Object doc, Consumer<Object> sink) {
        any(doc, 0, v -> {
            sink.accept(v);
            return false;
        });
    }

    /** The value at the path without fan-out (indexes only), or {@link Missing#VALUE}. */
    public Object get(Object doc) {
        Object node = doc;
        for (int i = 0; i < segments.length; i++) {
            if (node instanceof Map<?, ?> m) {
                Object child = m.get(segments[i]);
                node = child == null && !m.containsKey(segments[i]) ? Missing.VALUE : child;
            } else if (node instanceof List<?> list && indexes[i] >= 0 && indexes[i] < list.size()) {
                node = list.get(indexes[i]);
            } else {
                return Missing.VALUE;
            }
        }
        return node;
    }

    @Override
    public String toString() {
        return path;
    }
}
