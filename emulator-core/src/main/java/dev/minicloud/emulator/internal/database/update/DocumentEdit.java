package dev.minicloud.emulator.internal.database.update;

import dev.minicloud.emulator.internal.common.value.Frozen;
import dev.minicloud.emulator.internal.common.value.FrozenMap;
import dev.minicloud.emulator.internal.common.value.Missing;
import dev.minicloud.emulator.internal.common.value.Numbers;
import dev.minicloud.emulator.internal.common.value.ValueOrder;
import dev.minicloud.emulator.internal.database.query.DatabaseError;
import dev.minicloud.emulator.internal.database.query.FilterCompiler;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One application of an update to one document: a copy-on-write view of it that owns the containers it copied, so
 * the stored document is never touched and unchanged parts are shared with the result.
 */
final class DocumentEdit {
    final Map<String, Object> original;
    private final PositionalIndex positions;
    private final boolean positional;
    private final Set<Object> owned = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<String, Object> root;
    private final ArrayEdits arrays;

    DocumentEdit(Map<String, Object> original, PositionalIndex positions, boolean positional,
            FilterCompiler matcher) {
        this.original = original;
        this.positions = positions;
        this.positional = positional;
        this.root = new LinkedHashMap<>(original);
        this.arrays = new ArrayEdits(this, matcher);
        owned.add(root);
    }

    void run(UpdateOperation op) {
        String[] segments = resolve(op.segments(), op.path());
        switch (op.operator()) {
            case SET -> set(segments, Frozen.freeze(op.argument()));
            case SET_ON_INSERT -> { }
            case UNSET -> unset(segments);
            case INC -> arithmetic(segments, op, true);
            case MUL -> arithmetic(segments, op, false);
            case MIN, MAX -> minMax(segments, op);
            case RENAME -> rename(segments, op);
            case BIT -> bit(segments, op);
            case PUSH -> arrays.push(segments, op);
            case POP -> arrays.pop(segments, op);
            case PULL -> arrays.pull(segments, op, arrays.pullCondition(op.argument()));
            case PULL_ALL -> arrays.pull(segments, op, ArrayEdits.inList((List<?>) op.argument()));
            case ADD_TO_SET -> arrays.addToSet(segments, op);
            case CURRENT_DATE -> throw DatabaseError.requestFail("$currentDate is not supported; use "
                    + "db.serverDate()");
        }
    }

    /** Makes a container created during the edit the edit's own, so it is frozen with the result. */
    void adopt(Object container) {
        owned.add(container);
    }

