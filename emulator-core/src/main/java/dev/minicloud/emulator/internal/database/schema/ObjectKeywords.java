package dev.minicloud.emulator.internal.database.schema;

import dev.minicloud.emulator.internal.database.query.DatabaseError;
import dev.minicloud.emulator.internal.database.query.Deadline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The {@code $jsonSchema} keywords about object members: properties, patternProperties, additionalProperties,
 * dependencies.
 */
final class ObjectKeywords {
    private ObjectKeywords() {}

    /**
     * {@code properties} and {@code patternProperties} check the members they name; {@code additionalProperties}
     * (false, or a schema) covers the members neither of its siblings names.
     */
    static Predicate<Object> compile(String keyword, Object arg, Map<String, Object> siblings,
            Function<Object, Predicate<Object>> schema) {
        if (keyword.equals("additionalProperties")) {
            Predicate<Object> extra = arg instanceof Boolean b ? v -> b : schema.apply(arg);
            Map<String, Predicate<Object>> named = members("properties", siblings.get("properties"), schema);
            Map<Pattern, Predicate<Object>> patterns = patterns(siblings.get("patternProperties"), schema);
            return v -> {
                if (!(v instanceof Map<?, ?> m)) {
                    return true;
                }
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    String key = (String) e.getKey();
                    boolean covered = named.containsKey(key)
                            || patterns.keySet().stream().anyMatch(p -> p.matcher(Deadline.guard(key)).find());
                    if (!covered && !extra.test(e.getValue())) {
                        return false;
                    }
                }
                return true;
            };
        }
        if (keyword.equals("properties")) {
            Map<String, Predicate<Object>> named = members(keyword, arg, schema);
            return v -> {
                if (!(v instanceof Map<?, ?> m)) {
                    return true;
                }
                for (Map.Entry<String, Predicate<Object>> p : named.entrySet()) {
                    if (m.containsKey(p.getKey()) && !p.getValue().test(m.get(p.getKey()))) {
                        return false;
                    }
                }
                return true;
            };
        }
        Map<Pattern, Predicate<Object>> patterns = patterns(arg, schema);
        return v -> {
            if (!(v instanceof Map<?, ?> m)) {
                return true;
            }
            for (Map.Entry<?, ?> e : m.entrySet()) {
                for (Map.Entry<Pattern, Predicate<Object>> p : patterns.entrySet()) {
                    if (p.getKey().matcher(Deadline.guard((String) e.getKey())).find()
                            && !p.getValue().test(e.getValue())) {
                        return false;
                    }
                }
            }
            return true;
        };
    }

    private static Map<String, Predicate<Object>> members(String keyword, Object arg,
            Function<Object, Predicate<Object>> schema) {
        Map<String, Predicate<Object>> out = new LinkedHashMap<>();
        if (arg == null) {
            return out;
        }
        if (!(arg instanceof Map<?, ?> m)) {
            throw DatabaseError.requestFail("$jsonSchema keyword '" + keyword + "' must be an object");
        }
        m.forEach((k, s) -> out.put((String) k, schema.apply(s)));
        return out;
    }

    private static Map<Pattern, Predicate<Object>> patterns(Object arg, Function<Object, Predicate<Object>> schema) {
        Map<Pattern, Predicate<Object>> out = new LinkedHashMap<>();
        members("patternProperties", arg, schema).forEach((regex, s) -> out.put(Pattern.compile(regex), s));
        return out;
    }

    /** {@code dependencies}: a present member requires other members (an array) or the object to match a schema. */
    static Predicate<Object> dependencies(Object arg, Function<Object, Predicate<Object>> schema) {
        if (!(arg instanceof Map<?, ?> m)) {
            throw DatabaseError.requestFail("$jsonSchema keyword 'dependencies' must be an object");
        }
        List<Predicate<Map<?, ?>>> rules = new ArrayList<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            String member = (String) e.getKey();
            if (e.getValue() instanceof List<?> required) {
                rules.add(obj -> !obj.containsKey(member) || required.stream().allMatch(obj::containsKey));
            } else {
                Predicate<Object> s = schema.apply(e.getValue());
                rules.add(obj -> !obj.containsKey(member) || s.test(obj));
            }
        }
        return v -> !(v instanceof Map<?, ?> obj) || rules.stream().allMatch(r -> r.test(obj));
    }
}
