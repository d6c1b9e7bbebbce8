package dev.minicloud.emulator.internal.database.update;

import dev.minicloud.emulator.database.value.RegExp;
import dev.minicloud.emulator.internal.common.value.Frozen;
import dev.minicloud.emulator.internal.common.value.Missing;
import dev.minicloud.emulator.internal.common.value.ValueOrder;
import dev.minicloud.emulator.internal.database.query.DatabaseError;
import dev.minicloud.emulator.internal.database.query.Deadline;
import dev.minicloud.emulator.internal.database.query.FieldPath;
import dev.minicloud.emulator.internal.database.query.Filter;
import dev.minicloud.emulator.internal.database.query.FilterCompiler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The array operators of one {@link DocumentEdit}: {@code $push} with its modifiers, {@code $pop}, {@code $pull},
 * {@code $pullAll} and {@code $addToSet}.
 */
final class ArrayEdits {
    private final DocumentEdit doc;
    private final FilterCompiler matcher;

    ArrayEdits(DocumentEdit doc, FilterCompiler matcher) {
        this.doc = doc;
        this.matcher = matcher;
    }

    /** The array at the path as an owned mutable list, created when missing; null if missing and not created. */
    @SuppressWarnings("unchecked")
    private List<Object> array(String[] segments, UpdateOperation op, boolean create) {
        Object current = doc.get(segments);
        if (current == Missing.VALUE || current == null && !create) {
            if (!create) {
                return null;
            }
            List<Object> fresh = new ArrayList<>();
            doc.adopt(fresh);
            doc.set(segments, fresh);
            return fresh;
        }
        if (!(current instanceof List)) {
            String field = String.join(".", segments);
            throw switch (op.operator()) {
                case POP -> DatabaseError.requestFail("Path '" + field
                        + "' contains an element of non-array type '" + ValueOrder.typeName(current) + "'");
                case PULL, PULL_ALL -> DatabaseError.requestFail("Cannot apply " + op.operator()
                        + " to a non-array value");
                case ADD_TO_SET -> DatabaseError.requestFail("Cannot apply $addToSet to non-array field. Field"
                        + " named '" + segments[segments.length - 1] + "' has non-array type "
                        + ValueOrder.typeName(current));
                default -> DatabaseError.requestFail("The field '" + field + "' must be an array but is of type "
                        + ValueOrder.typeName(current) + " in document {_id: " + doc.original.get("_id") + "}");
            };
        }
        Object parent = doc.parent(segments, false, null);
        return (List<Object>) doc.own(parent, segments[segments.length - 1], current);
    }

    void push(String[] segments, UpdateOperation op) {
        Object arg = op.argument();
        List<?> each;
        Map<?, ?> modifiers = null;
        if (arg instanceof Map<?, ?> m && m.containsKey("$each")) {
            modifiers = m;
            if (!(m.get("$each") instanceof List<?> l)) {
                throw DatabaseError.requestFail("The argument to $each in $push must be an array but it was of type: "
                        + ValueOrder.typeName(m.get("$each")));
            }
            each = l;
            for (Object key : m.keySet()) {
                if (!List.of("$each", "$position", "$sort", "$slice").contains(key)) {
                    throw DatabaseError.requestFail("Unrecognized clause in $push: " + key);
                }
            }
        } else {
            each = List.of(arg);
        }
        List<Object> array = array(segments, op, true);
        List<Object> values = new ArrayList<>(each.size());
        for (Object v : each) {
            values.add(Frozen.freeze(v));
        }
        int position = array.size();
        if (modifiers != null && modifiers.get("$position") != null) {
            if (!(modifiers.get("$position") instanceof Integer p)) {
                throw DatabaseError.requestFail("The value for $position must be an integer value, not of type: "
                        + ValueOrder.typeName(modifiers.get("$position")));
            }
            position = p < 0 ? Math.max(0, array.size() + p) : Math.min(p, array.size());
        }
        array.addAll(position, values);
        if (modifiers != null && modifiers.containsKey("$sort")) {
            array.sort(pushSort(modifiers.get("$sort")));
        }
        if (modifiers != null && modifiers.containsKey("$slice")) {
            if (!(modifiers.get("$slice") instanceof Integer n)) {
                throw DatabaseError.requestFail("The value for $slice must be an integer value but was given type: "
                        + ValueOrder.typeName(modifiers.get("$slice")));
            }
            List<Object> kept = n >= 0 ? new ArrayList<>(array.subList(0, Math.min(n, array.size())))
                    : new ArrayList<>(array.subList(Math.max(0, array.size() + n), array.size()));
            array.clear();
            array.addAll(kept);
        }
    }

