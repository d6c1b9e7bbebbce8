package dev.minicloud.emulator.internal.common.value;

import dev.minicloud.emulator.database.value.RegExp;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * MongoDB's total order over values, which the service uses for sorting, {@code min}/{@code max} and equality:
 * null (and missing) &lt; numbers &lt; strings &lt; objects &lt; arrays &lt; booleans &lt; dates &lt; regular
 * expressions. Numbers compare by exact value across Integer, Long and Double ({@link Numbers#compare}); strings by
 * code point; objects pair by pair (value type, then key, then value), so field order matters; arrays element by
 * element.
 */
public final class ValueOrder {
    /** Type brackets in ascending order. */
    public static final int NULL = 1;
    public static final int NUMBER = 2;
    public static final int STRING = 3;
    public static final int OBJECT = 4;
    public static final int ARRAY = 5;
    public static final int BOOLEAN = 8;
    public static final int DATE = 9;
    public static final int REGEX = 11;

    private ValueOrder() {}

    /** The type bracket of a canonical value; missing counts as null. */
    public static int bracket(Object v) {
        if (v == null || v == Missing.VALUE) {
            return NULL;
        }
        if (v instanceof Number) {
            return NUMBER;
        }
        if (v instanceof String) {
            return STRING;
        }
        if (v instanceof Map) {
            return OBJECT;
        }
        if (v instanceof List) {
            return ARRAY;
        }
        if (v instanceof Boolean) {
            return BOOLEAN;
        }
        if (v instanceof Instant) {
            return DATE;
        }
        if (v instanceof RegExp) {
            return REGEX;
        }
        throw new IllegalArgumentException("not a stored value: " + v.getClass().getName());
    }

    /** Whether two values are equal under MongoDB's rules: numerically for numbers, in order for objects. */
    public static boolean equal(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof String s) {
            return s.equals(b);
        }
        if (a instanceof Integer x && b instanceof Integer y) {
            return x.intValue() == y.intValue();
        }
        return compare(a, b) == 0;
    }

    /** Compares two canonical values in MongoDB's order. */
    public static int compare(Object a, Object b) {
        int ta = bracket(a);
        int tb = bracket(b);
        if (ta != tb) {
            return Integer.compare(ta, tb);
        }
        switch (ta) {
            case NULL:
                return 0;
            case NUMBER:
                return Numbers.compare((Number) a, (Number) b);
            case STRING:
                return compareStrings((String) a, (String) b);
            case OBJECT:
                return compareObjects(castMap(a), castMap(b));
            case ARRAY:
                return compareArrays((List<?>) a, (List<?>) b);
            case BOOLEAN:
                return Boolean.compare((Boolean) a, (Boolean) b);
            case DATE:
                return ((Instant) a).compareTo((Instant) b);
            default:
                RegExp x = (RegExp) a;
                RegExp y = (RegExp) b;
                int c = compareStrings(x.regexp(), y.regexp());
                return c != 0 ? c : compareStrings(x.options(), y.options());
        }
    }

    /** Code-point order, which is the UTF-8 byte order MongoDB uses (UTF-16 order differs above U+FFFF). */
    public static int compareStrings(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    private static int compareObjects(Map<String, Object> a, Map<String, Object> b) {
        Iterator<Map.Entry<String, Object>> i = a.entrySet().iterator();
        Iterator<Map.Entry<String, Object>> j = b.entrySet().iterator();
        while (i.hasNext() && j.hasNext()) {
            Map.Entry<String, Object> x = i.next();
            Map.Entry<String, Object> y = j.next();
            int c = Integer.compare(bracket(x.getValue()), bracket(y.getValue()));
            if (c == 0) {
                c = compareStrings(x.getKey(), y.getKey());
            }
            if (c == 0) {
                c = compare(x.getValue(), y.getValue());
            }
            if (c != 0) {
                return c;
            }
        }
        return Boolean.compare(i.hasNext(), j.hasNext());
    }

    private static int compareArrays(List<?> a, List<?> b) {
        int n = Math.min(a.size(), b.size());
        for (int k = 0; k < n; k++) {
            int c = compare(a.get(k), b.get(k));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }

    /** The name MongoDB error messages use for the value's type. */
    public static String typeName(Object v) {
        if (v == null) {
            return "null";
        }
        if (v == Missing.VALUE) {
            return "missing";
        }
        if (v instanceof Integer) {
            return "int";
        }
        if (v instanceof Long) {
            return "long";
        }
        if (v instanceof Double) {
            return "double";
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof Map) {
            return "object";
        }
        if (v instanceof List) {
            return "array";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (v instanceof Instant) {
            return "date";
        }
        if (v instanceof RegExp) {
            return "regex";
        }
        return v.getClass().getSimpleName();
    }
}
