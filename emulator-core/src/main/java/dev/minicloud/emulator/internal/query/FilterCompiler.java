package dev.minicloud.emulator.internal.query;

import dev.minicloud.emulator.database.RegExp;
import dev.minicloud.emulator.internal.value.Missing;
import dev.minicloud.emulator.internal.value.ValueOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Step 2 of a query: compiles a wire filter into a {@link Filter} with MongoDB's matching rules. This is the one
 * matcher; queries, updates, removes, {@code $pull} conditions, {@code $elemMatch} and aggregation {@code $match}
 * all use it.
 *
 * <p>Rules worth knowing: equality on an array field means "contains" (or the whole array equals); {@code null}
 * matches null and missing; comparisons only match values of the same type bracket; {@code $ne}, {@code $nin},
 * {@code $not} and {@code $nor} also match documents where the field is missing.
 */
public final class FilterCompiler {
    private final ExpressionSupport expressions;

    /** A compiler without {@code $expr} and {@code $jsonSchema} support. */
    public FilterCompiler() {
        this(ExpressionSupport.NONE);
    }

    public FilterCompiler(ExpressionSupport expressions) {
        this.expressions = expressions;
    }

    /** Compiles a wire filter. */
    public Filter compile(Map<String, Object> wire) {
        List<Filter> parts = new ArrayList<>(wire.size());
        for (Map.Entry<String, Object> e : wire.entrySet()) {
            String key = e.getKey();
            Object value = e.getValue();
            if (key.startsWith("$")) {
                parts.add(topLevel(key, value));
            } else {
                parts.add(field(FieldPath.of(key), value));
            }
        }
        return Filter.and(parts);
    }

    private Filter topLevel(String operator, Object value) {
        switch (operator) {
            case "$and":
                return Filter.and(clauses(operator, value));
            case "$or":
                return Filter.or(clauses(operator, value));
            case "$nor": {
                Filter any = Filter.or(clauses(operator, value));
                return doc -> !any.test(doc);
            }
            case "$expr":
                return expressions.expr(value);
            case "$jsonSchema":
                return expressions.jsonSchema(value);
            case "$comment":
                return Filter.ALL;
            default:
                throw DatabaseError.requestFail("unknown top level operator: " + operator);
        }
    }

