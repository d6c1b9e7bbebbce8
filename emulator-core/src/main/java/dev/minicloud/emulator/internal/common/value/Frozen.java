package dev.minicloud.emulator.internal.common.value;

import java.util.ArrayList;
import java.util.Collections;
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
        if (Scalars.isScalar(v) || v instanceof FrozenMap) {
            return v;
        }
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
        Object[] entries = new Object[m.size() * 2];
        int i = 0;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            entries[i++] = (String) e.getKey();
            entries[i++] = freeze(e.getValue());
        }
        return FrozenMap.adopt(entries);
    }

    /** A document with {@code _id} first, then the other fields in their order, frozen. */
    public static Map<String, Object> withId(Object id, Map<String, Object> fields) {
        Object[] entries = new Object[(fields.size() + (fields.containsKey("_id") ? 0 : 1)) * 2];
        entries[0] = "_id";
        entries[1] = id;
        int i = 2;
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            if (!e.getKey().equals("_id")) {
                entries[i++] = e.getKey();
                entries[i++] = freeze(e.getValue());
            }
        }
        return FrozenMap.adopt(entries);
    }
}