    private static Comparator<Object> pushSort(Object spec) {
        if (spec instanceof Number n && (n.intValue() == 1 || n.intValue() == -1)) {
            Comparator<Object> c = ValueOrder::compare;
            return n.intValue() == 1 ? c : c.reversed();
        }
        if (spec instanceof Map<?, ?> fields && !fields.isEmpty()) {
            Comparator<Object> c = (a, b) -> 0;
            for (Map.Entry<?, ?> f : fields.entrySet()) {
                FieldPath path = FieldPath.of((String) f.getKey());
                boolean asc = f.getValue() instanceof Number n && n.intValue() == 1;
                Comparator<Object> byField = (a, b) -> ValueOrder.compare(
                        nullIfMissing(path.get(a)), nullIfMissing(path.get(b)));
                c = c.thenComparing(asc ? byField : byField.reversed());
            }
            return c;
        }
        throw DatabaseError.requestFail("The $sort is invalid: use 1/-1 to sort the whole element, or {field:1/-1}"
                + " to sort embedded fields");
    }

    void pop(String[] segments, UpdateOperation op) {
        List<Object> array = array(segments, op, false);
        if (array == null || array.isEmpty()) {
            return;
        }
        if (((Number) op.argument()).intValue() == 1) {
            array.remove(array.size() - 1);
        } else {
            array.remove(0);
        }
    }

    void pull(String[] segments, UpdateOperation op, Predicate<Object> remove) {
        List<Object> array = array(segments, op, false);
        if (array != null) {
            array.removeIf(remove);
        }
    }

    Predicate<Object> pullCondition(Object condition) {
        if (FilterCompiler.isOperatorObject(condition)) {
            Filter onValue = matcher.field(FieldPath.of("v"), condition);
            return e -> onValue.test(Collections.singletonMap("v", e));
        }
        if (condition instanceof Map<?, ?> m) {
            @SuppressWarnings("unchecked")
            Filter onDocument = matcher.compile((Map<String, Object>) m);
            @SuppressWarnings("unchecked")
            Predicate<Object> test = e -> e instanceof Map && onDocument.test((Map<String, Object>) e);
            return test;
        }
        if (condition instanceof RegExp r) {
            return e -> e instanceof String s && r.matches(Deadline.guard(s));
        }
        return e -> ValueOrder.equal(e, condition);
    }

    static Predicate<Object> inList(List<?> values) {
        return e -> {
            for (Object v : values) {
                if (ValueOrder.equal(e, v)) {
                    return true;
                }
            }
            return false;
        };
    }

    void addToSet(String[] segments, UpdateOperation op) {
        Object arg = op.argument();
        List<?> each = arg instanceof Map<?, ?> m && m.containsKey("$each") && m.get("$each") instanceof List<?> l
                ? l : List.of(arg);
        List<Object> array = array(segments, op, true);
        for (Object v : each) {
            boolean present = false;
            for (Object e : array) {
                if (ValueOrder.equal(e, v)) {
                    present = true;
                    break;
                }
            }
            if (!present) {
                array.add(Frozen.freeze(v));
            }
        }
    }

    private static Object nullIfMissing(Object v) {
        return v == Missing.VALUE ? null : v;
    }
}
