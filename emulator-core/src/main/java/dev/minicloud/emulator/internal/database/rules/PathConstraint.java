package dev.minicloud.emulator.internal.database.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * What one branch of a query says about one path: the values it may take (an equality or {@code $in}), a range,
 * the values it may not take ({@code $ne}, {@code $nin}) and the values an array at the path must contain
 * (an equality, which on an array means "contains", or {@code $all}). Null parts say nothing.
 */
final class PathConstraint {
    List<Object> pinned;
    Object low;
    boolean lowInclusive;
    Object high;
    boolean highInclusive;
    final List<Object> excluded = new ArrayList<>();
    final List<Object> contained = new ArrayList<>();

    PathConstraint copy() {
        PathConstraint c = new PathConstraint();
        c.pinned = pinned == null ? null : new ArrayList<>(pinned);
        c.low = low;
        c.lowInclusive = lowInclusive;
        c.high = high;
        c.highInclusive = highInclusive;
        c.excluded.addAll(excluded);
        c.contained.addAll(contained);
        return c;
    }

    void pin(List<?> values) {
        if (pinned == null) {
            pinned = new ArrayList<>(values);
            return;
        }
        pinned.removeIf(p -> values.stream().noneMatch(v -> RuleValues.equal(p, v)));
    }

    void lowerBound(Object value, boolean inclusive) {
        Integer c = low == null ? null : RuleValues.compare(value, low);
        if (low == null || (c != null && (c > 0 || (c == 0 && !inclusive)))) {
            low = value;
            lowInclusive = inclusive;
        }
    }

    void upperBound(Object value, boolean inclusive) {
        Integer c = high == null ? null : RuleValues.compare(value, high);
        if (high == null || (c != null && (c < 0 || (c == 0 && !inclusive)))) {
            high = value;
            highInclusive = inclusive;
        }
    }

    /** Whether every value this constraint allows is above (or at, when {@code inclusive}) {@code bound}. */
    boolean allAbove(Object bound, boolean inclusive) {
        Integer c = low == null ? null : RuleValues.compare(low, bound);
        return c != null && (c > 0 || (c == 0 && (inclusive || !lowInclusive)));
    }

    /** Whether every value this constraint allows is below (or at, when {@code inclusive}) {@code bound}. */
    boolean allBelow(Object bound, boolean inclusive) {
        Integer c = high == null ? null : RuleValues.compare(high, bound);
        return c != null && (c < 0 || (c == 0 && (inclusive || !highInclusive)));
    }

    boolean excludes(Object value) {
        return excluded.stream().anyMatch(e -> RuleValues.equal(e, value)) || allAbove(value, false)
                || allBelow(value, false);
    }
}
