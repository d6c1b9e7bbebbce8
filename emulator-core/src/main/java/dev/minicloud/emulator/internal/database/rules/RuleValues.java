package dev.minicloud.emulator.internal.database.rules;

import dev.minicloud.emulator.internal.common.value.Missing;
import dev.minicloud.emulator.internal.common.value.Numbers;
import dev.minicloud.emulator.internal.common.value.ValueOrder;
import dev.minicloud.emulator.internal.database.rules.RuleExpression.Operator;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the rule operators mean on stored values. A missing value ({@link Missing#VALUE}, also what a member of
 * {@code null} gives, such as {@code auth.openid} for a user who is not logged in) is never equal to anything, not
 * even another missing value, so a rule cannot pass because two sides are both absent. Dates compare with numbers
 * as epoch milliseconds, the unit of {@code now}.
 */
final class RuleValues {
    private RuleValues() {}

    static Object member(Object target, Object key) {
        if (target instanceof Map<?, ?> map && key instanceof String name) {
            return map.containsKey(name) ? map.get(name) : Missing.VALUE;
        }
        if (target instanceof List<?> list && key instanceof Number n) {
            long i = n.longValue();
            return n.doubleValue() == i && i >= 0 && i < list.size() ? list.get((int) i) : Missing.VALUE;
        }
        if (target instanceof List<?> list && "length".equals(key)) {
            return (long) list.size();
        }
        if (target instanceof String s && "length".equals(key)) {
            return (long) s.length();
        }
        return Missing.VALUE;
    }

    static boolean truthy(Object v) {
        if (v == null || v == Missing.VALUE) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Number n) {
            double d = n.doubleValue();
            return d != 0 && !Double.isNaN(d);
        }
        return !(v instanceof String s) || !s.isEmpty();
    }

    /** Applies a comparison or {@code in}; incomparable operands make the comparison false. */
    static boolean test(Object left, Operator op, Object right) {
        if (op == Operator.IN) {
            return contains(right, left);
        }
        if (left == Missing.VALUE || right == Missing.VALUE) {
            return false;
        }
        if (op == Operator.EQ) {
            return equal(left, right);
        }
        if (op == Operator.NE) {
            return !equal(left, right);
        }
        Integer c = compare(left, right);
        if (c == null) {
            return false;
        }
        return switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
            default -> throw new IllegalArgumentException(op.symbol);
        };
    }

    static boolean equal(Object a, Object b) {
        if (a == Missing.VALUE || b == Missing.VALUE) {
            return false;
        }
        Integer c = compare(a, b);
        if (c != null) {
            return c == 0;
        }
        return ValueOrder.bracket(a) == ValueOrder.bracket(b) && ValueOrder.equal(a, b);
    }

    /** Orders two numbers, two strings or two dates (a date and a number as milliseconds); null otherwise. */
    static Integer compare(Object a, Object b) {
        Object x = a instanceof Instant i && b instanceof Number ? (Object) i.toEpochMilli() : a;
        Object y = b instanceof Instant i && a instanceof Number ? (Object) i.toEpochMilli() : b;
        if (x instanceof Number m && y instanceof Number n) {
            return Numbers.compare(m, n);
        }
        if (x instanceof String s && y instanceof String t) {
            return ValueOrder.compareStrings(s, t);
        }
        if (x instanceof Instant s && y instanceof Instant t) {
            return s.compareTo(t);
        }
        return null;
    }

    static boolean contains(Object container, Object item) {
        if (container instanceof List<?> list) {
            for (Object e : list) {
                if (equal(e, item)) {
                    return true;
                }
            }
            return false;
        }
        return container instanceof Map<?, ?> map && item instanceof String key && map.containsKey(key);
    }

    static Object plus(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            if (Numbers.isIntegral(x) && Numbers.isIntegral(y)) {
                try {
                    return Math.addExact(x.longValue(), y.longValue());
                } catch (ArithmeticException overflow) {
                    return x.doubleValue() + y.doubleValue();
                }
            }
            return x.doubleValue() + y.doubleValue();
        }
        if (a instanceof String || b instanceof String) {
            return text(a) + text(b);
        }
        return Missing.VALUE;
    }

    private static String text(Object v) {
        if (v == Missing.VALUE) {
            return "undefined";
        }
        if (v instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e21) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(v);
    }
}
