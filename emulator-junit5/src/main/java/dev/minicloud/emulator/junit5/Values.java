package dev.minicloud.emulator.junit5;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Equality as the database sees it, for assertions: numbers equal by value whatever their Java type ({@code 1},
 * {@code 1L} and {@code 1.0} are one number), {@link Date} equal to the same {@link Instant}, maps and lists compared
 * element by element.
 */
final class Values {
    /** No value at a path: distinct from a field holding null. */
    static final Object MISSING = new Object() {
        @Override
        public String toString() {
            return "(no such field)";
        }
    };

    private Values() {}

    static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
        }
        if (a instanceof Date d) {
            return same(d.toInstant(), b);
        }
        if (b instanceof Date d) {
            return same(a, d.toInstant());
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (Map.Entry<?, ?> e : x.entrySet()) {
                if (!y.containsKey(e.getKey()) || !same(e.getValue(), y.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            Iterator<?> i = y.iterator();
            for (Object e : x) {
                if (!same(e, i.next())) {
                    return false;
                }
            }
            return true;
        }
        return a == null ? b == null : a.equals(b);
    }

    /** The value at a dotted path ({@code "address.city"}, {@code "tags.0"}); {@link #MISSING} if there is none. */
    static Object at(Object root, String path) {
        Object current = root;
        for (String part : path.split("\\.", -1)) {
            if (current instanceof Map<?, ?> m && m.containsKey(part)) {
                current = m.get(part);
            } else if (current instanceof List<?> l && isIndex(part) && Integer.parseInt(part) < l.size()) {
                current = l.get(Integer.parseInt(part));
            } else {
                return MISSING;
            }
        }
        return current;
    }

    private static boolean isIndex(String part) {
        if (part.isEmpty() || part.length() > 9) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            if (!Character.isDigit(part.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
