package dev.minicloud.emulator.internal.update;

import dev.minicloud.emulator.internal.query.DatabaseError;
import dev.minicloud.emulator.internal.query.Deadline;
import dev.minicloud.emulator.internal.query.Filter;
import dev.minicloud.emulator.internal.query.FilterCompiler;
import dev.minicloud.emulator.internal.query.FieldPath;
import dev.minicloud.emulator.internal.value.Frozen;
import dev.minicloud.emulator.internal.value.Missing;
import dev.minicloud.emulator.internal.value.Numbers;
import dev.minicloud.emulator.internal.value.ValueOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The one update applier: applies a wire update ({@code {$set: {...}, $inc: {...}, ...}}) to a stored document with
 * MongoDB's semantics and reports whether anything really changed, which is what {@code stats.updated} counts.
 *
 * <p>A compiled update is immutable and can be applied to many documents. Applying never touches the input document:
 * only the containers along changed paths are copied, and the result is frozen again.
 */
public final class UpdateApplier {
    /** The most positions an update may add to an array to reach an index, as MongoDB ({@code kMaxPaddingAllowed}). */
    public static final int MAX_BACKFILL = 1_500_000;

    private record Operation(String operator, String path, String[] segments, Object argument) {}

    /** The result of applying an update to one document. */
    public record Outcome(Map<String, Object> document, boolean modified) {}

    private final List<Operation> operations;
    private final boolean positional;
    private final FilterCompiler matcher;

    private UpdateApplier(List<Operation> operations, FilterCompiler matcher) {
        this.operations = operations;
        this.matcher = matcher;
        this.positional = operations.stream().anyMatch(op -> hasPositional(op.segments())
                || op.operator().equals("$rename") && op.argument() instanceof String s && s.contains(".$"));
    }

    /** Validates and compiles a wire update. */
    public static UpdateApplier compile(Map<String, Object> wire, FilterCompiler matcher) {
        List<Operation> ops = new ArrayList<>();
        for (Map.Entry<String, Object> group : wire.entrySet()) {
            String operator = group.getKey();
            if (!isKnown(operator)) {
                throw DatabaseError.requestFail("Unknown modifier: " + operator
                        + ". Expected a valid update modifier or pipeline-style update specified as an array");
            }
            if (!(group.getValue() instanceof Map<?, ?> args)) {
                throw DatabaseError.requestFail("Modifiers operate on fields but we found type "
                        + ValueOrder.typeName(group.getValue()) + " instead. For example: {$mod: {<field>: ...}}"
                        + " not {" + operator + ": " + group.getValue() + "}");
            }
            if (args.isEmpty()) {
                throw DatabaseError.requestFail("'" + operator + "' is empty. You must specify a field like so: {"
                        + operator + ": {<field>: ...}}");
            }
            for (Map.Entry<?, ?> arg : args.entrySet()) {
                String path = (String) arg.getKey();
                ops.add(new Operation(operator, path, split(path), arg.getValue()));
                validate(operator, path, arg.getValue());
            }
        }
        checkConflicts(ops);
        return new UpdateApplier(ops, matcher);
    }

    /** Whether any path uses the positional operator {@code $}. */
    public boolean usesPositional() {
        return positional;
    }

    /** Whether the update contains no operation at all (update data that flattened to nothing). */
    public boolean isEmpty() {
        return operations.isEmpty();
    }

    private static boolean isKnown(String operator) {
        return switch (operator) {
            case "$set", "$unset", "$inc", "$mul", "$min", "$max", "$rename", "$bit",
                    "$push", "$pop", "$pull", "$pullAll", "$addToSet", "$currentDate", "$setOnInsert" -> true;
            default -> false;
        };
    }

    private static String[] split(String path) {
        String[] segments = path.split("\\.", -1);
        for (String s : segments) {
            if (s.isEmpty()) {
                throw DatabaseError.requestFail("An update path '" + path + "' contains an empty field name,"
                        + " which is not allowed.");
            }
            if (s.indexOf('\0') >= 0) {
                throw DatabaseError.requestFail("An update path '" + path.replace("\0", "\\u0000")
                        + "' contains a NUL character, which is not allowed.");
            }
        }
        return segments;
    }

