package dev.minicloud.emulator.database;

import static dev.minicloud.emulator.database.MongoOracle.MISSING;

import dev.minicloud.emulator.database.command.Command;
import dev.minicloud.emulator.database.command.QueryCommand;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Random query conditions for {@link QueryDifferentialTest}. Each one knows the form the public API sends and its
 * meaning under MongoDB's rules, evaluated with {@link MongoOracle} alone.
 */
final class FuzzConditions {
    static final List<String> PATHS = List.of("a", "a.x", "a.0", "a.x.y", "b", "b.x", "b.y", "b.x.0", "arr",
            "arr.x", "arr.y", "arr.0", "arr.1.x", "arr.x.y", "n");
    private static final List<String> COMPARISONS = List.of("$gt", "$gte", "$lt", "$lte");

    /** A condition on one path: what goes under the path in a {@code where} object, and when it holds. */
    interface Op {
        default Object api() {
            return command();
        }

        QueryCommand command();

        boolean test(List<Object> leaves);
    }

    /** An operator {@code $elemMatch} can apply to one element itself. */
    interface ElementOp extends Op {
        boolean single(Object element);
    }

    /** A whole query: what {@code where} receives (a map or a logic command), and which documents it matches. */
    interface Condition {
        Object api();

        boolean test(Map<String, Object> doc);
    }

    private static boolean any(List<Object> leaves, Predicate<Object> p) {
        return leaves.stream().anyMatch(p);
    }

    record Eq(Object value, boolean plain) implements ElementOp {
        public Object api() {
            return plain ? value : command();
        }

        public QueryCommand command() {
            return Command.eq(value);
        }

        public boolean test(List<Object> leaves) {
            return any(leaves, l -> MongoOracle.equalsLeaf(value, l));
        }

        public boolean single(Object e) {
            return MongoOracle.equal(e, value);
        }
    }

    record Ne(Object value) implements ElementOp {
        public QueryCommand command() {
            return Command.neq(value);
        }

        public boolean test(List<Object> leaves) {
            return !any(leaves, l -> MongoOracle.equalsLeaf(value, l));
        }

        public boolean single(Object e) {
            return !MongoOracle.equal(e, value);
        }
    }

    record Compare(String op, Object value) implements ElementOp {
        public QueryCommand command() {
            return switch (op) {
                case "$gt" -> Command.gt(value);
                case "$gte" -> Command.gte(value);
                case "$lt" -> Command.lt(value);
                default -> Command.lte(value);
            };
        }

        public boolean test(List<Object> leaves) {
            return any(leaves, l -> MongoOracle.comparesLeaf(op, value, l));
        }

        public boolean single(Object e) {
            return MongoOracle.comparesSingle(op, value, e);
        }
    }

    record In(List<Object> values, boolean negated) implements ElementOp {
        public QueryCommand command() {
            return negated ? Command.nin(values) : Command.in(values);
        }

        public boolean test(List<Object> leaves) {
            return negated != any(leaves, l -> values.stream().anyMatch(v -> MongoOracle.equalsLeaf(v, l)));
        }

        public boolean single(Object e) {
            return negated != values.stream().anyMatch(v -> MongoOracle.equal(e, v));
        }
    }

    record Exists(boolean exists) implements Op {
        public QueryCommand command() {
            return Command.exists(exists);
        }

        public boolean test(List<Object> leaves) {
            return exists == any(leaves, l -> l != MISSING);
        }
    }

    record Size(int size) implements Op {
        public QueryCommand command() {
            return Command.size(size);
        }

        public boolean test(List<Object> leaves) {
            return any(leaves, l -> l instanceof List<?> list && list.size() == size);
        }
    }

    record All(List<Object> values) implements Op {
        public QueryCommand command() {
            return Command.all(values);
        }

        public boolean test(List<Object> leaves) {
            return !values.isEmpty() && values.stream().allMatch(v -> any(leaves,
                    l -> MongoOracle.equalsLeaf(v, l)));
        }
    }

    /** {@code elemMatch} with an operator: some element satisfies it, the element itself (nested arrays whole). */
    record ElemMatchValue(ElementOp inner) implements Op {
        public QueryCommand command() {
            return Command.elemMatch(inner.command());
        }

        public boolean test(List<Object> leaves) {
            return any(leaves, l -> l instanceof List<?> list && list.stream().anyMatch(inner::single));
        }
    }

    /** {@code elemMatch} with field conditions: some element that is a document (or an array) satisfies them. */
    record ElemMatchFields(Map<String, Op> fields) implements Op {
        public QueryCommand command() {
            Map<String, Object> spec = new LinkedHashMap<>();
            fields.forEach((path, op) -> spec.put(path, op.api()));
            return Command.elemMatch(spec);
        }

        public boolean test(List<Object> leaves) {
            return any(leaves, l -> l instanceof List<?> list && list.stream().anyMatch(this::matches));
        }

        private boolean matches(Object element) {
            Object doc = element instanceof List<?> l ? MongoOracle.asDocument(l) : element;
            return doc instanceof Map && fields.entrySet().stream().allMatch(f -> f.getValue().test(
                    MongoOracle.leaves(doc, f.getKey())));
        }
    }

    record Not(Op inner) implements Op {
        public Object api() {
            return Command.not(inner.command());
        }

