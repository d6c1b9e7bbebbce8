package dev.minicloud.emulator.internal.database.aggregate;

import dev.minicloud.emulator.internal.common.value.Missing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code $unwind}: one output document per element of the array at {@code path} (a {@code $}-prefixed path through
 * sub-documents only), the array replaced by the element. A non-array value counts as a one-element array; null, a
 * missing field and an empty array drop the document unless {@code preserveNullAndEmptyArrays} (then it is kept,
 * without the field if the array was empty). {@code includeArrayIndex} names a field for the element's index (null
 * when there was no array).
 */
final class UnwindStage {
    private UnwindStage() {}

    static Stage compile(Object spec) {
        String path;
        String indexField = null;
        boolean preserve = false;
        if (spec instanceof String s) {
            path = s;
        } else if (spec instanceof Map<?, ?>) {
            Map<String, Object> o = Args.options("$unwind", spec, Set.of("path"),
                    Set.of("includeArrayIndex", "preserveNullAndEmptyArrays"));
            if (!(o.get("path") instanceof String s)) {
                throw Values.fail("expected a string as the path for $unwind stage, got " + Values.type(o.get("path")));
            }
            path = s;
            Object index = o.get("includeArrayIndex");
            if (index != null) {
                if (!(index instanceof String i) || i.isEmpty() || i.startsWith("$")) {
                    throw Values.fail("includeArrayIndex option to $unwind stage should be a non-empty string not"
                            + " starting with '$', but found: " + Values.show(index));
                }
                indexField = i;
            }
            Object p = o.get("preserveNullAndEmptyArrays");
            if (p != null && !(p instanceof Boolean)) {
                throw Values.fail("expected a boolean for the preserveNullAndEmptyArrays option to $unwind stage,"
                        + " got " + Values.type(p));
            }
            preserve = Boolean.TRUE.equals(p);
        } else {
            throw Values.fail("expected either a string or an object as specification for $unwind stage, got "
                    + Values.type(spec));
        }
        if (!path.startsWith("$") || path.length() < 2) {
            throw Values.fail("path option to $unwind stage should be prefixed with a '$': " + path);
        }
        String field = path.substring(1);
        String[] segments = field.split("\\.", -1);
        String index = indexField;
        boolean keep = preserve;
        return input -> {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Map<String, Object> doc : input) {
                Object v = nested(doc, segments);
                if (v instanceof List<?> l && !l.isEmpty()) {
                    for (int i = 0; i < l.size(); i++) {
                        out.add(withIndex(Paths.set(doc, field, l.get(i)), index, i));
                    }
                } else if (v instanceof List) {
                    if (keep) {
                        out.add(withIndex(Paths.set(doc, field, Missing.VALUE), index, null));
                    }
                } else if (!Values.nullish(v)) {
                    out.add(withIndex(doc, index, null));
                } else if (keep) {
                    out.add(withIndex(doc, index, null));
                }
            }
            return out;
        };
    }

    /** The value at the path through sub-documents only, as {@code $unwind} reads it. */
    private static Object nested(Map<String, Object> doc, String[] segments) {
        Object node = doc;
        for (String s : segments) {
            if (!(node instanceof Map<?, ?> m) || !m.containsKey(s)) {
                return Missing.VALUE;
            }
            node = m.get(s);
        }
        return node;
    }

    private static Map<String, Object> withIndex(Map<String, Object> doc, String field, Integer index) {
        if (field == null) {
            return doc;
        }
        return Paths.set(doc, field, index);
    }
}
