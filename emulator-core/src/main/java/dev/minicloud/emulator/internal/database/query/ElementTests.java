package dev.minicloud.emulator.internal.database.query;

import dev.minicloud.emulator.database.value.RegExp;
import dev.minicloud.emulator.internal.common.value.Missing;
import dev.minicloud.emulator.internal.common.value.Numbers;
import dev.minicloud.emulator.internal.common.value.Scalars;
import dev.minicloud.emulator.internal.common.value.ValueOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Query operators as tests on one value, MongoDB's {@code matchesSingleElement}: an array is one value here, never
 * its elements. A query on a path also matches an array by its elements ({@link #valueOrElement}); {@code
 * $elemMatch} with operators tests each element with these tests alone, so {@code {$elemMatch: {$gt: 1}}} does not
 * match {@code [[2]]}.
 */
final class ElementTests {
    private ElementTests() {}

    /** The value passes, or it is an array with an element that passes: how a query tests what a path reaches. */
    static Predicate<Object> valueOrElement(Predicate<Object> single) {
        return v -> {
            if (single.test(v)) {
                return true;
            }
            if (!Scalars.isScalar(v) && v instanceof List<?> l) {
                for (Object e : l) {
                    if (single.test(e)) {
                        return true;
                    }
                }
            }
            return false;
        };
    }

    /** Equal to {@code expected} (null also matches missing); numbers by value, documents in field order. */
    static Predicate<Object> equalTo(Object expected) {
        if (expected == null) {
            return v -> v == null || v == Missing.VALUE;
        }
        if (expected instanceof String s) {
            return s::equals;
        }
        return v -> v != Missing.VALUE && ValueOrder.equal(v, expected);
    }

    /**
     * A regular expression matching a string, or the same regular expression. The string is read under the
     * request's deadline, so a catastrophically backtracking pattern stops when the caller's time is up.
     */
    static Predicate<Object> matching(RegExp r) {
        return v -> v instanceof String s ? r.matches(Deadline.guard(s)) : r.equals(v);
    }

    /**
     * {@code $gt}, {@code $gte}, {@code $lt}, {@code $lte}: only values of the operand's type bracket qualify; NaN is
     * only ever equal to NaN (so only the inclusive operators match it, and only with a NaN operand).
     */
    static Predicate<Object> comparing(String op, Object operand) {
        if (operand == null) {
            // null has its own bracket: only $gte/$lte include it, and with it the missing fields.
            return op.equals("$gte") || op.equals("$lte") ? equalTo(null) : v -> false;
        }
        if (operand instanceof RegExp r) {
            return matching(r);
        }
        int bracket = ValueOrder.bracket(operand);
        boolean inclusive = op.equals("$gte") || op.equals("$lte");
        // Which side of the operand passes, settled once: the test runs for every document a scan reaches.
        boolean below = op.equals("$lt") || op.equals("$lte");
        boolean above = op.equals("$gt") || op.equals("$gte");
        if (operand instanceof Number number && !isNaN(operand)) {
            // The usual range: a number against numbers, without the general ordering's type dispatch.
            return v -> {
                if (!(v instanceof Number n) || isNaN(n)) {
                    return false;
                }
                int c = Numbers.compare(n, number);
                return c < 0 ? below : c > 0 ? above : inclusive;
            };
        }
        return v -> {
            if (v == Missing.VALUE || ValueOrder.bracket(v) != bracket) {
                return false;
            }
            if (isNaN(v) || isNaN(operand)) {
                return inclusive && isNaN(v) && isNaN(operand);
            }
            int c = ValueOrder.compare(v, operand);
            return c < 0 ? below : c > 0 ? above : inclusive;
        };
    }

    private static boolean isNaN(Object v) {
        return v instanceof Double d && d.isNaN();
    }

    /** Equal to one of the values of {@code $in} (regular expressions match). */
    static Predicate<Object> inList(String op, Object arg) {
        if (!(arg instanceof List<?> values)) {
            throw DatabaseError.requestFail(op + " needs an array");
        }
        List<Predicate<Object>> tests = new ArrayList<>(values.size());
        for (Object v : values) {
            if (FilterCompiler.isOperatorObject(v) && !(FilterCompiler.castMap(v).containsKey("$regex"))) {
                throw DatabaseError.requestFail("cannot nest $ under " + op);
            }
            tests.add(v instanceof RegExp r ? matching(r) : equalTo(v));
        }
        return v -> {
            for (Predicate<Object> t : tests) {
                if (t.test(v)) {
                    return true;
                }
            }
            return false;
        };
    }

    /**
     * The test {@code $elemMatch} applies to each element for an operator object ({@code {$gt: 1, $lt: 5}}): every
     * operator holds for the element itself.
     */
    static Predicate<Object> element(Map<String, Object> ops, FilterCompiler compiler) {
        List<Predicate<Object>> parts = new ArrayList<>(ops.size());
        for (Map.Entry<String, Object> op : ops.entrySet()) {
            Object arg = op.getValue();
            String name = op.getKey();
            QueryOperator known = QueryOperator.onPath(name);
            parts.add(known == null ? compiler.leafTest(name, arg, ops) : switch (known) {
                case EQ -> arg instanceof RegExp r ? matching(r) : equalTo(arg);
                case NE -> equalTo(arg).negate();
                case GT, GTE, LT, LTE -> comparing(name, arg);
                case IN -> inList(name, arg);
                case NIN -> inList(name, arg).negate();
                case NOT -> (FilterCompiler.isOperatorObject(arg) ? element(FilterCompiler.castMap(arg), compiler)
                        : compiler.leafTest(name, arg, ops)).negate();
                case ALL -> all(arg);
                default -> compiler.leafTest(name, arg, ops);
            });
        }
        return v -> {
            for (Predicate<Object> p : parts) {
                if (!p.test(v)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static Predicate<Object> all(Object arg) {
        if (!(arg instanceof List<?> values) || values.isEmpty()) {
            return v -> false;
        }
        Predicate<Object> all = v -> true;
        for (Object value : values) {
            all = all.and(value instanceof RegExp r ? matching(r) : equalTo(value));
        }
        return all;
    }
}
