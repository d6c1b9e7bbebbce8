package dev.minicloud.emulator.internal.database.schema;

import dev.minicloud.emulator.database.value.RegExp;
import dev.minicloud.emulator.internal.common.value.ValueOrder;
import dev.minicloud.emulator.internal.database.query.DatabaseError;
import dev.minicloud.emulator.internal.database.query.Deadline;
import dev.minicloud.emulator.internal.database.query.Filter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * MongoDB's {@code $jsonSchema} query operator: JSON Schema draft 4 with MongoDB's {@code bsonType}, checked against
 * the whole document. Covered: {@code bsonType type enum allOf anyOf oneOf not title description} (any value),
 * {@code minimum maximum exclusiveMinimum exclusiveMaximum multipleOf} (numbers), {@code minLength maxLength pattern}
 * (strings, lengths in code points), {@code required properties minProperties maxProperties patternProperties
 * additionalProperties dependencies} (objects), {@code items additionalItems minItems maxItems uniqueItems} (arrays).
 * As in MongoDB, a keyword for one type ignores values of other types; {@code $ref $schema default definitions
 * format id} and {@code type: "integer"} are refused as not supported.
 */
public final class JsonSchema {
    private static final Set<String> UNSUPPORTED = Set.of("$ref", "$schema", "default", "definitions", "format", "id");
    private static final Set<String> BSON_TYPES = Set.of("double", "string", "object", "array", "binData", "undefined",
            "objectId", "bool", "date", "null", "regex", "dbPointer", "javascript", "symbol", "javascriptWithScope",
            "int", "timestamp", "long", "decimal", "minKey", "maxKey", "number");
    private static final Set<String> JSON_TYPES = Set.of("object", "array", "number", "boolean", "string", "null");

    private JsonSchema() {}

    /** The filter of {@code {$jsonSchema: schema}}. */
    public static Filter compile(Object schema) {
        Predicate<Object> check = schema(schema);
        return check::test;
    }

    private static DatabaseError fail(String message) {
        return DatabaseError.requestFail(message);
    }

