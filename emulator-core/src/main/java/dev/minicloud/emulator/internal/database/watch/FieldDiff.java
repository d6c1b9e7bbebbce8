package dev.minicloud.emulator.internal.database.watch;

import dev.minicloud.emulator.internal.common.value.ValueOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code updatedFields} and {@code removedFields} of an update: the dot paths whose values changed (sub-documents
 * compared field by field, arrays as whole values) and the paths that disappeared.
 */
final class FieldDiff {
    final Map<String, Object> updated = new LinkedHashMap<>();
    final List<String> removed = new ArrayList<>();

    static FieldDiff between(Map<String, Object> before, Map<String, Object> after) {
        FieldDiff diff = new FieldDiff();
        diff.compare("", before, after);
        return diff;
    }

    @SuppressWarnings("unchecked")
    private void compare(String prefix, Map<String, Object> before, Map<String, Object> after) {
        for (Map.Entry<String, Object> e : after.entrySet()) {
            String path = prefix + e.getKey();
            Object old = before.get(e.getKey());
            Object now = e.getValue();
            if (old instanceof Map && now instanceof Map) {
                compare(path + ".", (Map<String, Object>) old, (Map<String, Object>) now);
            } else if (!before.containsKey(e.getKey()) || ValueOrder.bracket(old) != ValueOrder.bracket(now)
                    || !ValueOrder.equal(old, now)) {
                updated.put(path, now);
            }
        }
        for (String key : before.keySet()) {
            if (!after.containsKey(key)) {
                removed.add(prefix + key);
            }
        }
    }
}
