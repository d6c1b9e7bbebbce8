package dev.minicloud.emulator.internal.database.aggregate;

import dev.minicloud.emulator.internal.common.value.Missing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code $arrayElemAt $arrayToObject $concatArrays $filter $in $indexOfArray $isArray $map $range $reduce
 * $reverseArray $size $slice $zip}.
 */
final class ArrayOperators {
    private ArrayOperators() {}

    static void register(Operators.Registry r) {
        r.add("arrayElemAt", ArrayOperators::arrayElemAt);
        r.add("arrayToObject", ArrayOperators::arrayToObject);
        r.add("concatArrays", (arg, c) -> {
            List<Expression> operands = Args.operands("$concatArrays", arg, c);
            return scope -> {
                List<Object> out = new ArrayList<>();
                for (Object v : Values.evaluateAll(operands, scope)) {
                    if (Values.nullish(v)) {
                        return null;
                    }
                    out.addAll(Values.array(v, "$concatArrays only supports arrays, not "));
                }
                return out;
            };
        });
        r.add("filter", ArrayOperators::filter);
        r.add("map", ArrayOperators::map);
        r.add("reduce", ArrayOperators::reduce);
        r.add("in", (arg, c) -> {
            List<Expression> operands = Args.operands("$in", arg, c, 2, 2);
            return scope -> {
                Object needle = operands.get(0).evaluate(scope);
                Object haystack = operands.get(1).evaluate(scope);
                if (!(haystack instanceof List<?> l)) {
                    throw Values.fail("$in requires an array as a second argument, found: " + Values.type(haystack));
                }
                for (Object e : l) {
                    if (Values.equal(e, needle)) {
                        return true;
                    }
                }
                return false;
            };
        });
        r.add("indexOfArray", ArrayOperators::indexOfArray);
        r.add("isArray", (arg, c) -> {
            Expression operand = Args.single("$isArray", arg, c);
            return scope -> operand.evaluate(scope) instanceof List;
        });
        r.add("range", ArrayOperators::range);
        r.add("reverseArray", (arg, c) -> {
            Expression operand = Args.single("$reverseArray", arg, c);
            return scope -> {
                Object v = operand.evaluate(scope);
                if (Values.nullish(v)) {
                    return null;
                }
                List<Object> out = new ArrayList<>(
                        Values.array(v, "The argument to $reverseArray must be an array, but was of type: "));
                java.util.Collections.reverse(out);
                return out;
            };
        });
        r.add("size", (arg, c) -> {
            Expression operand = Args.single("$size", arg, c);
            return scope -> Values.array(operand.evaluate(scope),
                    "The argument to $size must be an array. Type of the argument was ").size();
        });
        r.add("slice", ArrayOperators::slice);
        r.add("zip", ArrayOperators::zip);
    }

    private static Expression arrayElemAt(Object arg, ExpressionCompiler c) {
        return Args.binary("$arrayElemAt", arg, c, (array, index) -> {
            List<?> l = Values.array(array, "$arrayElemAt's first argument must be an array, but is ");
            if (!(index instanceof Number)) {
                throw Values.fail("$arrayElemAt's second argument must be a numeric value, but is "
                        + Values.type(index));
            }
            int i = Values.integer(index, "$arrayElemAt's second argument");
            int at = i < 0 ? l.size() + i : i;
            return at >= 0 && at < l.size() ? l.get(at) : Missing.VALUE;
        });
    }

    private static Expression arrayToObject(Object arg, ExpressionCompiler c) {
        Expression operand = Args.single("$arrayToObject", arg, c);
        return scope -> {
            Object v = operand.evaluate(scope);
            if (Values.nullish(v)) {
                return null;
            }
            List<?> pairs = Values.array(v, "$arrayToObject requires an array input, found: ");
            Map<String, Object> out = new LinkedHashMap<>();
            for (Object pair : pairs) {
                if (pair instanceof List<?> kv && kv.size() == 2 && kv.get(0) instanceof String k) {
                    out.put(k, kv.get(1));
                } else if (pair instanceof Map<?, ?> m && m.size() == 2 && m.get("k") instanceof String k
                        && m.containsKey("v")) {
                    out.put(k, m.get("v"));
                } else {
                    throw Values.fail("$arrayToObject requires an array of key-value pairs, where the key must be of"
                            + " type string. Found: " + Values.show(pair));
                }
            }
            return out;
        };
    }