    private List<Filter> clauses(String operator, Object value) {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw DatabaseError.requestFail(operator + " must be a nonempty array");
        }
        List<Filter> filters = new ArrayList<>(list.size());
        for (Object clause : list) {
            if (!(clause instanceof Map)) {
                throw DatabaseError.requestFail("$or/$and/$nor entries need to be full objects");
            }
            filters.add(compile(castMap(clause)));
        }
        return filters;
    }

    /** The filter for one path: an operator object, or equality with a value. */
    public Filter field(FieldPath path, Object condition) {
        if (isOperatorObject(condition)) {
            Map<String, Object> ops = castMap(condition);
            List<Filter> parts = new ArrayList<>(ops.size());
            for (Map.Entry<String, Object> op : ops.entrySet()) {
                if (op.getKey().equals("$options")) {
                    if (!ops.containsKey("$regex")) {
                        throw DatabaseError.requestFail("$options needs a $regex");
                    }
                    continue;
                }
                parts.add(operator(path, op.getKey(), op.getValue(), ops));
            }
            return Filter.and(parts);
        }
        return positive(path, equality(condition));
    }

    /** Whether a condition value is an object of operators ({@code {$gt: 1}}) rather than a value to equal. */
    public static boolean isOperatorObject(Object condition) {
        if (condition instanceof Map<?, ?> m && !m.isEmpty()) {
            Object first = m.keySet().iterator().next();
            return first instanceof String s && s.startsWith("$");
        }
        return false;
    }

    private Filter operator(FieldPath path, String op, Object arg, Map<String, Object> siblings) {
        switch (op) {
            case "$eq":
                return positive(path, equality(arg));
            case "$ne":
                return negative(path, equality(arg));
            case "$gt":
            case "$gte":
            case "$lt":
            case "$lte":
                return positive(path, comparison(op, arg));
            case "$in":
                return positive(path, in(op, arg));
            case "$nin":
                return negative(path, in(op, arg));
            case "$all":
                return all(path, arg);
            case "$elemMatch":
                return positive(path, elemMatch(arg));
            case "$exists": {
                Predicate<Object> exists = leaf -> leaf != Missing.VALUE;
                return truthy(arg) ? positive(path, exists) : negative(path, exists);
            }
            case "$size":
                return positive(path, size(arg));
            case "$mod":
                return positive(path, mod(arg));
            case "$regex":
                return positive(path, regexTest(regex(arg, siblings.get("$options"))));
            case "$not":
                return negative(path, not(arg));
            case "$nearSphere":
            case "$geoWithin":
            case "$geoIntersects":
                return expressions.geo(path, op, arg);
            default:
                throw DatabaseError.requestFail("unknown operator: " + op);
        }
    }

    private static Filter positive(FieldPath path, Predicate<Object> test) {
        return doc -> path.anyLeaf(doc, test);
    }

    private static Filter negative(FieldPath path, Predicate<Object> test) {
        return doc -> !path.anyLeaf(doc, test);
    }

    /** Equality as a value test on a leaf: equal, or an array containing an equal element; regexes match strings. */
    public static Predicate<Object> equality(Object expected) {
        if (expected instanceof RegExp r) {
            return regexTest(r);
        }
        if (expected == null) {
            return leaf -> {
                if (leaf == null || leaf == Missing.VALUE) {
                    return true;
                }
                return leaf instanceof List<?> l && l.contains(null);
            };
        }
        if (expected instanceof String s) {
            return leaf -> {
                if (s.equals(leaf)) {
                    return true;
                }
                if (leaf instanceof List<?> l) {
                    for (Object e : l) {
                        if (s.equals(e)) {
                            return true;
                        }
                    }
                }
                return false;
            };
        }
        return leaf -> {
            if (leaf == Missing.VALUE) {
                return false;
            }
            if (ValueOrder.equal(leaf, expected)) {
                return true;
            }
            if (leaf instanceof List<?> l) {
                for (Object e : l) {
                    if (ValueOrder.equal(e, expected)) {
                        return true;
                    }
                }
            }
            return false;
        };
    }

    private static Predicate<Object> regexTest(RegExp r) {
        return leaf -> {
            if (leaf instanceof String s) {
                return r.matches(s);
            }
            if (r.equals(leaf)) {
                return true;
            }
            if (leaf instanceof List<?> l) {
                for (Object e : l) {
                    if (e instanceof String s && r.matches(s) || r.equals(e)) {
                        return true;
                    }
                }
            }
            return false;
        };
    }

    private static Predicate<Object> comparison(String op, Object operand) {
        if (operand == null) {
            // null has its own bracket: only $gte/$lte include it, and with it the missing fields.
            return op.equals("$gte") || op.equals("$lte") ? equality(null) : leaf -> false;
        }
        if (operand instanceof RegExp r) {
            return regexTest(r);
        }
        int bracket = ValueOrder.bracket(operand);
        boolean inclusive = op.equals("$gte") || op.equals("$lte");
        Predicate<Object> single = value -> {
            if (value == Missing.VALUE || ValueOrder.bracket(value) != bracket) {
                return false;
            }
            if (isNaN(value) || isNaN(operand)) {
                // MongoDB: NaN is only ever equal to NaN; it is neither below nor above any number in a query.
                return inclusive && isNaN(value) && isNaN(operand);
            }
            int c = ValueOrder.compare(value, operand);
            return switch (op) {
                case "$gt" -> c > 0;
                case "$gte" -> c >= 0;
                case "$lt" -> c < 0;
                default -> c <= 0;
            };
        };
        return leaf -> {
            if (single.test(leaf)) {
                return true;
            }
            if (leaf instanceof List<?> l) {
                for (Object e : l) {
                    if (single.test(e)) {
                        return true;
                    }
                }
            }
            return false;
        };
    }

    private static boolean isNaN(Object v) {
        return v instanceof Double d && d.isNaN();
    }

    private static Predicate<Object> in(String op, Object arg) {
        if (!(arg instanceof List<?> values)) {
            throw DatabaseError.requestFail(op + " needs an array");
        }
        List<Predicate<Object>> tests = new ArrayList<>(values.size());
        for (Object v : values) {
            if (FilterCompiler.isOperatorObject(v) && !(castMap(v).containsKey("$regex"))) {
                throw DatabaseError.requestFail("cannot nest $ under " + op);
            }
            tests.add(equality(v));
        }
        return leaf -> {
            for (Predicate<Object> t : tests) {
                if (t.test(leaf)) {
                    return true;
                }
            }
            return false;
        };
    }

    private Filter all(FieldPath path, Object arg) {
        if (!(arg instanceof List<?> values)) {
            throw DatabaseError.requestFail("$all needs an array");
        }
        if (values.isEmpty()) {
            return doc -> false;
        }
        List<Filter> parts = new ArrayList<>(values.size());
        for (Object v : values) {
            if (v instanceof Map<?, ?> m && m.size() == 1 && m.containsKey("$elemMatch")) {
                parts.add(positive(path, elemMatch(m.get("$elemMatch"))));
            } else {
                parts.add(positive(path, equality(v)));
            }
        }
        return Filter.and(parts);
    }

    private Predicate<Object> elemMatch(Object arg) {
        if (!(arg instanceof Map)) {
            throw DatabaseError.requestFail("$elemMatch needs an Object");
        }
        Map<String, Object> condition = castMap(arg);
        Predicate<Object> element;
        if (isValueCondition(condition)) {
            Filter onValue = field(FieldPath.of("v"), condition);
            element = e -> onValue.test(Collections.singletonMap("v", e));
        } else {
            Filter onDocument = compile(condition);
            element = e -> e instanceof Map && onDocument.test(castMap(e));
        }
        return leaf -> {
            if (leaf instanceof List<?> l) {
                for (Object e : l) {
                    if (element.test(e)) {
                        return true;
                    }
                }
            }
            return false;
        };
    }

    /** {@code {$gt: 2}} tests the element itself; {@code {value: ...}} or {@code {$and: ...}} tests its fields. */
    private static boolean isValueCondition(Map<String, Object> condition) {
        if (!isOperatorObject(condition)) {
            return false;
        }
        String first = condition.keySet().iterator().next();
        return !first.equals("$and") && !first.equals("$or") && !first.equals("$nor")
                && !first.equals("$expr") && !first.equals("$where");
    }

    private static Predicate<Object> size(Object arg) {
        if (!(arg instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            throw DatabaseError.requestFail("$size needs a whole number");
        }
        long expected = n.longValue();
        return leaf -> leaf instanceof List<?> l && l.size() == expected;
    }

    private static Predicate<Object> mod(Object arg) {
        if (!(arg instanceof List<?> l) || l.size() < 2) {
            throw DatabaseError.requestFail("malformed mod, not enough elements");
        }
        if (l.size() > 2) {
            throw DatabaseError.requestFail("malformed mod, too many elements");
        }
        if (!(l.get(0) instanceof Number d) || !(l.get(1) instanceof Number r)) {
            throw DatabaseError.requestFail("malformed mod, divisor and remainder must be numbers");
        }
        long divisor = d.longValue();
        long remainder = r.longValue();
        if (divisor == 0) {
            throw DatabaseError.requestFail("divisor cannot be 0");
        }
        Predicate<Object> single = v -> {
            if (v instanceof Integer || v instanceof Long) {
                return ((Number) v).longValue() % divisor == remainder;
            }
            return v instanceof Double x && Double.isFinite(x) && (long) x.doubleValue() % divisor == remainder;
        };
        return leaf -> {
            if (single.test(leaf)) {
                return true;
            }
            if (leaf instanceof List<?> list) {
                for (Object e : list) {
                    if (single.test(e)) {
                        return true;
                    }
                }
            }
            return false;
        };
    }

    private static RegExp regex(Object pattern, Object options) {
        String opts = options instanceof String s ? s : "";
        if (pattern instanceof RegExp r) {
            return opts.isEmpty() ? r : of(r.regexp(), opts);
        }
        if (pattern instanceof String s) {
            return of(s, opts);
        }
        throw DatabaseError.requestFail("$regex has to be a string");
    }

    private static RegExp of(String pattern, String options) {
        try {
            return RegExp.of(pattern, options);
        } catch (IllegalArgumentException e) {
            throw DatabaseError.requestFail(e.getMessage());
        }
    }

    /** The positive test under {@code $not}: an operator object or a regular expression. */
    private Predicate<Object> not(Object arg) {
        if (arg instanceof RegExp r) {
            return regexTest(r);
        }
        if (!isOperatorObject(arg)) {
            throw DatabaseError.requestFail("$not needs a regex or a document");
        }
        Filter inner = field(FieldPath.of("v"), arg);
        return leaf -> leaf != Missing.VALUE && inner.test(Collections.singletonMap("v", leaf));
    }

    private static boolean truthy(Object v) {
        return !Flattener.isFalsy(v);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }
}