    @SuppressWarnings("unchecked")
    private static Predicate<Object> schema(Object spec) {
        if (!(spec instanceof Map<?, ?> m)) {
            throw fail("$jsonSchema must be an object");
        }
        List<Predicate<Object>> checks = new ArrayList<>();
        for (Map.Entry<String, Object> e : ((Map<String, Object>) m).entrySet()) {
            Predicate<Object> check = keyword(e.getKey(), e.getValue(), (Map<String, Object>) m);
            if (check != null) {
                checks.add(check);
            }
        }
        return value -> {
            for (Predicate<Object> c : checks) {
                if (!c.test(value)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static Predicate<Object> keyword(String name, Object arg, Map<String, Object> siblings) {
        if (UNSUPPORTED.contains(name)) {
            throw fail("$jsonSchema keyword '" + name + "' is not currently supported");
        }
        return switch (name) {
            case "title", "description" -> {
                if (!(arg instanceof String)) {
                    throw fail("$jsonSchema keyword '" + name + "' must be a string");
                }
                yield null;
            }
            case "bsonType" -> types(name, arg, BSON_TYPES, JsonSchema::bsonType);
            case "type" -> types(name, arg, JSON_TYPES, JsonSchema::jsonType);
            case "enum" -> {
                List<?> values = nonEmptyArray(name, arg);
                yield v -> values.stream().anyMatch(x -> ValueOrder.equal(x, v));
            }
            case "allOf", "anyOf", "oneOf" -> combination(name, nonEmptyArray(name, arg));
            case "not" -> schema(arg).negate();
            case "minimum", "maximum" -> bound(name, arg, siblings);
            case "exclusiveMinimum", "exclusiveMaximum" -> {
                if (!(arg instanceof Boolean)) {
                    throw fail("$jsonSchema keyword '" + name + "' must be a boolean");
                }
                if (!siblings.containsKey(name.equals("exclusiveMinimum") ? "minimum" : "maximum")) {
                    throw fail("$jsonSchema keyword '" + name + "' must be a present if "
                            + (name.equals("exclusiveMinimum") ? "minimum" : "maximum") + " is also present");
                }
                yield null;
            }
            case "multipleOf" -> {
                BigDecimal divisor = decimal(number(name, arg));
                if (divisor.signum() <= 0) {
                    throw fail("$jsonSchema keyword 'multipleOf' must have a positive value");
                }
                yield v -> !(v instanceof Number n) || !Double.isFinite(n.doubleValue())
                        || decimal(n).remainder(divisor).signum() == 0;
            }
            case "minLength", "maxLength" -> {
                long limit = count(name, arg);
                boolean min = name.equals("minLength");
                yield v -> !(v instanceof String s) || compareCount(s.codePointCount(0, s.length()), limit, min);
            }
            case "pattern" -> {
                if (!(arg instanceof String p)) {
                    throw fail("$jsonSchema keyword 'pattern' must be a string");
                }
                Pattern pattern = Pattern.compile(p);
                yield v -> !(v instanceof String s) || pattern.matcher(Deadline.guard(s)).find();
            }
            case "required" -> {
                List<?> fields = nonEmptyArray(name, arg);
                for (Object f : fields) {
                    if (!(f instanceof String)) {
                        throw fail("$jsonSchema keyword 'required' must be an array of strings");
                    }
                }
                yield v -> !(v instanceof Map<?, ?> m) || fields.stream().allMatch(m::containsKey);
            }
            case "minProperties", "maxProperties" -> {
                long limit = count(name, arg);
                boolean min = name.equals("minProperties");
                yield v -> !(v instanceof Map<?, ?> m) || compareCount(m.size(), limit, min);
            }
            case "properties", "patternProperties", "additionalProperties" -> ObjectKeywords.compile(name, arg,
                    siblings, JsonSchema::schema);
            case "dependencies" -> ObjectKeywords.dependencies(arg, JsonSchema::schema);
            case "items", "additionalItems" -> ArrayKeywords.items(name, arg, siblings, JsonSchema::schema);
            case "minItems", "maxItems" -> {
                long limit = count(name, arg);
                boolean min = name.equals("minItems");
                yield v -> !(v instanceof List<?> l) || compareCount(l.size(), limit, min);
            }
            case "uniqueItems" -> {
                if (!(arg instanceof Boolean unique)) {
                    throw fail("$jsonSchema keyword 'uniqueItems' must be a boolean");
                }
                yield v -> !unique || !(v instanceof List<?> l) || ArrayKeywords.unique(l);
            }
            default -> throw fail("Unknown $jsonSchema keyword: " + name);
        };
    }

    private static boolean compareCount(long actual, long limit, boolean min) {
        return min ? actual >= limit : actual <= limit;
    }

    private static Predicate<Object> types(String keyword, Object arg, Set<String> known,
            java.util.function.BiPredicate<String, Object> is) {
        List<?> names = arg instanceof List<?> l ? l : List.of(arg);
        for (Object n : names) {
            if (!(n instanceof String s) || !known.contains(s)) {
                if ("integer".equals(n) && keyword.equals("type")) {
                    throw fail("$jsonSchema type 'integer' is not currently supported.");
                }
                throw fail("Unknown type name alias: " + n);
            }
        }
        return v -> names.stream().anyMatch(n -> is.test((String) n, v));
    }

    private static boolean bsonType(String name, Object v) {
        return switch (name) {
            case "number" -> v instanceof Number;
            case "int" -> v instanceof Integer;
            case "long" -> v instanceof Long;
            case "double" -> v instanceof Double;
            case "string" -> v instanceof String;
            case "object" -> v instanceof Map;
            case "array" -> v instanceof List;
            case "bool" -> v instanceof Boolean;
            case "date" -> v instanceof Instant;
            case "null" -> v == null;
            case "regex" -> v instanceof RegExp;
            default -> false;
        };
    }

    private static boolean jsonType(String name, Object v) {
        return switch (name) {
            case "boolean" -> v instanceof Boolean;
            case "number" -> v instanceof Number;
            default -> bsonType(name, v);
        };
    }

    private static List<?> nonEmptyArray(String keyword, Object arg) {
        if (!(arg instanceof List<?> l) || l.isEmpty()) {
            throw fail("$jsonSchema keyword '" + keyword + "' must be a non-empty array");
        }
        return l;
    }

    private static Predicate<Object> combination(String keyword, List<?> specs) {
        List<Predicate<Object>> schemas = new ArrayList<>();
        for (Object s : specs) {
            schemas.add(schema(s));
        }
        return switch (keyword) {
            case "allOf" -> v -> schemas.stream().allMatch(s -> s.test(v));
            case "anyOf" -> v -> schemas.stream().anyMatch(s -> s.test(v));
            default -> v -> schemas.stream().filter(s -> s.test(v)).count() == 1;
        };
    }

    private static Number number(String keyword, Object arg) {
        if (!(arg instanceof Number n)) {
            throw fail("$jsonSchema keyword '" + keyword + "' must be a number");
        }
        return n;
    }

    private static long count(String keyword, Object arg) {
        Number n = number(keyword, arg);
        if (n.doubleValue() < 0 || n.doubleValue() != Math.rint(n.doubleValue())) {
            throw fail("$jsonSchema keyword '" + keyword + "' must be a non-negative integer");
        }
        return n.longValue();
    }

    private static BigDecimal decimal(Number n) {
        return n instanceof Double d ? new BigDecimal(Double.toString(d)) : BigDecimal.valueOf(n.longValue());
    }

    private static Predicate<Object> bound(String keyword, Object arg, Map<String, Object> siblings) {
        Number limit = number(keyword, arg);
        boolean min = keyword.equals("minimum");
        boolean exclusive = Boolean.TRUE.equals(siblings.get(min ? "exclusiveMinimum" : "exclusiveMaximum"));
        return v -> {
            if (!(v instanceof Number n)) {
                return true;
            }
            int c = ValueOrder.compare(n, limit);
            return min ? (exclusive ? c > 0 : c >= 0) : (exclusive ? c < 0 : c <= 0);
        };
    }
}