    private static void validate(String operator, String path, Object arg) {
        switch (operator) {
            case "$inc", "$mul" -> {
                if (!(arg instanceof Number)) {
                    throw DatabaseError.requestFail("Cannot " + (operator.equals("$inc") ? "increment" : "multiply")
                            + " with non-numeric argument: {" + path + ": " + arg + "}");
                }
            }
            case "$rename" -> {
                if (!(arg instanceof String target) || target.isEmpty()) {
                    throw DatabaseError.requestFail("The 'to' field for $rename must be a string: " + path + ": "
                            + arg);
                }
                if (target.equals(path)) {
                    throw DatabaseError.requestFail("The source and target field for $rename must differ: "
                            + path + ": \"" + target + "\"");
                }
                split(target);
            }
            case "$pop" -> {
                if (!(arg instanceof Number n) || (n.doubleValue() != 1 && n.doubleValue() != -1)) {
                    throw DatabaseError.requestFail("$pop expects 1 or -1, found: " + arg);
                }
            }
            case "$pullAll" -> {
                if (!(arg instanceof List)) {
                    throw DatabaseError.requestFail("$pullAll requires an array argument but was given a "
                            + ValueOrder.typeName(arg));
                }
            }
            case "$bit" -> {
                if (!(arg instanceof Map<?, ?> m) || m.isEmpty()) {
                    throw DatabaseError.requestFail("The $bit modifier is not compatible with a "
                            + ValueOrder.typeName(arg) + ". You must pass in an embedded document: "
                            + "{$bit: {field: {and/or/xor: #}}");
                }
            }
            default -> {
                // Other operators accept any argument; problems show when applied.
            }
        }
        for (Object stored : storedValues(operator, arg)) {
            checkStorable(stored, path);
        }
    }

    /** The values an operation writes into the document, which must be valid field names all the way down. */
    private static List<?> storedValues(String operator, Object arg) {
        return switch (operator) {
            case "$set", "$setOnInsert", "$min", "$max" -> List.of(arg == null ? Missing.VALUE : arg);
            case "$push", "$addToSet" -> arg instanceof Map<?, ?> m && m.get("$each") instanceof List<?> each
                    ? each : java.util.Collections.singletonList(arg);
            default -> List.of();
        };
    }