    /** {@code {input, as, <body>}} with the element bound to {@code as} (default "this"). */
    private record Iteration(Expression input, String as, Expression body) {
        static Iteration of(String op, Object arg, ExpressionCompiler c, String bodyName) {
            Map<String, Object> o = Args.options(op, arg, Set.of("input", bodyName), Set.of("as"));
            Object as = o.getOrDefault("as", "this");
            if (!(as instanceof String name)) {
                throw Values.fail("'as' of " + op + " must be a string");
            }
            return new Iteration(c.compile(o.get("input")), name, c.define(name).compile(o.get(bodyName)));
        }

        List<?> inputOf(String op, Scope scope) {
            Object v = input.evaluate(scope);
            return Values.nullish(v) ? null : Values.array(v, "input to " + op + " must be an array not ");
        }
    }

    private static Expression filter(Object arg, ExpressionCompiler c) {
        Iteration it = Iteration.of("$filter", arg, c, "cond");
        return scope -> {
            List<?> input = it.inputOf("$filter", scope);
            if (input == null) {
                return null;
            }
            List<Object> out = new ArrayList<>();
            for (Object e : input) {
                if (Values.truthy(it.body().evaluate(scope.with(it.as(), e)))) {
                    out.add(e);
                }
            }
            return out;
        };
    }

    private static Expression map(Object arg, ExpressionCompiler c) {
        Iteration it = Iteration.of("$map", arg, c, "in");
        return scope -> {
            List<?> input = it.inputOf("$map", scope);
            if (input == null) {
                return null;
            }
            List<Object> out = new ArrayList<>(input.size());
            for (Object e : input) {
                out.add(Values.orNull(it.body().evaluate(scope.with(it.as(), e))));
            }
            return out;
        };
    }

    private static Expression reduce(Object arg, ExpressionCompiler c) {
        Map<String, Object> o = Args.options("$reduce", arg, Set.of("input", "initialValue", "in"), Set.of());
        Expression input = c.compile(o.get("input"));
        Expression initial = c.compile(o.get("initialValue"));
        Expression in = c.define("value", "this").compile(o.get("in"));
        return scope -> {
            Object v = input.evaluate(scope);
            if (Values.nullish(v)) {
                return null;
            }
            Object acc = initial.evaluate(scope);
            for (Object e : Values.array(v, "input to $reduce must be an array not ")) {
                acc = in.evaluate(scope.with("value", acc).with("this", e));
            }
            return acc;
        };
    }

    private static Expression indexOfArray(Object arg, ExpressionCompiler c) {
        List<Expression> operands = Args.operands("$indexOfArray", arg, c, 2, 4);
        return scope -> {
            Object array = operands.get(0).evaluate(scope);
            if (Values.nullish(array)) {
                return null;
            }
            List<?> l = Values.array(array, "$indexOfArray requires an array as a first argument, found: ");
            Object search = operands.get(1).evaluate(scope);
            int start = operands.size() > 2 ? bound(operands.get(2).evaluate(scope), "starting index") : 0;
            int end = operands.size() > 3 ? bound(operands.get(3).evaluate(scope), "ending index") : l.size();
            for (int i = start; i < Math.min(end, l.size()); i++) {
                if (Values.equal(l.get(i), search)) {
                    return i;
                }
            }
            return -1;
        };
    }

    /** A non-negative whole-number index argument. */
    static int bound(Object v, String what) {
        int i = Values.integer(v, what);
        if (i < 0) {
            throw Values.fail(what + " must be a non-negative integer, but is " + v);
        }
        return i;
    }

