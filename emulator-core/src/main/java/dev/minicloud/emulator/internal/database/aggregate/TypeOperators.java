package dev.minicloud.emulator.internal.database.aggregate;

import dev.minicloud.emulator.internal.common.value.Numbers;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code $convert $toBool $toDate $toDecimal $toDouble $toInt $toLong $toObjectId $toString $type}, which MongoDB
 * 4.0 runs although {@code @cloudbase/database} 1.4.3 offers no builder for them, and {@code $meta}, which needs a
 * text index MiniCloud does not have. Numbers follow the SDK's storage: an integral value within 32 bits is an int,
 * beyond it a long, anything else a double; there is no decimal type, so "decimal" converts to a double.
 */
final class TypeOperators {
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL =
            Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?|[+-]?(Infinity|infinity|inf)|NaN|nan");
    private static final Map<Integer, String> TYPE_CODES =
            Map.of(1, "double", 2, "string", 7, "objectId", 8, "bool", 9, "date", 16, "int", 18, "long",
                    19, "decimal");

    private TypeOperators() {}

    static void register(Operators.Registry r) {
        r.add("convert", TypeOperators::convert);
        for (String target : List.of("Bool", "Date", "Decimal", "Double", "Int", "Long", "ObjectId", "String")) {
            String to = target.equals("Bool") ? "bool" : Character.toLowerCase(target.charAt(0)) + target.substring(1);
            r.add("to" + target, (arg, c) -> {
                Expression operand = Args.single("$to" + target, arg, c);
                return scope -> {
                    Object v = operand.evaluate(scope);
                    return Values.nullish(v) ? null : to(v, to);
                };
            });
        }
        r.add("type", (arg, c) -> {
            Expression operand = Args.single("$type", arg, c);
            return scope -> Values.type(operand.evaluate(scope));
        });
        r.add("meta", (arg, c) -> {
            throw Values.fail("$meta is not supported: MiniCloud has no text index and no text search");
        });
    }

    private static Expression convert(Object arg, ExpressionCompiler c) {
        Map<String, Object> o = Args.options("$convert", arg, Set.of("input", "to"), Set.of("onError", "onNull"));
        Expression input = c.compile(o.get("input"));
        Expression target = c.compile(o.get("to"));
        Expression onError = o.containsKey("onError") ? c.compile(o.get("onError")) : null;
        Expression onNull = o.containsKey("onNull") ? c.compile(o.get("onNull")) : scope -> null;
        return scope -> {
            Object t = target.evaluate(scope);
            String to = t instanceof Number n ? TYPE_CODES.get(n.intValue()) : (t instanceof String s ? s : null);
            if (to == null || (t instanceof String s && !TYPE_CODES.containsValue(s))) {
                throw Values.fail("Unknown type name: " + Values.show(t));
            }
            Object v = input.evaluate(scope);
            if (Values.nullish(v)) {
                return onNull.evaluate(scope);
            }
            try {
                return to(v, to);
            } catch (RuntimeException e) {
                if (onError == null) {
                    throw e;
                }
                return onError.evaluate(scope);
            }
        };
    }

    /** Converts a non-null value to the named type, or fails as MongoDB's {@code $convert} without onError. */
    static Object to(Object v, String to) {
        return switch (to) {
            case "double", "decimal" -> toDouble(v);
            case "int" -> toWhole(v, Integer.MIN_VALUE, Integer.MAX_VALUE, "int");
            case "long" -> toWhole(v, Long.MIN_VALUE, Long.MAX_VALUE, "long");
            case "bool" -> v instanceof Number n ? Values.truthy(n) : (v instanceof Boolean ? v : Boolean.TRUE);
            case "string" -> toText(v);
            case "date" -> toDate(v);
            default -> throw Values.fail("Unsupported conversion from " + Values.type(v) + " to objectId in $convert"
                    + " with no onError value: MiniCloud has no ObjectId type");
        };
    }

    private static RuntimeException unsupported(Object v, String to) {
        return Values.fail("Unsupported conversion from " + Values.type(v) + " to " + to
                + " in $convert with no onError value");
    }

    private static Number toDouble(Object v) {
        if (v instanceof Number n) {
            return n;
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof Instant i) {
            return Numbers.ofLong(i.toEpochMilli());
        }
        if (v instanceof String s) {
            if (!DECIMAL.matcher(s).matches()) {
                throw Values.fail("Failed to parse number '" + s + "' in $convert with no onError value");
            }
            String normalized = s.replace("infinity", "Infinity").replace("inf", "Infinity").replace("nan", "NaN");
            return Numbers.ofDouble(Double.parseDouble(normalized));
        }
        throw unsupported(v, "double");
    }

    private static Number toWhole(Object v, long min, long max, String to) {
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof Instant i && to.equals("long")) {
            return Numbers.ofLong(i.toEpochMilli());
        }
        if (v instanceof String s) {
            if (!INTEGER.matcher(s).matches()) {
                throw Values.fail("Failed to parse number '" + s + "' in $convert with no onError value: Did not"
                        + " consume whole string.");
            }
            try {
                return checkRange(Long.parseLong(s), min, max, v);
            } catch (NumberFormatException e) {
                throw overflow(v);
            }
        }
        if (v instanceof Number n) {
            double d = n.doubleValue();
            if (Numbers.isIntegral(n)) {
                return checkRange(n.longValue(), min, max, v);
            }
            if (Double.isNaN(d) || Double.isInfinite(d) || d < min || d > max) {
                throw overflow(v);
            }
            return Numbers.ofLong((long) d);
        }
        throw unsupported(v, to);
    }

    private static Number checkRange(long value, long min, long max, Object original) {
        if (value < min || value > max) {
            throw overflow(original);
        }
        return Numbers.ofLong(value);
    }

    private static RuntimeException overflow(Object v) {
        return Values.fail("Conversion would overflow target type in $convert with no onError value: "
                + Values.show(v));
    }

    private static String toText(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Number || v instanceof Instant) {
            return StringOperators.coerce("$convert", v);
        }
        if (v instanceof Boolean b) {
            return b.toString();
        }
        throw unsupported(v, "string");
    }

    private static Instant toDate(Object v) {
        if (v instanceof Instant i) {
            return i;
        }
        if (v instanceof Long l) {
            return Instant.ofEpochMilli(l);
        }
        if (v instanceof Double d && Double.isFinite(d)) {
            return Instant.ofEpochMilli(d.longValue());
        }
        if (v instanceof String s) {
            DateFormats.Parsed parsed = DateFormats.parseIso(s);
            if (parsed == null) {
                throw Values.fail("Error parsing date string '" + s + "'");
            }
            return parsed.in(ZoneOffset.UTC).toInstant();
        }
        throw unsupported(v, "date");
    }
}
