package dev.minicloud.emulator.internal.database.query;

import dev.minicloud.emulator.internal.common.value.ValueOrder;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds, in a wire filter, one top-level condition an index can narrow: equality with a scalar, {@code $in} of
 * scalars, or a range with scalar bounds. Every other document is certain not to match, so the query only has to
 * check the candidates.
 *
 * @param path the indexed path
 * @param equals the keys of an equality or {@code $in}, or null for a range
 * @param low the range's lower bound or null
 * @param lowInclusive whether {@code low} itself is in the range
 * @param high the range's upper bound or null
 * @param highInclusive whether {@code high} itself is in the range
 * @param exact whether the filter is this one condition alone, on values the index files exactly as the matcher
 *     compares them, so that the index's documents are the matches and a count need not test them
 */
public record IndexProbe(String path, List<Object> equals, Object low, boolean lowInclusive, Object high,
        boolean highInclusive, boolean exact) {

    /**
     * The most selective probe a filter allows: an equality if there is one, else a range, with the bounds of all
     * top-level conditions on one path combined ({@code _.gte(a).and(_.lt(b))} arrives as two conditions).
     */
    public static Optional<IndexProbe> of(Map<String, Object> wire) {
        List<IndexProbe> found = new ArrayList<>();
        collect(wire, found);
        Map<String, IndexProbe> ranges = new java.util.LinkedHashMap<>();
        for (IndexProbe p : found) {
            if (p.equals() != null) {
                return Optional.of(p.exactIf(wire));
            }
            ranges.merge(p.path(), p, IndexProbe::narrow);
        }
        IndexProbe best = null;
        for (IndexProbe p : ranges.values()) {
            if (best == null || p.low() != null && p.high() != null && (best.low() == null || best.high() == null)) {
                best = p;
            }
        }
        return Optional.ofNullable(best == null ? null : best.exactIf(wire));
    }

    /**
     * This probe, marked exact when {@code wire} is its condition alone: an equality or {@code $in} of non-null
     * scalars, or a range that ignores no operator and whose candidates are not a superset. A range with only an
     * upper numeric bound is not exact (NaN sorts below every number but matches no range), nor is a bound of NaN.
     */
    private IndexProbe exactIf(Map<String, Object> wire) {
        if (wire.size() != 1 || !wire.containsKey(path)) {
            return this;
        }
        Object condition = wire.get(path);
        boolean exact;
        if (!FilterCompiler.isOperatorObject(condition)) {
            exact = isExactKey(condition);
        } else {
            Map<String, Object> ops = FilterCompiler.castMap(condition);
            exact = !ops.isEmpty();
            for (Map.Entry<String, Object> op : ops.entrySet()) {
                boolean scalar = op.getKey().equals("$in") && op.getValue() instanceof List<?> in && ops.size() == 1
                        ? in.stream().allMatch(IndexProbe::isExactKey)
                        : List.of("$eq", "$gt", "$gte", "$lt", "$lte").contains(op.getKey())
                        && isExactKey(op.getValue()) && (!op.getKey().equals("$eq") || ops.size() == 1);
                exact &= scalar;
            }
            if (equals == null && low == null && ValueOrder.bracket(high) == ValueOrder.NUMBER) {
                exact = false;
            }
        }
        return exact ? new IndexProbe(path, equals, low, lowInclusive, high, highInclusive, true) : this;
    }

    private static boolean isExactKey(Object v) {
        return v != null && PathIndex.isKey(v) && !(v instanceof Double d && d.isNaN())
                && !(v instanceof Float f && f.isNaN());
    }

    /**
     * Whether {@link #count} over {@code index} is the number of matching documents: an exact probe, except a
     * two-sided range over a path that reaches arrays, whose halves different elements may meet.
     */
    public boolean countsExactly(PathIndex index) {
        return exact && (equals != null || low == null || high == null || !index.hasMultiValued());
    }

    /** The number of documents the index holds for this probe. */
    public long count(PathIndex index) {
        if (equals != null && equals.size() == 1) {
            return index.count(equals.get(0));
        }
        return candidates(index).cardinality();
    }

    /** Both ranges hold; for a document with one value on the path, that means the tighter bounds. */
    private IndexProbe narrow(IndexProbe other) {
        Object lo = low;
        boolean loIn = lowInclusive;
        if (other.low() != null && (lo == null || ValueOrder.compare(other.low(), lo) > 0
                || ValueOrder.compare(other.low(), lo) == 0 && !other.lowInclusive())) {
            lo = other.low();
            loIn = other.lowInclusive();
        }
        Object hi = high;
        boolean hiIn = highInclusive;
        if (other.high() != null && (hi == null || ValueOrder.compare(other.high(), hi) < 0
                || ValueOrder.compare(other.high(), hi) == 0 && !other.highInclusive())) {
            hi = other.high();
            hiIn = other.highInclusive();
        }
        return new IndexProbe(path, null, lo, loIn, hi, hiIn, false);
    }

    private static void collect(Map<String, Object> filter, List<IndexProbe> found) {
        for (Map.Entry<String, Object> e : filter.entrySet()) {
            String key = e.getKey();
            if (key.equals("$and") && e.getValue() instanceof List<?> clauses) {
                for (Object clause : clauses) {
                    if (clause instanceof Map) {
                        collect(FilterCompiler.castMap(clause), found);
                    }
                }
            } else if (!key.startsWith("$")) {
                probe(key, e.getValue()).ifPresent(found::add);
            }
        }
    }

    private static Optional<IndexProbe> probe(String path, Object condition) {
        if (!FilterCompiler.isOperatorObject(condition)) {
            return PathIndex.isKey(condition) ? Optional.of(equality(path, java.util.Collections.singletonList(
                    condition))) : Optional.empty();
        }
        Map<String, Object> ops = FilterCompiler.castMap(condition);
        Object eq = ops.get("$eq");
        if (ops.containsKey("$eq") && PathIndex.isKey(eq)) {
            return Optional.of(equality(path, java.util.Collections.singletonList(eq)));
        }
        if (ops.get("$in") instanceof List<?> in && !in.isEmpty() && in.stream().allMatch(PathIndex::isKey)) {
            return Optional.of(equality(path, new ArrayList<>(in)));
        }
        IndexProbe range = null;
        for (Map.Entry<String, Object> op : ops.entrySet()) {
            Object v = op.getValue();
            if (v == null || !PathIndex.isKey(v)) {
                continue;
            }
            IndexProbe bound = switch (op.getKey()) {
                case "$gt", "$gte" -> new IndexProbe(path, null, v, op.getKey().equals("$gte"), null, false, false);
                case "$lt", "$lte" -> new IndexProbe(path, null, null, false, v, op.getKey().equals("$lte"), false);
                default -> null;
            };
            if (bound != null) {
                range = range == null ? bound : range.narrow(bound);
            }
        }
        return Optional.ofNullable(range);
    }

    private static IndexProbe equality(String path, List<Object> keys) {
        return new IndexProbe(path, keys, null, false, null, false, false);
    }

    /** The slots of the documents that may match, from the index of {@link #path()}. */
    public BitSet candidates(PathIndex index) {
        BitSet out = new BitSet();
        if (equals != null) {
            for (Object key : equals) {
                index.equalTo(key, out);
            }
        } else {
            index.range(low, lowInclusive, high, highInclusive, out);
        }
        return out;
    }
}
