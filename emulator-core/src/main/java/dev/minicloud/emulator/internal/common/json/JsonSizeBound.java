package dev.minicloud.emulator.internal.common.json;

import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * A cheap upper bound on how many UTF-8 bytes a value's JSON takes, for limits on answers (the client's 1 MB) that
 * would otherwise cost writing the JSON: a character is at most 6 bytes escaped, a number at most 32, a date at most
 * 64. A value of a type not listed here has no bound ({@link #UNKNOWN}); the caller then writes the JSON to know.
 */
public final class JsonSizeBound {
    /** No bound is known: a value of another type is inside. */
    public static final long UNKNOWN = Long.MAX_VALUE;

    private JsonSizeBound() {}

    /**
     * At least as many bytes as {@code value}'s UTF-8 JSON takes, or {@link #UNKNOWN}. {@code forEach} rather than
     * entry iteration: stored documents are unmodifiable views, whose entry iterators allocate per entry.
     */
    public static long of(Object value) {
        if (value == null || value instanceof Boolean) {
            return 5;
        }
        if (value instanceof String s) {
            return 6L * s.length() + 2;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Double) {
            return 32;
        }
        if (value instanceof Date) {
            // {"$date": milliseconds} or an ISO string, with room to spare
            return 64;
        }
        long[] n = {2};
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> n[0] = add(n[0], add(6L * String.valueOf(k).length() + 4, of(v))));
        } else if (value instanceof List<?> l) {
            l.forEach(v -> n[0] = add(n[0], 1 + of(v)));
        } else {
            return UNKNOWN;
        }
        return n[0];
    }

    /** A sum of bounds, {@link #UNKNOWN} if either is. */
    public static long add(long a, long b) {
        return a == UNKNOWN || b == UNKNOWN ? UNKNOWN : a + b;
    }
}
