package dev.minicloud.emulator.internal.database.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code $cond $ifNull $switch}, and {@code $literal} and {@code $let}, which also shape evaluation. */
final class ConditionalOperators {
    private ConditionalOperators() {}

    static void register(Operators.Registry r) {
        r.add("cond", ConditionalOperators::cond);
        r.add("ifNull", (arg, c) -> {
            List<Expression> operands = Args.operands("$ifNull", arg, c, 2, 2);
            return scope -> {
                Object v = operands.get(0).evaluate(scope);
                return Values.nullish(v) ? operands.get(1).evaluate(scope) : v;
            };
        });
        r.add("switch", ConditionalOperators::switchCase);
        r.add("literal", (arg, c) -> scope -> arg);
        r.add("let", ConditionalOperators::let);
    }

    private static Expression cond(Object arg, ExpressionCompiler c) {
        Expression test;
        Expression then;
        Expression otherwise;
        if (arg instanceof Map) {
            Map<String, Object> o = Args.options("$cond", arg, Set.of("if", "then", "else"), Set.of());
            test = c.compile(o.get("if"));
            then = c.compile(o.get("then"));
            otherwise = c.compile(o.get("else"));
        } else {
            List<Expression> operands = Args.operands("$cond", arg, c, 3, 3);
            test = operands.get(0);
            then = operands.get(1);
            otherwise = operands.get(2);
        }
        return scope -> Values.truthy(test.evaluate(scope)) ? then.evaluate(scope) : otherwise.evaluate(scope);
    }

    private record Branch(Expression test, Expression then) {}

    private static Expression switchCase(Object arg, ExpressionCompiler c) {
        Map<String, Object> o = Args.options("$switch", arg, Set.of("branches"), Set.of("default"));
        if (!(o.get("branches") instanceof List<?> specs)) {
            throw Values.fail("$switch expected an array for 'branches', found: " + Values.show(o.get("branches")));
        }
        List<Branch> branches = new ArrayList<>();
        for (Object spec : specs) {
            Map<String, Object> b = Args.options("$switch branch", spec, Set.of("case", "then"), Set.of());
            branches.add(new Branch(c.compile(b.get("case")), c.compile(b.get("then"))));
        }
        Expression fallback = o.containsKey("default") ? c.compile(o.get("default")) : null;
        return scope -> {
            for (Branch b : branches) {
                if (Values.truthy(b.test().evaluate(scope))) {
                    return b.then().evaluate(scope);
                }
            }
            if (fallback == null) {
                throw Values.fail("$switch could not find a matching branch for an input, and no default was"
                        + " specified.");
            }
            return fallback.evaluate(scope);
        };
    }

    private static Expression let(Object arg, ExpressionCompiler c) {
        Map<String, Object> o = Args.options("$let", arg, Set.of("vars", "in"), Set.of());
        if (!(o.get("vars") instanceof Map<?, ?> vars)) {
            throw Values.fail("invalid parameter: expected an object (vars)");
        }
        List<String> names = new ArrayList<>();
        List<Expression> values = new ArrayList<>();
        for (Map.Entry<String, Object> v : Values.object(vars).entrySet()) {
            names.add(v.getKey());
            values.add(c.compile(v.getValue()));
        }
        Expression in = c.define(names.toArray(new String[0])).compile(o.get("in"));
        return scope -> {
            Scope inner = scope;
            for (int i = 0; i < names.size(); i++) {
                // Variables are evaluated in the outer scope: one cannot refer to another.
                inner = inner.with(names.get(i), values.get(i).evaluate(scope));
            }
            return in.evaluate(inner);
        };
    }
}