    private static void checkStorable(Object value, String path) {
        if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String key = (String) e.getKey();
                if (key.isEmpty()) {
                    throw DatabaseError.requestFail("The empty field name in '" + path + "' is not valid for storage.");
                }
                if (key.indexOf('\0') >= 0) {
                    throw DatabaseError.requestFail("The field '" + key.replace("\0", "\\u0000") + "' in '" + path
                            + "' holds a NUL character and is not valid for storage.");
                }
                if (key.startsWith("$")) {
                    throw DatabaseError.requestFail("The dollar ($) prefixed field '" + key + "' in '" + path + "."
                            + key + "' is not valid for storage.");
                }
                if (key.indexOf('.') >= 0) {
                    throw DatabaseError.requestFail("The dotted field '" + key + "' in '" + path + "." + key
                            + "' is not valid for storage.");
                }
                checkStorable(e.getValue(), path + "." + key);
            }
        } else if (value instanceof List<?> l) {
            for (Object e : l) {
                checkStorable(e, path);
            }
        }
    }

    private static void checkConflicts(List<Operation> ops) {
        List<String[]> paths = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Operation op : ops) {
            paths.add(op.segments());
            names.add(op.path());
            if (op.operator().equals("$rename")) {
                String target = (String) op.argument();
                paths.add(split(target));
                names.add(target);
            }
        }
        for (int i = 0; i < paths.size(); i++) {
            for (int j = i + 1; j < paths.size(); j++) {
                int common = prefixLength(paths.get(i), paths.get(j));
                if (common == Math.min(paths.get(i).length, paths.get(j).length)) {
                    String shorter = paths.get(i).length <= paths.get(j).length ? names.get(i) : names.get(j);
                    String longer = shorter == names.get(i) ? names.get(j) : names.get(i);
                    throw DatabaseError.requestFail("Updating the path '" + longer
                            + "' would create a conflict at '" + shorter + "'");
                }
            }
        }
    }

    private static int prefixLength(String[] a, String[] b) {
        int n = Math.min(a.length, b.length);
        int i = 0;
        while (i < n && a[i].equals(b[i])) {
            i++;
        }
        return i;
    }

    private static boolean hasPositional(String[] segments) {
        for (String s : segments) {
            if (s.equals("$")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Applies the update to {@code document}.
     *
     * @param positions resolves {@code $} in paths; only consulted when {@link #usesPositional()}
     */
    public Outcome apply(Map<String, Object> document, PositionalIndex positions) {
        Application a = new Application(document, positions);
        for (Operation op : operations) {
            a.run(op);
        }
        Map<String, Object> result = a.result();
        Object id = document.get("_id");
        if (!ValueOrder.equal(id, result.get("_id")) || !result.containsKey("_id") && document.containsKey("_id")) {
            throw DatabaseError.requestFail("Performing an update on the path '_id' would modify the immutable field"
                    + " '_id'");
        }
        boolean modified = !ValueOrder.equal(document, result);
        return new Outcome(modified ? result : document, modified);
    }

    /** One application of the update to one document; owns the containers it copied. */
    private final class Application {
        private final Map<String, Object> original;
        private final PositionalIndex positions;
        private final Set<Object> owned = Collections.newSetFromMap(new IdentityHashMap<>());
        private final Map<String, Object> root;

        Application(Map<String, Object> original, PositionalIndex positions) {
            this.original = original;
            this.positions = positions;
            this.root = new LinkedHashMap<>(original);
            owned.add(root);
        }

        void run(Operation op) {
            String[] segments = resolve(op.segments(), op.path());
            switch (op.operator()) {
                case "$set" -> set(segments, Frozen.freeze(op.argument()));
                case "$setOnInsert" -> { }
                case "$unset" -> unset(segments);
                case "$inc" -> arithmetic(segments, op, true);
                case "$mul" -> arithmetic(segments, op, false);
                case "$min", "$max" -> minMax(segments, op);
                case "$rename" -> rename(segments, op);
                case "$bit" -> bit(segments, op);
                case "$push" -> push(segments, op);
                case "$pop" -> pop(segments, op);
                case "$pull" -> pull(segments, op, pullCondition(op.argument()));
                case "$pullAll" -> pull(segments, op, inList((List<?>) op.argument()));
                case "$addToSet" -> addToSet(segments, op);
                case "$currentDate" -> throw DatabaseError.requestFail("$currentDate is not supported; use "
                        + "db.serverDate()");
                default -> throw new IllegalStateException(op.operator());
            }
        }

        private String[] resolve(String[] segments, String path) {
            if (!positional || !hasPositional(segments)) {
                return segments;
            }
            String[] out = segments.clone();
            for (int i = 0; i < out.length; i++) {
                if (out[i].equals("$")) {
                    String arrayPath = String.join(".", java.util.Arrays.copyOfRange(out, 0, i));
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
            return Collections.unmodifiableMap(map);
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
        private Object get(String[] segments) {
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
        private Object parent(String[] segments, boolean create, String path) {
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
        private Object own(Object parent, String key, Object child) {
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
                if (index + 1 - l.size() > MAX_BACKFILL) {
                    throw DatabaseError.requestFail("can't backfill more than " + MAX_BACKFILL + " elements");
                }
                while (l.size() <= index) {
                    l.add(null);
                }
                l.set(index, value);
            }
        }

        private void set(String[] segments, Object value) {
            Object parent = parent(segments, true, String.join(".", segments));
            if (parent == null) {
                throw cannotCreate(segments[segments.length - 1], segments.length > 1
                        ? segments[segments.length - 2] : "", get(java.util.Arrays.copyOf(segments,
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

        private void arithmetic(String[] segments, Operation op, boolean add) {
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
            java.util.Optional<Number> result = add ? Numbers.addExact(n, canonical)
                    : Numbers.multiplyExact(n, canonical);
            set(segments, result.orElseThrow(() -> DatabaseError.requestFail("Failed to apply " + op.operator()
                    + " operations to current value ((Number" + (n instanceof Integer ? "Int" : "Long") + ")" + n
                    + ") for document {_id: " + shownId(original.get("_id")) + "}")));
        }

        /** How MongoDB prints an {@code _id} in a message: strings quoted. */
        private static String shownId(Object id) {
            return id instanceof String s ? "\"" + s + "\"" : String.valueOf(id);
        }

        private void minMax(String[] segments, Operation op) {
            Object value = Frozen.freeze(op.argument());
            Object current = get(segments);
            int c = current == Missing.VALUE ? 0 : ValueOrder.compare(value, current);
            if (current == Missing.VALUE || (op.operator().equals("$min") ? c < 0 : c > 0)) {
                set(segments, value);
            }
        }

        private void rename(String[] segments, Operation op) {
            String[] target = resolve(split((String) op.argument()), (String) op.argument());
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

        private void bit(String[] segments, Operation op) {
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

        /** The array at the path as an owned mutable list, created when missing; null if missing and not created. */
        @SuppressWarnings("unchecked")
        private List<Object> array(String[] segments, Operation op, boolean create) {
            Object current = get(segments);
            if (current == Missing.VALUE || current == null && !create) {
                if (!create) {
                    return null;
                }
                List<Object> fresh = new ArrayList<>();
                owned.add(fresh);
                set(segments, fresh);
                return fresh;
            }
            if (!(current instanceof List)) {
                String field = String.join(".", segments);
                throw switch (op.operator()) {
                    case "$pop" -> DatabaseError.requestFail("Path '" + field
                            + "' contains an element of non-array type '" + ValueOrder.typeName(current) + "'");
                    case "$pull", "$pullAll" -> DatabaseError.requestFail("Cannot apply " + op.operator()
                            + " to a non-array value");
                    case "$addToSet" -> DatabaseError.requestFail("Cannot apply $addToSet to non-array field. Field"
                            + " named '" + segments[segments.length - 1] + "' has non-array type "
                            + ValueOrder.typeName(current));
                    default -> DatabaseError.requestFail("The field '" + field + "' must be an array but is of type "
                            + ValueOrder.typeName(current) + " in document {_id: " + original.get("_id") + "}");
                };
            }
            Object parent = parent(segments, false, null);
            return (List<Object>) own(parent, segments[segments.length - 1], current);
        }

        private void push(String[] segments, Operation op) {
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

        private java.util.Comparator<Object> pushSort(Object spec) {
            if (spec instanceof Number n && (n.intValue() == 1 || n.intValue() == -1)) {
                java.util.Comparator<Object> c = ValueOrder::compare;
                return n.intValue() == 1 ? c : c.reversed();
            }
            if (spec instanceof Map<?, ?> fields && !fields.isEmpty()) {
                java.util.Comparator<Object> c = (a, b) -> 0;
                for (Map.Entry<?, ?> f : fields.entrySet()) {
                    FieldPath path = FieldPath.of((String) f.getKey());
                    boolean asc = f.getValue() instanceof Number n && n.intValue() == 1;
                    java.util.Comparator<Object> byField = (a, b) -> ValueOrder.compare(
                            nullIfMissing(path.get(a)), nullIfMissing(path.get(b)));
                    c = c.thenComparing(asc ? byField : byField.reversed());
                }
                return c;
            }
            throw DatabaseError.requestFail("The $sort is invalid: use 1/-1 to sort the whole element, or {field:1/-1}"
                    + " to sort embedded fields");
        }

        private void pop(String[] segments, Operation op) {
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

        private void pull(String[] segments, Operation op, Predicate<Object> remove) {
            List<Object> array = array(segments, op, false);
            if (array != null) {
                array.removeIf(remove);
            }
        }

        private Predicate<Object> pullCondition(Object condition) {
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
            if (condition instanceof dev.minicloud.emulator.database.RegExp r) {
                return e -> e instanceof String s && r.matches(Deadline.guard(s));
            }
            return e -> ValueOrder.equal(e, condition);
        }

        private Predicate<Object> inList(List<?> values) {
            return e -> {
                for (Object v : values) {
                    if (ValueOrder.equal(e, v)) {
                        return true;
                    }
                }
                return false;
            };
        }

        private void addToSet(String[] segments, Operation op) {
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
    }

    private static Object nullIfMissing(Object v) {
        return v == Missing.VALUE ? null : v;
    }

    private static boolean isIndex(String s) {
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