    private String[] resolve(String[] segments, String path) {
        if (!positional || !UpdateValidation.hasPositional(segments)) {
            return segments;
        }
        String[] out = segments.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i].equals("$")) {
                String arrayPath = String.join(".", Arrays.copyOfRange(out, 0, i));
                int index = positions.firstMatch(arrayPath);
                if (index < 0) {
                    throw DatabaseError.requestFail("The positional operator did not find the match needed from"
                            + " the query.");
                }
                out[i] = Integer.toString(index);
            }
        }
        return out;
    }

    Map<String, Object> result() {
        return freezeOwned(root);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> freezeOwned(Map<String, Object> map) {
        for (Map.Entry<String, Object> e : map.entrySet()) {
            Object v = e.getValue();
            if (owned.contains(v)) {
                e.setValue(v instanceof Map ? freezeOwned((Map<String, Object>) v) : freezeOwnedList((List<Object>) v));
            }
        }
        return FrozenMap.copyOf(map);
    }

    @SuppressWarnings("unchecked")
    private List<Object> freezeOwnedList(List<Object> list) {
        for (int i = 0; i < list.size(); i++) {
            Object v = list.get(i);
            if (owned.contains(v)) {
                list.set(i, v instanceof Map ? freezeOwned((Map<String, Object>) v)
                        : freezeOwnedList((List<Object>) v));
            }
        }
        return Collections.unmodifiableList(list);
    }

    /** Reads the value at a path without creating anything; fan-out does not apply to updates. */
    Object get(String[] segments) {
        Object node = root;
        for (String s : segments) {
            if (node instanceof Map<?, ?> m) {
                Object child = m.get(s);
                node = child == null && !m.containsKey(s) ? Missing.VALUE : child;
            } else if (node instanceof List<?> l && isIndex(s) && Integer.parseInt(s) < l.size()) {
                node = l.get(Integer.parseInt(s));
            } else {
                return Missing.VALUE;
            }
        }
        return node;
    }

    /**
     * The mutable container holding the last segment, creating missing objects on the way when
     * {@code create}; null when the path cannot exist and {@code create} is false.
     */
    Object parent(String[] segments, boolean create, String path) {
        Object node = root;
        for (int i = 0; i < segments.length - 1; i++) {
            String s = segments[i];
            Object child;
            if (node instanceof Map<?, ?> m) {
                child = m.get(s);
                if (child == null) {
                    if (!create) {
                        return null;
                    }
                    if (m.containsKey(s)) {
                        throw cannotCreate(segments[i + 1], s, null);
                    }
                    child = newMap();
                    put(node, s, child);
                    node = child;
                    continue;
                }
            } else if (node instanceof List<?> l) {
                if (!isIndex(s)) {
                    if (!create) {
                        return null;
                    }
                    throw cannotCreate(s, segments[i - 1], l);
                }
                int index = Integer.parseInt(s);
                child = index < l.size() ? l.get(index) : null;
                if (child == null) {
                    if (!create) {
                        return null;
                    }
                    child = newMap();
                    put(node, s, child);
                    node = child;
                    continue;
                }
            } else {
                return null;
            }
            if (!(child instanceof Map) && !(child instanceof List)) {
                if (!create) {
                    return null;
                }
                throw cannotCreate(segments[i + 1], s, child);
            }
            node = own(node, s, child);
        }
        if (!(node instanceof Map) && !(node instanceof List)) {
            return null;
        }
        if (node instanceof List<?> l && !isIndex(segments[segments.length - 1])) {
            if (!create) {
                return null;
            }
            throw cannotCreate(segments[segments.length - 1], segments.length > 1
                    ? segments[segments.length - 2] : path, l);
        }
        return node;
    }

    private DatabaseError cannotCreate(String field, String in, Object value) {
        return DatabaseError.requestFail("Cannot create field '" + field + "' in element {" + in + ": "
                + (value == null ? "null" : value) + "}");
    }

    private Map<String, Object> newMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        owned.add(m);
        return m;
    }

    /** Replaces a frozen child with an owned mutable copy, so it can be changed. */
    @SuppressWarnings("unchecked")
    Object own(Object parent, String key, Object child) {
        if (owned.contains(child)) {
            return child;
        }
        Object copy = child instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m)
                : new ArrayList<>((List<Object>) child);
        owned.add(copy);
        put(parent, key, copy);
        return copy;
    }

    @SuppressWarnings("unchecked")
    private void put(Object parent, String key, Object value) {
        if (parent instanceof Map<?, ?> m) {
            ((Map<String, Object>) m).put(key, value);
        } else {
            List<Object> l = (List<Object>) parent;
            int index = Integer.parseInt(key);
            if (index + 1 - l.size() > UpdateApplier.MAX_BACKFILL) {
                throw DatabaseError.requestFail("can't backfill more than " + UpdateApplier.MAX_BACKFILL + " elements");
            }
            while (l.size() <= index) {
                l.add(null);
            }
            l.set(index, value);
        }
    }

    void set(String[] segments, Object value) {
        Object parent = parent(segments, true, String.join(".", segments));
        if (parent == null) {
            throw cannotCreate(segments[segments.length - 1], segments.length > 1
                    ? segments[segments.length - 2] : "", get(Arrays.copyOf(segments,
                    segments.length - 1)));
        }
        put(parent, segments[segments.length - 1], value);
    }

    @SuppressWarnings("unchecked")
    private void unset(String[] segments) {
        Object parent = parent(segments, false, null);
        String last = segments[segments.length - 1];
        if (parent instanceof Map<?, ?> m) {
            ((Map<String, Object>) m).remove(last);
        } else if (parent instanceof List<?> l && isIndex(last) && Integer.parseInt(last) < l.size()) {
            ((List<Object>) l).set(Integer.parseInt(last), null);
        }
    }

    private void arithmetic(String[] segments, UpdateOperation op, boolean add) {
        Number amount = (Number) op.argument();
        Object current = get(segments);
        if (current == Missing.VALUE) {
            // MongoDB's $mul creates a zero (of the multiplier's type, which canonical numbers do not keep).
            set(segments, add ? Numbers.canonical(amount) : Integer.valueOf(0));
            return;
        }
        if (!(current instanceof Number n)) {
            throw DatabaseError.requestFail("Cannot apply " + op.operator() + " to a value of non-numeric type."
                    + " {_id: " + shownId(original.get("_id")) + "} has the field '" + segments[segments.length - 1]
                    + "' of non-numeric type " + ValueOrder.typeName(current));
        }
        Number canonical = Numbers.canonical(amount);
        Optional<Number> result = add ? Numbers.addExact(n, canonical)
                : Numbers.multiplyExact(n, canonical);
        set(segments, result.orElseThrow(() -> DatabaseError.requestFail("Failed to apply " + op.operator()
                + " operations to current value ((Number" + (n instanceof Integer ? "Int" : "Long") + ")" + n
                + ") for document {_id: " + shownId(original.get("_id")) + "}")));
    }

    /** How MongoDB prints an {@code _id} in a message: strings quoted. */
    private static String shownId(Object id) {
        return id instanceof String s ? "\"" + s + "\"" : String.valueOf(id);
    }

    private void minMax(String[] segments, UpdateOperation op) {
        Object value = Frozen.freeze(op.argument());
        Object current = get(segments);
        int c = current == Missing.VALUE ? 0 : ValueOrder.compare(value, current);
        if (current == Missing.VALUE || (op.operator() == UpdateOperator.MIN ? c < 0 : c > 0)) {
            set(segments, value);
        }
    }

    private void rename(String[] segments, UpdateOperation op) {
        String[] target = resolve(UpdateValidation.split((String) op.argument()), (String) op.argument());
        if (throughArray(segments) || throughArray(target)) {
            throw DatabaseError.requestFail("The source field cannot be an array element, '" + op.path()
                    + "' in doc with _id: " + original.get("_id") + " has an array field called '"
                    + segments[0] + "'");
        }
        Object value = get(segments);
        if (value == Missing.VALUE) {
            return;
        }
        unset(segments);
        set(target, value);
    }

    private boolean throughArray(String[] segments) {
        Object node = root;
        for (int i = 0; i < segments.length - 1; i++) {
            node = node instanceof Map<?, ?> m ? m.get(segments[i]) : null;
            if (node instanceof List) {
                return true;
            }
        }
        return false;
    }

    private void bit(String[] segments, UpdateOperation op) {
        Object current = get(segments);
        long value;
        if (current == Missing.VALUE) {
            value = 0;
        } else if (current instanceof Integer || current instanceof Long) {
            value = ((Number) current).longValue();
        } else {
            throw DatabaseError.requestFail("Cannot apply $bit to a value of non-integral type. {_id: "
                    + original.get("_id") + "} has the field '" + segments[segments.length - 1]
                    + "' of non-integer type " + ValueOrder.typeName(current));
        }
        for (Map.Entry<?, ?> e : ((Map<?, ?>) op.argument()).entrySet()) {
            if (!(e.getValue() instanceof Integer || e.getValue() instanceof Long)) {
                throw DatabaseError.requestFail("The $bit modifier field must be an Integer(32/64 bit); a '"
                        + ValueOrder.typeName(e.getValue()) + "' is not supported here: {" + e.getKey() + ": "
                        + e.getValue() + "}");
            }
            long operand = ((Number) e.getValue()).longValue();
            value = switch ((String) e.getKey()) {
                case "and" -> value & operand;
                case "or" -> value | operand;
                case "xor" -> value ^ operand;
                default -> throw DatabaseError.requestFail("The $bit modifier only supports 'and', 'or', and"
                        + " 'xor', not '" + e.getKey() + "' which is an unknown operator: {" + e.getKey() + ": "
                        + e.getValue() + "}");
            };
        }
        set(segments, Numbers.ofLong(value));
    }

    static boolean isIndex(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
