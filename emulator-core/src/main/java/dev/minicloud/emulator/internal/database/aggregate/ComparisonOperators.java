package dev.minicloud.emulator.internal.database.aggregate;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * {@code $cmp $eq $ne $gt $gte $lt $lte}: MongoDB's total order across types (numbers &lt; strings &lt; objects &lt;
 * arrays &lt; booleans &lt; dates), unlike query operators, which only compare within one type; missing is below null.
 */
final class ComparisonOperators {
    private ComparisonOperators() {}

    static void register(Operators.Registry r) {
        r.add("cmp", (arg, c) -> comparison("$cmp", arg, c, null));
        r.add("eq", (arg, c) -> comparison("$eq", arg, c, x -> x == 0));
        r.add("ne", (arg, c) -> comparison("$ne", arg, c, x -> x != 0));
        r.add("gt", (arg, c) -> comparison("$gt", arg, c, x -> x > 0));
        r.add("gte", (arg, c) -> comparison("$gte", arg, c, x -> x >= 0));
        r.add("lt", (arg, c) -> comparison("$lt", arg, c, x -> x < 0));
        r.add("lte", (arg, c) -> comparison("$lte", arg, c, x -> x <= 0));
    }

    /** With a null test, the comparison itself as -1, 0 or 1 ({@code $cmp}). */
    private static Expression comparison(String op, Object arg, ExpressionCompiler c, IntPredicate test) {
        List<Expression> operands = Args.operands(op, arg, c, 2, 2);
        Expression a = operands.get(0);
        Expression b = operands.get(1);
        return scope -> {
            int cmp = Integer.signum(Values.compare(a.evaluate(scope), b.evaluate(scope)));
            return test == null ? (Object) cmp : (Object) test.test(cmp);
        };
    }
}
