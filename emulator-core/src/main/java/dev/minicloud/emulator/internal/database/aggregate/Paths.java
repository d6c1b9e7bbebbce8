package dev.minicloud.emulator.internal.database.aggregate;

import dev.minicloud.emulator.internal.common.value.Missing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Field paths the aggregation way, which differs from query paths: a segment never indexes an array
 * ({@code "$a.0"} looks for a field named "0"); on an array the rest of the path applies to each element and the
 * results form an array (elements without the field are skipped, arrays nest as they are).
 */
final class Paths {
    private Paths() {}

    /** The value at {@code segments[from..]} of {@code value}, or missing. */
    static Object resolve(Object value, String[] segments, int from) {
        Object node = value;
        for (int i = from; i < segments.length; i++) {
            if (node instanceof Map<?, ?> m) {
                Object child = m.get(segments[i]);
                node = child == null && !m.containsKey(segments[i]) ? Missing.VALUE : child;
            } else if (node instanceof List<?> l) {
                List<Object> out = new ArrayList<>(l.size());
                for (Object e : l) {
                    if (e instanceof Map || e instanceof List) {
                        Object r = resolve(e, segments, i);
                        if (r != Missing.VALUE) {
                            out.add(r);
                        }
                    }
                }
                return out;
            } else {
                return Missing.VALUE;
            }
        }
        return node;
    }

    /** The value at a dotted path of a document, aggregation style. */
    static Object get(Map<String, Object> doc, String path) {
        return resolve(doc, path.split("\\.", -1), 0);
    }

    /**
     * A copy of {@code doc} with {@code value} written at the dotted path, as {@code $addFields} and computed
     * {@code $project} fields write: sub-documents are merged into, an array gets the field in every element (a
     * scalar element becomes a sub-document), anything else on the way is replaced; a missing value removes nothing
     * and writes nothing.
     */
    static Map<String, Object> set(Map<String, Object> doc, String path, Object value) {
        Map<String, Object> out = new LinkedHashMap<>(doc);
        setIn(out, path.split("\\.", -1), 0, value);
        return out;
    }

    private static void setIn(Map<String, Object> node, String[] segments, int i, Object value) {
        String key = segments[i];
        if (i == segments.length - 1) {
            if (value == Missing.VALUE) {
                node.remove(key);
            } else {
                node.put(key, value);
            }
            return;
        }
        node.put(key, setBelow(node.get(key), segments, i + 1, value));
    }

    private static Object setBelow(Object child, String[] segments, int i, Object value) {
        if (child instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object e : l) {
                out.add(setBelow(e, segments, i, value));
            }
            return out;
        }
        Map<String, Object> sub = child instanceof Map ? new LinkedHashMap<>(Values.object(child))
                : new LinkedHashMap<>();
        setIn(sub, segments, i, value);
        return sub;
    }
}
