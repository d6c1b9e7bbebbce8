package dev.minicloud.emulator.internal.database.aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The two argument shapes of expression operators: a list of operands, or an object of named options. */
final class Args {
    private Args() {}

    /**
     * The operands: a list is the operand list, anything else one operand (so a literal array must be wrapped, as
     * in MongoDB).
     */
    static List<Expression> operands(String op, Object argument, ExpressionCompiler compiler, int min, int max) {
        List<?> specs = argument instanceof List<?> l ? l : java.util.Collections.singletonList(argument);
        int n = specs.size();
        if (n < min || n > max) {
            String expected = min == max ? "exactly " + min : (n < min ? "at least " + min : "at most " + max);
            throw Values.fail("Expression " + op + " takes " + expected + " argument" + (min == max && min == 1
                    ? "" : "s") + ". " + n + " were passed in.");
        }
        List<Expression> out = new ArrayList<>(n);
        for (Object spec : specs) {
            out.add(compiler.compile(spec));
        }
        return out;
    }

    /** Any number of operands. */
    static List<Expression> operands(String op, Object argument, ExpressionCompiler compiler) {
        return operands(op, argument, compiler, 0, Integer.MAX_VALUE);
    }

    /** Exactly two operands; null or missing in either makes the answer null, as most operators do. */
    static Expression binary(String op, Object argument, ExpressionCompiler compiler,
            java.util.function.BinaryOperator<Object> f) {
        List<Expression> operands = operands(op, argument, compiler, 2, 2);
        Expression left = operands.get(0);
        Expression right = operands.get(1);
        return scope -> {
            Object a = left.evaluate(scope);
            Object b = right.evaluate(scope);
            return Values.nullish(a) || Values.nullish(b) ? null : f.apply(a, b);
        };
    }

    /** Exactly one operand. */
    static Expression single(String op, Object argument, ExpressionCompiler compiler) {
        return operands(op, argument, compiler, 1, 1).get(0);
    }

    /**
     * The named options of an object argument.
     *
     * @param required option names that must be present
     * @param optional option names that may be present
     */
    static Map<String, Object> options(String op, Object argument, Set<String> required, Set<String> optional) {
        if (!(argument instanceof Map<?, ?> m)) {
            throw Values.fail(op + " only supports an object as its argument");
        }
        Map<String, Object> options = Values.object(m);
        for (String key : options.keySet()) {
            if (!required.contains(key) && !optional.contains(key)) {
                throw Values.fail(op + " found an unknown argument: " + key);
            }
        }
        for (String key : required) {
            if (!options.containsKey(key)) {
                throw Values.fail("Missing '" + key + "' parameter to " + op);
            }
        }
        return options;
    }
}
