package dev.minicloud.emulator.internal.database.aggregate;

import dev.minicloud.emulator.internal.database.query.Projection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code $project} and {@code $addFields}. Both read nested specifications as dotted paths
 * ({@code {a: {b: 1}}} is {@code {"a.b": 1}}) and write computed fields into sub-documents (and into every element
 * of an array on the way). {@code $project} first keeps or drops fields with the query projection (1/true include,
 * 0/false exclude, {@code _id} kept unless excluded), then appends computed fields; {@code $addFields} keeps every
 * field and sets the computed ones, an existing field in place.
 */
final class FieldsStage implements Stage {
    private final Projection fields;
    private final Map<String, Expression> computed;
    private final StageContext context;

    private FieldsStage(Projection fields, Map<String, Expression> computed, StageContext context) {
        this.fields = fields;
        this.computed = computed;
        this.context = context;
    }

    static Stage addFields(Object spec, StageContext context) {
        if (!(spec instanceof Map<?, ?> m)) {
            throw Values.fail("$addFields specification stage must be an object, got " + Values.type(spec));
        }
        Map<String, Expression> computed = new LinkedHashMap<>();
        flatten("", Values.object(m), false).forEach((path, value) -> computed.put(path,
                context.compiler().compile(value)));
        return new FieldsStage(Projection.NONE, computed, context);
    }

    static Stage project(Object spec, StageContext context) {
        if (!(spec instanceof Map<?, ?> m) || m.isEmpty()) {
            throw Values.fail("Invalid $project :: caused by :: projection specification must have at least one"
                    + " field");
        }
        boolean includeId = true;
        List<String> included = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        Map<String, Expression> computed = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : flatten("", Values.object(m), true).entrySet()) {
            String path = e.getKey();
            Object value = e.getValue();
            if (value instanceof Boolean || value instanceof Number) {
                boolean include = Values.truthy(value);
                if (path.equals("_id")) {
                    includeId = include;
                } else {
                    (include ? included : excluded).add(path);
                }
            } else {
                computed.put(path, context.compiler().compile(value));
            }
        }
        if (!excluded.isEmpty() && !(included.isEmpty() && computed.isEmpty())) {
            String first = excluded.get(0);
            throw Values.fail(computed.isEmpty() ? "Invalid $project :: caused by :: Cannot do exclusion on field "
                    + first + " in inclusion projection" : "Invalid $project :: caused by :: Cannot use expression"
                    + " other than $meta in exclusion projection");
        }
        // {_id: 1} alone keeps only _id; {_id: 0} alone drops only _id.
        boolean inclusion = !included.isEmpty() || !computed.isEmpty() || excluded.isEmpty() && includeId;
        if (computed.containsKey("_id")) {
            includeId = false;
        }
        return new FieldsStage(Projection.fields(inclusion ? included : excluded, inclusion, includeId), computed,
                context);
    }

    /**
     * The specification as dotted paths: a nested object without {@code $} keys is a sub-specification; anything
     * else (values, operator objects, arrays) is a leaf.
     */
    private static Map<String, Object> flatten(String prefix, Map<String, Object> spec, boolean project) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : spec.entrySet()) {
            String key = e.getKey();
            if (key.startsWith("$")) {
                throw Values.fail("FieldPath field names may not start with '$'. Found: " + key);
            }
            String path = prefix + key;
            Object value = e.getValue();
            if (value instanceof Map<?, ?> sub && !sub.isEmpty()
                    && !String.valueOf(sub.keySet().iterator().next()).startsWith("$")) {
                out.putAll(flatten(path + ".", Values.object(sub), project));
            } else if (value instanceof Map<?, ?> sub && sub.isEmpty() && project) {
                throw Values.fail("Invalid $project :: caused by :: An empty sub-projection is not a valid value."
                        + " Found empty object at path " + path);
            } else {
                out.put(path, value);
            }
        }
        return out;
    }

    @Override
    public List<Map<String, Object>> apply(List<Map<String, Object>> input) {
        List<Map<String, Object>> out = new ArrayList<>(input.size());
        for (Map<String, Object> doc : input) {
            Scope scope = context.scope(doc);
            Map<String, Object> result = fields.apply(doc);
            for (Map.Entry<String, Expression> c : computed.entrySet()) {
                result = Paths.set(result, c.getKey(), c.getValue().evaluate(scope));
            }
            if (computed.containsKey("_id") && result.containsKey("_id")) {
                Map<String, Object> idFirst = new LinkedHashMap<>();
                idFirst.put("_id", result.get("_id"));
                idFirst.putAll(result);
                result = idFirst;
            }
            out.add(result);
        }
        return out;
    }
}
