package dev.minicloud.emulator.database;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The collection as {@link QueryDifferentialTest} expects it to be: documents in insertion order, and MongoDB's
 * rules for the update operators the test sends ({@code set}, {@code inc}, {@code push}, {@code pull}) written
 * without engine classes. An update MongoDB would refuse throws {@link Refused}.
 */
final class FuzzModel {
    /** MongoDB would fail the update. */
    static final class Refused extends Exception {
        Refused(String why) {
            super(why, null, false, false);
        }
    }

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final List<Map<String, Object>> documents = new ArrayList<>();

    /** The live list: conditions take operands from it. */
    List<Map<String, Object>> documents() {
        return documents;
    }

    void add(Map<String, Object> doc) {
        documents.add(copy(doc));
    }

    int indexOf(Object id) {
        for (int i = 0; i < documents.size(); i++) {
            if (documents.get(i).get("_id").equals(id)) {
                return i;
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    static <T> T copy(T value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put((String) k, copy(v)));
            return (T) out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(copy(v)));
            return (T) out;
        }
        return value;
    }

    /** The document after one update operator on one path ({@code a}, {@code n}, {@code arr} or {@code b.x}). */
    static Map<String, Object> updated(Map<String, Object> doc, String operator, String path, Object argument)
            throws Refused {
        Map<String, Object> out = copy(doc);
        Map<String, Object> parent = out;
        String field = path;
        if (path.startsWith("b.")) {
            field = path.substring(2);
            Object b = out.getOrDefault("b", MongoOracle.MISSING);
            if (b == MongoOracle.MISSING) {
                if (operator.equals("pull")) {
                    return out;
                }
                b = new LinkedHashMap<String, Object>();
                out.put("b", b);
            } else if (!(b instanceof Map)) {
                throw new Refused("cannot create a field in a non-object");
            }
            parent = QueryDifferentialTest.castMap(b);
        }
        Object current = parent.getOrDefault(field, MongoOracle.MISSING);
        switch (operator) {
            case "set" -> parent.put(field, copy(argument));
            case "inc" -> parent.put(field, current == MongoOracle.MISSING ? argument
                    : sum(current, (Number) argument));
            case "push" -> {
                if (current == MongoOracle.MISSING) {
                    List<Object> list = new ArrayList<>();
                    list.add(copy(argument));
                    parent.put(field, list);
                } else if (current instanceof List<?> l) {
                    List<Object> list = new ArrayList<>(l);
                    list.add(copy(argument));
                    parent.put(field, list);
                } else {
                    throw new Refused("push to a non-array");
                }
            }
            default -> {
                if (current instanceof List<?> l) {
                    parent.put(field, new ArrayList<>(l.stream().filter(e -> !MongoOracle.equal(e, argument))
                            .toList()));
                } else if (current != MongoOracle.MISSING && current != null) {
                    // MiniCloud pulls nothing from null (UpdateApplier's reading; MongoDB may refuse it).
                    throw new Refused("pull from a non-array");
                }
            }
        }
        return out;
    }

    /** MongoDB's $inc: integers exactly (failing past 64 bits), anything with a double in double arithmetic. */
    private static Number sum(Object current, Number amount) throws Refused {
        if (!(current instanceof Number n)) {
            throw new Refused("inc of a non-number");
        }
        BigInteger x = integral(n);
        BigInteger y = integral(amount);
        if (x != null && y != null) {
            BigInteger s = x.add(y);
            if (s.compareTo(LONG_MIN) < 0 || s.compareTo(LONG_MAX) > 0) {
                throw new Refused("overflow");
            }
            return s.longValue();
        }
        return n.doubleValue() + amount.doubleValue();
    }

    /** The value as an integer if it is a whole number in the 64-bit range (how JavaScript numbers are stored). */
    private static BigInteger integral(Number n) {
        if (n instanceof Integer || n instanceof Long) {
            return BigInteger.valueOf(n.longValue());
        }
        double d = n.doubleValue();
        if (Double.isFinite(d) && d == Math.rint(d) && d >= -0x1p63 && d < 0x1p63) {
            return new BigDecimal(d).toBigIntegerExact();
        }
        return null;
    }
}
