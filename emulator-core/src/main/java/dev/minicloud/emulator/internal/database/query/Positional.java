package dev.minicloud.emulator.internal.database.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The positional operator {@code $} in an update path stands for the first element of the array that the query's
 * conditions on that array matched: {@code where({scores: 20}).update({data: {'scores.$': 25}})}.
 */
public final class Positional {
    private final FilterCompiler matcher;
    private final Map<String, Object> wire;
    private final Map<String, Filter> perArray = new java.util.HashMap<>();

    public Positional(FilterCompiler matcher, Map<String, Object> wire) {
        this.matcher = matcher;
        this.wire = wire;
    }

    /** The index of the first element of the array at {@code arrayPath} in {@code doc} the query matched, or -1. */
    public int firstMatch(Map<String, Object> doc, String arrayPath) {
        Filter conditions = perArray.computeIfAbsent(arrayPath, this::conditionsOn);
        if (conditions == null) {
            return -1;
        }
        FieldPath path = FieldPath.of(arrayPath);
        if (!(path.get(doc) instanceof List<?> array)) {
            return -1;
        }
        String[] segments = path.segments();
        for (int i = 0; i < array.size(); i++) {
            Map<String, Object> view = replace(doc, segments, 0, Collections.singletonList(array.get(i)));
            if (conditions.test(view)) {
                return i;
            }
        }
        return -1;
    }

    private Filter conditionsOn(String arrayPath) {
        Map<String, Object> relevant = new LinkedHashMap<>();
        collect(wire, arrayPath, relevant);
        return relevant.isEmpty() ? null : matcher.compile(relevant);
    }

    private static void collect(Map<String, Object> filter, String arrayPath, Map<String, Object> into) {
        for (Map.Entry<String, Object> e : filter.entrySet()) {
            String key = e.getKey();
            if (key.equals(arrayPath) || key.startsWith(arrayPath + ".")) {
                into.put(key, e.getValue());
            } else if (key.equals("$and") && e.getValue() instanceof List<?> clauses) {
                for (Object clause : clauses) {
                    if (clause instanceof Map) {
                        collect(FilterCompiler.castMap(clause), arrayPath, into);
                    }
                }
            }
        }
    }

    private static Map<String, Object> replace(Map<String, Object> node, String[] segments, int i, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(node);
        if (i == segments.length - 1) {
            copy.put(segments[i], value);
        } else if (node.get(segments[i]) instanceof Map) {
            copy.put(segments[i], replace(FilterCompiler.castMap(node.get(segments[i])), segments, i + 1, value));
        }
        return copy;
    }
}
