package dev.minicloud.emulator.internal.database.aggregate;

import java.util.List;

/** {@code $and $or $not}, on MongoDB's truthiness: false, null, missing and 0 are false. */
final class BooleanOperators {
    private BooleanOperators() {}

    static void register(Operators.Registry r) {
        r.add("and", (arg, c) -> {
            List<Expression> operands = Args.operands("$and", arg, c);
            return scope -> {
                for (Expression e : operands) {
                    if (!Values.truthy(e.evaluate(scope))) {
                        return false;
                    }
                }
                return true;
            };
        });
        r.add("or", (arg, c) -> {
            List<Expression> operands = Args.operands("$or", arg, c);
            return scope -> {
                for (Expression e : operands) {
                    if (Values.truthy(e.evaluate(scope))) {
                        return true;
                    }
                }
                return false;
            };
        });
        r.add("not", (arg, c) -> {
            Expression operand = Args.single("$not", arg, c);
            return scope -> !Values.truthy(operand.evaluate(scope));
        });
    }
}
