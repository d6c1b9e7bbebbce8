package dev.minicloud.emulator.internal.database.aggregate;

import dev.minicloud.emulator.internal.common.value.Missing;
import dev.minicloud.emulator.internal.common.value.Numbers;
import dev.minicloud.emulator.internal.common.value.ValueOrder;
import dev.minicloud.emulator.internal.database.query.DatabaseError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How aggregation expressions treat values: truthiness, missing versus null, comparison, type names, errors. */
final class Values {
    private Values() {}

    /** MongoDB's truthiness: false, null, missing and zero are false; everything else (also NaN, "" and []) true. */
    static boolean truthy(Object v) {
        if (v == null || v == Missing.VALUE || Boolean.FALSE.equals(v)) {
            return false;
        }
        if (v instanceof Number n) {
            return Numbers.isIntegral(n) ? n.longValue() != 0 : n.doubleValue() != 0;
        }
        return true;
    }

    /** Null or missing: most operators answer null for either. */
    static boolean nullish(Object v) {
        return v == null || v == Missing.VALUE;
    }

    /** The value to store for a result: missing becomes null (inside arrays, group keys, accumulators). */
    static Object orNull(Object v) {
        return v == Missing.VALUE ? null : v;
    }

    /** Aggregation order: MongoDB's value order, with missing below null (so {@code $eq: ['$nope', null]} is false). */
    static int compare(Object a, Object b) {
        boolean am = a == Missing.VALUE;
        boolean bm = b == Missing.VALUE;
        if (am || bm) {
            return am == bm ? 0 : (am ? -1 : 1);
        }
        return ValueOrder.compare(a, b);
    }

    static boolean equal(Object a, Object b) {
        return compare(a, b) == 0;
    }

    /** MongoDB's type name for error messages and {@code $type}. */
    static String type(Object v) {
        return ValueOrder.typeName(v);
    }

    static DatabaseError fail(String message) {
        return DatabaseError.requestFail(message);
    }

    /** The value as a number, or a failure naming the operator. */
    static Number number(String op, Object v) {
        if (v instanceof Number n) {
            return n;
        }
        throw fail(op + " only supports numeric types, not " + type(v));
    }

    /** A whole number that fits an int, or a failure with {@code what} in the message. */
    static int integer(Object v, String what) {
        if (v instanceof Number n && (Numbers.isIntegral(n) || n.doubleValue() == Math.rint(n.doubleValue()))) {
            long l = n.longValue();
            if (l == (int) l) {
                return (int) l;
            }
        }
        throw fail(what + " must be representable as a 32-bit integral value: " + show(v));
    }

    /** The value as an array, or a failure. */
    static List<?> array(Object v, String message) {
        if (v instanceof List<?> l) {
            return l;
        }
        throw fail(message + type(v));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object v) {
        return (Map<String, Object>) v;
    }

    /** A list of evaluated operands, missing ones kept as missing. */
    static List<Object> evaluateAll(List<Expression> expressions, Scope scope) {
        List<Object> out = new ArrayList<>(expressions.size());
        for (Expression e : expressions) {
            out.add(e.evaluate(scope));
        }
        return out;
    }

    static String show(Object v) {
        if (v == Missing.VALUE) {
            return "missing";
        }
        return v instanceof String s ? "\"" + s + "\"" : String.valueOf(v);
    }
}