    private static Expression range(Object arg, ExpressionCompiler c) {
        List<Expression> operands = Args.operands("$range", arg, c, 2, 3);
        return scope -> {
            int start = Values.integer(operands.get(0).evaluate(scope), "$range's starting value");
            int end = Values.integer(operands.get(1).evaluate(scope), "$range's ending value");
            int step = operands.size() > 2 ? Values.integer(operands.get(2).evaluate(scope), "$range's step") : 1;
            if (step == 0) {
                throw Values.fail("$range requires a non-zero step value");
            }
            List<Object> out = new ArrayList<>();
            for (long i = start; step > 0 ? i < end : i > end; i += step) {
                out.add((int) i);
            }
            return out;
        };
    }

    private static Expression slice(Object arg, ExpressionCompiler c) {
        List<Expression> operands = Args.operands("$slice", arg, c, 2, 3);
        return scope -> {
            List<Object> values = Values.evaluateAll(operands, scope);
            for (Object v : values) {
                if (Values.nullish(v)) {
                    return null;
                }
            }
            List<?> l = Values.array(values.get(0), "First argument to $slice must be an array, but is of type: ");
            int size = l.size();
            int from;
            int count;
            if (values.size() == 2) {
                int n = Values.integer(values.get(1), "Second argument to $slice");
                from = n >= 0 ? 0 : Math.max(0, size + n);
                count = Math.abs(n);
            } else {
                int position = Values.integer(values.get(1), "Second argument to $slice");
                count = Values.integer(values.get(2), "Third argument to $slice");
                if (count <= 0) {
                    throw Values.fail("Third argument to $slice must be positive: " + count);
                }
                from = position >= 0 ? Math.min(position, size) : Math.max(0, size + position);
            }
            return new ArrayList<>(l.subList(from, (int) Math.min(size, (long) from + count)));
        };
    }

    private static Expression zip(Object arg, ExpressionCompiler c) {
        Map<String, Object> o = Args.options("$zip", arg, Set.of("inputs"), Set.of("useLongestLength", "defaults"));
        if (!(o.get("inputs") instanceof List<?> inputSpecs)) {
            throw Values.fail("inputs must be an array of expressions, found " + Values.show(o.get("inputs")));
        }
        boolean longest = Boolean.TRUE.equals(o.get("useLongestLength"));
        if (o.containsKey("defaults") && !longest) {
            throw Values.fail("cannot specify defaults unless useLongestLength is true");
        }
        List<Expression> inputs = new ArrayList<>();
        for (Object spec : inputSpecs) {
            inputs.add(c.compile(spec));
        }
        Expression defaults = o.containsKey("defaults") ? c.compile(o.get("defaults")) : null;
        return scope -> {
            List<List<?>> arrays = new ArrayList<>();
            for (Expression e : inputs) {
                Object v = e.evaluate(scope);
                if (Values.nullish(v)) {
                    return null;
                }
                arrays.add(Values.array(v, "$zip found a non-array expression in input: "));
            }
            List<?> fill = defaults == null ? List.of() : Values.array(defaults.evaluate(scope),
                    "defaults must be an array of expressions, found ");
            if (defaults != null && fill.size() != arrays.size()) {
                throw Values.fail("$zip requires that 'defaults' and 'inputs' be arrays of equal length");
            }
            int length = arrays.isEmpty() ? 0 : (longest ? Integer.MIN_VALUE : Integer.MAX_VALUE);
            for (List<?> a : arrays) {
                length = longest ? Math.max(length, a.size()) : Math.min(length, a.size());
            }
            List<Object> out = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                List<Object> row = new ArrayList<>(arrays.size());
                for (int k = 0; k < arrays.size(); k++) {
                    List<?> a = arrays.get(k);
                    row.add(i < a.size() ? a.get(i) : (fill.isEmpty() ? null : fill.get(k)));
                }
                out.add(row);
            }
            return out;
        };
    }
}