        public QueryCommand command() {
            throw new UnsupportedOperationException("not is a logic command");
        }

        public boolean test(List<Object> leaves) {
            return !inner.test(leaves);
        }
    }

    /** A field-level {@code and}/{@code or}/{@code nor} of commands. */
    record FieldLogic(String kind, List<Op> ops) implements Op {
        public Object api() {
            Object[] parts = ops.stream().map(o -> o instanceof Not ? o.api() : o.command()).toArray();
            return switch (kind) {
                case "and" -> Command.and(parts);
                case "or" -> Command.or(parts);
                default -> Command.nor(parts);
            };
        }

        public QueryCommand command() {
            throw new UnsupportedOperationException("a logic command");
        }

        public boolean test(List<Object> leaves) {
            return switch (kind) {
                case "and" -> ops.stream().allMatch(o -> o.test(leaves));
                case "or" -> ops.stream().anyMatch(o -> o.test(leaves));
                default -> ops.stream().noneMatch(o -> o.test(leaves));
            };
        }
    }

    record Fields(Map<String, Op> fields) implements Condition {
        public Object api() {
            Map<String, Object> where = new LinkedHashMap<>();
            fields.forEach((path, op) -> where.put(path, op.api()));
            return where;
        }

        public boolean test(Map<String, Object> doc) {
            return fields.entrySet().stream().allMatch(f -> f.getValue().test(MongoOracle.leaves(doc, f.getKey())));
        }
    }

    record Logic(String kind, List<Condition> parts) implements Condition {
        public Object api() {
            Object[] apis = parts.stream().map(Condition::api).toArray();
            return switch (kind) {
                case "and" -> Command.and(apis);
                case "or" -> Command.or(apis);
                default -> Command.nor(apis);
            };
        }

        public boolean test(Map<String, Object> doc) {
            return switch (kind) {
                case "and" -> parts.stream().allMatch(p -> p.test(doc));
                case "or" -> parts.stream().anyMatch(p -> p.test(doc));
                default -> parts.stream().noneMatch(p -> p.test(doc));
            };
        }
    }

    private final FuzzValues values;
    private final List<Map<String, Object>> documents;

    /** @param documents the current documents, from which operands are sometimes taken so that queries hit */
    FuzzConditions(FuzzValues values, List<Map<String, Object>> documents) {
        this.values = values;
        this.documents = documents;
    }

    private int next(int n) {
        return values.random().nextInt(n);
    }

    /** A value some document holds (an array element or a whole array or sub-document), or a pool scalar. */
    Object operand() {
        if (next(10) < 6 || documents.isEmpty()) {
            return values.scalar();
        }
        List<Object> reached = MongoOracle.leaves(values.pick(documents), values.pick(PATHS));
        Object v = values.pick(reached);
        if (v instanceof List<?> l && !l.isEmpty() && next(2) == 0) {
            v = l.get(next(l.size()));
        }
        return v == MISSING ? null : v;
    }

    private List<Object> operands() {
        List<Object> out = new ArrayList<>();
        for (int i = next(3) + 1; i > 0; i--) {
            out.add(operand());
        }
        return out;
    }

    ElementOp elementOp() {
        Object v = operand();
        return switch (next(5)) {
            case 0 -> new Eq(v, false);
            case 1 -> new Ne(v);
            case 2 -> new In(operands(), next(3) == 0);
            default -> new Compare(values.pick(COMPARISONS), v);
        };
    }

    /** A single operator (no logic). */
    Op simpleOp() {
        return switch (next(12)) {
            case 0, 1 -> {
                Object v = operand();
                yield new Eq(v, !(v instanceof Map));
            }
            case 2 -> new Exists(next(2) == 0);
            case 3 -> new Size(next(4));
            case 4 -> new All(operands());
            case 5 -> new ElemMatchValue(elementOp());
            case 6 -> {
                Map<String, Op> fields = new LinkedHashMap<>();
                for (int i = next(2) + 1; i > 0; i--) {
                    fields.put(values.pick(List.of("x", "y", "x.y", "0")), next(4) == 0 ? new Exists(next(2) == 0)
                            : elementOp());
                }
                yield new ElemMatchFields(fields);
            }
            default -> elementOp();
        };
    }

    Op op() {
        return switch (next(8)) {
            case 0 -> new Not(simpleOp());
            case 1 -> new FieldLogic(values.pick(List.of("and", "or", "nor")), List.of(
                    next(4) == 0 ? new Not(simpleOp()) : simpleOp(), simpleOp()));
            default -> simpleOp();
        };
    }

    Condition condition(int depth) {
        if (depth > 0 && next(3) == 0) {
            List<Condition> parts = new ArrayList<>();
            for (int i = next(2) + 2; i > 0; i--) {
                parts.add(condition(depth - 1));
            }
            return new Logic(values.pick(List.of("and", "or", "nor")), parts);
        }
        Map<String, Op> fields = new LinkedHashMap<>();
        boolean logic = false;
        for (int i = next(2) + 1; i > 0; i--) {
            Op op = logic ? simpleOp() : op();
            logic |= op instanceof FieldLogic;
            fields.put(values.pick(PATHS), op);
        }
        return new Fields(fields);
    }
}
