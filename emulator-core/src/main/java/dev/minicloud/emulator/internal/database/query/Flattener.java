package dev.minicloud.emulator.internal.database.query;

import dev.minicloud.emulator.database.command.Command.ProjectionOperator;
import dev.minicloud.emulator.database.command.LogicCommand;
import dev.minicloud.emulator.database.command.UpdateCommand;
import dev.minicloud.emulator.database.value.Geo;
import dev.minicloud.emulator.database.value.RegExp;
import dev.minicloud.emulator.database.value.ServerDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The SDK's flattening of nested objects into dot paths, which it applies to {@code where} conditions and to update
 * data alike: {@code {a: {b: {c: 1}}}} becomes {@code {"a.b.c": 1}}. Keys starting with {@code $} stay where they
 * are (a nested object with such keys stays under its parent), falsy values are left alone, arrays and special values
 * (commands, dates, regular expressions, server dates) are not entered, and an empty nested object disappears, so
 * {@code {a: {}}} becomes {@code {}}.
 */
final class Flattener {
    private Flattener() {}

    static Map<String, Object> flatten(Map<?, ?> query) {
        Set<Object> visited = Collections.newSetFromMap(new IdentityHashMap<>());
        visited.add(query);
        return flatten(query, visited);
    }

    private static Map<String, Object> flatten(Map<?, ?> query, Set<Object> visited) {
        Map<String, Object> cloned = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : query.entrySet()) {
            cloned.put(ValueEncoder.key(e.getKey()), e.getValue());
        }
        List<String> keys = new ArrayList<>(cloned.keySet());
        for (String key : keys) {
            if (key.startsWith("$")) {
                continue;
            }
            Object value = cloned.get(key);
            if (isFalsy(value) || !(value instanceof Map<?, ?> nested) || isSpecial(value)) {
                continue;
            }
            if (!visited.add(nested)) {
                throw SdkErrors.of("Cannot convert circular structure to JSON");
            }
            Map<String, Object> child = flatten(nested, visited);
            visited.remove(nested);
            Map<String, Object> kept = new LinkedHashMap<>();
            for (Map.Entry<String, Object> c : child.entrySet()) {
                if (c.getKey().startsWith("$")) {
                    kept.put(c.getKey(), c.getValue());
                } else {
                    cloned.put(key + "." + c.getKey(), c.getValue());
                }
            }
            if (kept.isEmpty()) {
                cloned.remove(key);
            } else {
                cloned.put(key, kept);
            }
        }
        return cloned;
    }

    /** JavaScript falsiness, which the SDK's flattener tests before looking inside a value. */
    static boolean isFalsy(Object v) {
        if (v == null || Boolean.FALSE.equals(v)) {
            return true;
        }
        if (v instanceof Number n) {
            double d = n.doubleValue();
            return d == 0 || Double.isNaN(d);
        }
        return v instanceof String s && s.isEmpty();
    }

    private static boolean isSpecial(Object v) {
        return v instanceof LogicCommand || v instanceof UpdateCommand || v instanceof RegExp || v instanceof Pattern
                || v instanceof Geo
                || v instanceof ServerDate || v instanceof ProjectionOperator || ValueEncoder.instant(v) != null;
    }
}
