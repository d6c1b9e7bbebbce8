package dev.minicloud.emulator.internal.database.query;

import dev.minicloud.emulator.database.command.LogicCommand;
import dev.minicloud.emulator.database.command.QueryCommand;
import dev.minicloud.emulator.database.value.Geo;
import dev.minicloud.emulator.database.value.RegExp;
import dev.minicloud.emulator.database.value.ServerDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Step 1 of a query, done by the SDK before anything is sent: the user's condition becomes a MongoDB filter (the
 * "wire filter"). Nested objects flatten into dot paths, commands become operators under their path, logic commands
 * become {@code $and}/{@code $or}/{@code $nor} lists.
 *
 * <p>The SDK's merge quirk is reproduced: field-level logic commands of the same kind in one object are
 * concatenated into one top-level list, so {@code {a: _.or(x, y), b: _.or(z, w)}} means "any of x, y, z, w".
 */
public final class QueryEncoder {
    private final ValueEncoder values;

    public QueryEncoder(ValueEncoder values) {
        this.values = values;
    }

    /**
     * Checks the shape {@code where()} accepts: an object or a logic command.
     *
     * @throws dev.minicloud.emulator.base.CloudException {@value SdkErrors#WHERE_NOT_OBJECT} otherwise
     */
    public static void checkWhere(Object condition) {
        if (!(condition instanceof Map) && !(condition instanceof LogicCommand)) {
            throw SdkErrors.of(SdkErrors.WHERE_NOT_OBJECT);
        }
    }

    /** The wire filter of a {@code where()} condition; {@code null} means "everything". */
    public Map<String, Object> encodeWhere(Object condition) {
        if (condition == null) {
            return new LinkedHashMap<>();
        }
        if (condition instanceof EncodedFilter encoded) {
            return new LinkedHashMap<>(encoded.wire());
        }
        checkWhere(condition);
        return encodeQuery(condition, null);
    }

    private Map<String, Object> encodeQuery(Object query, String field) {
        if (query instanceof LogicCommand c) {
            return ValueEncoder.isLogic(c.operator()) || !(c instanceof QueryCommand)
                    ? encodeLogic(c, field)
                    : encodeComparison((QueryCommand) c, field);
        }
        if (query instanceof Map<?, ?> m) {
            return encodeObject(m);
        }
        if (field != null && isSpecialValue(query)) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put(field, values.value(query));
            return out;
        }
        throw DatabaseError.requestFail("$and/$or/$nor entries need to be full objects, got " + query);
    }

    /** Values the SDK converts rather than treats as plain data: inside a field-level logic command they compare. */
    private static boolean isSpecialValue(Object v) {
        return v instanceof RegExp || v instanceof Pattern || v instanceof ServerDate || v instanceof Geo
                || ValueEncoder.instant(v) != null;
    }

    private Map<String, Object> encodeLogic(LogicCommand c, String field) {
        Map<String, Object> out = new LinkedHashMap<>();
        switch (c.operator()) {
            case "and", "or", "nor" -> {
                List<Object> parts = new ArrayList<>();
                for (Object operand : c.operands()) {
                    parts.add(encodeQuery(operand, field));
                }
                out.put("$" + c.operator(), parts);
            }
            case "not" -> {
                if (field == null) {
                    throw SdkErrors.of("_.not() must be used on a field, as in where({field: _.not(_.gt(1))})");
                }
                Object operand = c.operands().get(0);
                Object negated;
                if (operand instanceof RegExp || operand instanceof Pattern) {
                    negated = values.value(operand);
                } else if (operand instanceof QueryCommand q && !ValueEncoder.isLogic(q.operator())) {
                    negated = operatorObject(q, values);
                } else {
                    throw SdkErrors.of("_.not() takes one field command or regular expression, got " + operand);
                }
                Map<String, Object> not = new LinkedHashMap<>();
                not.put("$not", negated);
                out.put(field, not);
            }
            case "expr" -> out.put("$expr", values.value(c.operands().get(0)));
            case "jsonSchema" -> out.put("$jsonSchema", values.value(c.operands().get(0)));
            default -> throw new IllegalStateException("not a logic operator: " + c.operator());
        }
        return out;
    }

    private Map<String, Object> encodeComparison(QueryCommand c, String field) {
        if (field == null) {
            throw SdkErrors.of("Cannot encode a comparison command with unset field name");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(field, operatorObject(c, values));
        return out;
    }

    /** The operator object of a field command: {@code _.gt(3)} is {@code {$gt: 3}}. */
    static Map<String, Object> operatorObject(QueryCommand c, ValueEncoder values) {
        Map<String, Object> op = new LinkedHashMap<>();
        switch (c.operator()) {
            case "in", "nin", "all" -> op.put(wireName(c.operator()), values.value(c.operands()));
            case "geoNear", "geoWithin", "geoIntersects" -> geo(c.operator(), castMap(c.operands().get(0)), values,
                    op);
            default -> op.put(wireName(c.operator()), values.value(c.operands().get(0)));
        }
        return op;
    }

    /** geo commands become {@code $nearSphere}, {@code $geoWithin}, {@code $geoIntersects}. */
    private static void geo(String operator, Map<String, Object> options, ValueEncoder values,
            Map<String, Object> out) {
        Map<String, Object> arg = new LinkedHashMap<>();
        if (operator.equals("geoWithin") && options.get("centerSphere") instanceof List<?> sphere) {
            Object center = values.value(sphere.get(0));
            Object coordinates = center instanceof Map<?, ?> point ? point.get("coordinates") : center;
            arg.put("$centerSphere", List.of(coordinates, values.value(sphere.get(1))));
        } else {
            arg.put("$geometry", values.value(options.get("geometry")));
        }
        if (operator.equals("geoNear")) {
            for (String distance : List.of("maxDistance", "minDistance")) {
                if (options.get(distance) != null) {
                    arg.put("$" + distance, values.value(options.get(distance)));
                }
            }
        }
        out.put(switch (operator) {
            case "geoNear" -> "$nearSphere";
            case "geoWithin" -> "$geoWithin";
            default -> "$geoIntersects";
        }, arg);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }

    private static String wireName(String sdkOperator) {
        return sdkOperator.equals("neq") ? "$ne" : "$" + sdkOperator;
    }

    private Map<String, Object> encodeObject(Map<?, ?> object) {
        Map<String, Object> flat = Flattener.flatten(object);
        for (String key : new ArrayList<>(flat.keySet())) {
            Object value = flat.get(key);
            if (!key.startsWith("$") && value instanceof LogicCommand c) {
                merge(flat, encodeQuery(c, key), key);
            } else {
                flat.put(key, values.value(value));
            }
        }
        return flat;
    }

    /** The SDK's {@code mergeConditionAfterEncode}: lists under the same operator are concatenated. */
    private static void merge(Map<String, Object> query, Map<String, Object> condition, String key) {
        if (!condition.containsKey(key)) {
            query.remove(key);
        }
        for (Map.Entry<String, Object> e : condition.entrySet()) {
            Object existing = query.get(e.getKey());
            if (existing instanceof List<?> list && e.getValue() instanceof List<?> more) {
                List<Object> joined = new ArrayList<>(list);
                joined.addAll(more);
                query.put(e.getKey(), joined);
            } else {
                query.put(e.getKey(), e.getValue());
            }
        }
    }
}
