package dev.minicloud.emulator.internal.common.value;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deeply unmodifiable copies of canonical values. Stored documents are frozen, so queries can hand them out without
 * copying and snapshots can share them.
 */
public final class Frozen {
    private Frozen() {}

    /** A deeply unmodifiable copy of a canonical value (scalars are returned as they are). */
    public static Object freeze(Object v) {
        if (v instanceof Map<?, ?> m) {
            return map(m);
        }
        if (v instanceof List<?> l) {
            List<Object> copy = new ArrayList<>(l.size());
            for (Object e : l) {
                copy.add(freeze(e));
            }
            return Collections.unmodifiableList(copy);
        }
        return v;
    }

    /** A deeply unmodifiable copy of a document, keeping key order. */
    public static Map<String, Object> map(Map<?, ?> m) {
        Map<String, Object> copy = new LinkedHashMap<>(Math.max(4, (int) (m.size() / 0.75f) + 1));
        for (Map.Entry<?, ?> e : m.entrySet()) {
            copy.put((String) e.getKey(), freeze(e.getValue()));
        }
        return Collections.unmodifiableMap(copy);
    }

    /** A document with {@code _id} first, then the other fields in their order, frozen. */
    public static Map<String, Object> withId(Object id, Map<String, Object> fields) {
        Map<String, Object> copy = new LinkedHashMap<>(Math.max(4, (int) ((fields.size() + 1) / 0.75f) + 1));
        copy.put("_id", id);
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            if (!e.getKey().equals("_id")) {
                copy.put(e.getKey(), freeze(e.getValue()));
            }
        }
        return Collections.unmodifiableMap(copy);
    }
}
