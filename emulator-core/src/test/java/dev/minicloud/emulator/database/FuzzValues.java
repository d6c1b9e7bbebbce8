package dev.minicloud.emulator.database;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random values for {@link QueryDifferentialTest}, from small pools so that queries find equal and neighbouring
 * values: numbers around 0, 2^31, 2^53 and 2^63 as ints, longs and doubles, NaN and the infinities, strings that
 * differ in case, length and code points above U+FFFF, booleans, dates, null, arrays (nested too) and sub-documents.
 */
final class FuzzValues {
    private static final long TWO_53 = 1L << 53;

    static final List<Object> NUMBERS = List.of(0, 1, -1, 2, 3, 2.5, -2.5, 0.1, -0.0, 1e-300,
            Integer.MAX_VALUE, 1L << 31, -(1L << 31) - 1, TWO_53 - 1, TWO_53, (double) TWO_53, TWO_53 + 1,
            TWO_53 + 2, (double) (TWO_53 + 2), TWO_53 / 2 + 0.5, 1L << 62, Long.MAX_VALUE - 1, Long.MAX_VALUE,
            0x1p63, Long.MIN_VALUE, -0x1p63, Math.nextDown(-0x1p63), 1e19, -1e19, 1e300,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN);
    static final List<Object> OTHER_SCALARS = Collections.unmodifiableList(Arrays.asList("", "a", "b", "ab", "B",
            "10", "2", "\u00e9", "\ud83d\ude00", "\uffff", true, false, null, Instant.ofEpochMilli(0),
            Instant.ofEpochMilli(1000), Instant.parse("2024-03-17T02:20:30Z")));
    /** Field names of generated sub-documents; queries use the same names. */
    static final List<String> KEYS = List.of("x", "y");

    private final Random random;

    FuzzValues(Random random) {
        this.random = random;
    }

    Random random() {
        return random;
    }

    <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    Object number() {
        return pick(NUMBERS);
    }

    Object scalar() {
        return random.nextInt(2) == 0 ? number() : pick(OTHER_SCALARS);
    }

    /** A scalar, array or sub-document, nested up to {@code depth} levels. */
    Object value(int depth) {
        int kind = depth == 0 ? 0 : random.nextInt(10);
        if (kind < 6) {
            return scalar();
        }
        if (kind < 8) {
            return array(depth);
        }
        return document(depth);
    }

    List<Object> array(int depth) {
        int n = random.nextInt(4);
        List<Object> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(value(depth - 1));
        }
        return out;
    }

    Map<String, Object> document(int depth) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(KEYS);
        Collections.shuffle(keys, random);
        for (String k : keys) {
            if (random.nextInt(3) > 0) {
                out.put(k, value(depth - 1));
            }
        }
        return out;
    }

    /** An array of sub-documents, scalars and nested arrays: what array paths ({@code arr.x}, {@code arr.1}) walk. */
    List<Object> mixedArray() {
        int n = random.nextInt(5);
        List<Object> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int kind = random.nextInt(6);
            out.add(kind < 3 ? document(2) : (kind < 5 ? scalar() : array(2)));
        }
        return out;
    }

    /** A document with fields {@code a} (anything), {@code b} (mostly a sub-document), {@code arr}, {@code n}. */
    Map<String, Object> document(String id) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("_id", id);
        if (random.nextInt(6) > 0) {
            doc.put("a", value(3));
        }
        if (random.nextInt(6) > 0) {
            doc.put("b", random.nextInt(4) > 0 ? document(3) : value(2));
        }
        if (random.nextInt(5) > 0) {
            doc.put("arr", random.nextInt(6) > 0 ? mixedArray() : scalar());
        }
        if (random.nextInt(5) > 0) {
            doc.put("n", random.nextInt(5) > 0 ? number() : array(1));
        }
        return doc;
    }
}
