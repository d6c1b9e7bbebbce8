package dev.minicloud.emulator.internal.database.query;

import dev.minicloud.emulator.database.value.RegExp;
import dev.minicloud.emulator.internal.common.value.Missing;
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
        QueryOperator op = QueryOperator.topLevel(operator);
        if (op == null) {
            throw DatabaseError.requestFail("unknown top level operator: " + operator);
        }
        return switch (op) {
            case AND -> Filter.and(clauses(operator, value));
            case OR -> Filter.or(clauses(operator, value));
            case NOR -> {
                Filter any = Filter.or(clauses(operator, value));
                yield doc -> !any.test(doc);
            }
            case EXPR -> expressions.expr(value);
            case JSON_SCHEMA -> expressions.jsonSchema(value);
            default -> Filter.ALL;
        };
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

    private Filter operator(FieldPath path, String name, Object arg, Map<String, Object> siblings) {
        QueryOperator op = QueryOperator.onPath(name);
        if (op == null || op == QueryOperator.OPTIONS) {
            throw DatabaseError.requestFail("unknown operator: " + name);
        }
        return switch (op) {
            case EQ -> positive(path, equality(arg));
            case NE -> negative(path, equality(arg));
            case GT, GTE, LT, LTE -> positive(path, comparison(name, arg));
            case IN -> positive(path, in(name, arg));
            case NIN -> negative(path, in(name, arg));
            case ALL -> all(path, arg);
            case ELEM_MATCH -> positive(path, elemMatch(arg));
            case EXISTS -> {
                Predicate<Object> exists = leaf -> leaf != Missing.VALUE;
                yield truthy(arg) ? positive(path, exists) : negative(path, exists);
            }
            case SIZE -> positive(path, size(arg));
            case MOD -> positive(path, ElementTests.valueOrElement(mod(arg)));
            case REGEX -> positive(path, regexTest(regex(arg, siblings.get("$options"))));
            case NOT -> not(path, arg);
            default -> expressions.geo(path, name, arg);
        };
    }

    private static Filter positive(FieldPath path, Predicate<Object> test) {
        return PathTests.of(path, test);
    }

    private static Filter negative(FieldPath path, Predicate<Object> test) {
        return doc -> !path.anyLeaf(doc, test);
    }

    /** Equality as a value test on a leaf: equal, or an array containing an equal element; regexes match strings. */
    public static Predicate<Object> equality(Object expected) {
        if (expected instanceof RegExp r) {
            return regexTest(r);
        }
        return ElementTests.valueOrElement(ElementTests.equalTo(expected));
    }

    private static Predicate<Object> regexTest(RegExp r) {
        return ElementTests.valueOrElement(ElementTests.matching(r));
    }

    private static Predicate<Object> comparison(String op, Object operand) {
        if (operand instanceof RegExp r) {
            return regexTest(r);
        }
        return ElementTests.valueOrElement(ElementTests.comparing(op, operand));
    }

    private static Predicate<Object> in(String op, Object arg) {
        return ElementTests.valueOrElement(ElementTests.inList(op, arg));
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
            element = ElementTests.element(condition, this);
        } else {
            // As in MongoDB, an element that is an array is a document too, its indexes the field names.
            Filter onDocument = compile(condition);
            element = e -> e instanceof Map && onDocument.test(castMap(e))
                    || e instanceof List<?> l && onDocument.test(indexed(l));
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

    private static Map<String, Object> indexed(List<?> array) {
        Map<String, Object> doc = new java.util.LinkedHashMap<>();
        for (int i = 0; i < array.size(); i++) {
            doc.put(String.valueOf(i), array.get(i));
        }
        return doc;
    }

    /**
     * The test of an operator that has no array-element form on one value: {@code $exists}, {@code $size},
     * {@code $mod}, {@code $regex}, {@code $elemMatch}, a regex under {@code $not}. {@link ElementTests} uses it.
     */
    Predicate<Object> leafTest(String name, Object arg, Map<String, Object> siblings) {
        QueryOperator op = QueryOperator.onPath(name);
        if (op == null) {
            throw DatabaseError.requestFail("unknown operator: " + name);
        }
        return switch (op) {
            case EXISTS -> truthy(arg) ? v -> v != Missing.VALUE : v -> v == Missing.VALUE;
            case SIZE -> size(arg);
            case MOD -> mod(arg);
            case ELEM_MATCH -> elemMatch(arg);
            case REGEX -> ElementTests.matching(regex(arg, siblings.get("$options")));
            case OPTIONS -> {
                if (!siblings.containsKey("$regex")) {
                    throw DatabaseError.requestFail("$options needs a $regex");
                }
                yield v -> true;
            }
            case NOT -> {
                if (!(arg instanceof RegExp r)) {
                    throw DatabaseError.requestFail("$not needs a regex or a document");
                }
                yield ElementTests.matching(r);
            }
            case NEAR_SPHERE, GEO_WITHIN, GEO_INTERSECTS -> {
                Filter geo = expressions.geo(FieldPath.of("v"), name, arg);
                yield v -> geo.test(Collections.singletonMap("v", v));
            }
            default -> throw DatabaseError.requestFail("unknown operator: " + name);
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
        return v -> {
            if (v instanceof Integer || v instanceof Long) {
                return ((Number) v).longValue() % divisor == remainder;
            }
            return v instanceof Double x && Double.isFinite(x) && (long) x.doubleValue() % divisor == remainder;
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

    /**
     * {@code $not}: the inner condition on the whole path does not hold, as in MongoDB. So a missing field matches
     * {@code $not: {$gt: 1}} but not {@code $not: {$eq: null}}.
     */
    private Filter not(FieldPath path, Object arg) {
        if (arg instanceof RegExp r) {
            return negative(path, regexTest(r));
        }
        if (!isOperatorObject(arg)) {
            throw DatabaseError.requestFail("$not needs a regex or a document");
        }
        Filter inner = field(path, arg);
        return doc -> !inner.test(doc);
    }

    private static boolean truthy(Object v) {
        return !Flattener.isFalsy(v);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }
}
