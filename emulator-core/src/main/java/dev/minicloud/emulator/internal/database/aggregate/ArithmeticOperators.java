package dev.minicloud.emulator.internal.database.aggregate;

import dev.minicloud.emulator.internal.common.value.Numbers;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/** {@code $abs $add $ceil $divide $exp $floor $ln $log $log10 $mod $multiply $pow $sqrt $subtract $trunc}. */
final class ArithmeticOperators {
    private ArithmeticOperators() {}

    static void register(Operators.Registry r) {
        r.add("abs", (arg, c) -> unary("$abs", arg, c, n -> Numbers.isIntegral(n) && n.longValue() != Long.MIN_VALUE
                ? Numbers.ofLong(Math.abs(n.longValue())) : Numbers.ofDouble(Math.abs(n.doubleValue()))));
        r.add("ceil", (arg, c) -> unary("$ceil", arg, c, n -> Numbers.ofDouble(Math.ceil(n.doubleValue()))));
        r.add("floor", (arg, c) -> unary("$floor", arg, c, n -> Numbers.ofDouble(Math.floor(n.doubleValue()))));
        r.add("exp", (arg, c) -> unary("$exp", arg, c, n -> Numbers.ofDouble(Math.exp(n.doubleValue()))));
        r.add("sqrt", (arg, c) -> unary("$sqrt", arg, c, n -> {
            if (n.doubleValue() < 0) {
                throw Values.fail("$sqrt's argument must be greater than or equal to 0");
            }
            return Numbers.ofDouble(Math.sqrt(n.doubleValue()));
        }));
        r.add("ln", (arg, c) -> unary("$ln", arg, c, n -> logarithm("$ln", n, Math::log)));
        r.add("log10", (arg, c) -> unary("$log10", arg, c, n -> logarithm("$log10", n, Math::log10)));
        r.add("trunc", ArithmeticOperators::trunc);
        r.add("add", ArithmeticOperators::add);
        r.add("multiply", (arg, c) -> {
            List<Expression> operands = Args.operands("$multiply", arg, c);
            return scope -> {
                Number product = 1;
                for (Object v : Values.evaluateAll(operands, scope)) {
                    if (Values.nullish(v)) {
                        return null;
                    }
                    product = Numbers.multiply(product, Values.number("$multiply", v));
                }
                return product;
            };
        });
        r.add("subtract", ArithmeticOperators::subtract);
        r.add("divide", (arg, c) -> binary("$divide", arg, c, (a, b) -> {
            if (b.doubleValue() == 0) {
                throw Values.fail("can't $divide by zero");
            }
            return Numbers.ofDouble(a.doubleValue() / b.doubleValue());
        }));
        r.add("mod", (arg, c) -> binary("$mod", arg, c, (a, b) -> {
            if (b.doubleValue() == 0) {
                throw Values.fail("can't $mod by zero");
            }
            if (Numbers.isIntegral(a) && Numbers.isIntegral(b)) {
                return Numbers.ofLong(a.longValue() % b.longValue());
            }
            return Numbers.ofDouble(a.doubleValue() % b.doubleValue());
        }));
        r.add("log", (arg, c) -> binary("$log", arg, c, (a, base) -> {
            if (base.doubleValue() <= 0 || base.doubleValue() == 1) {
                throw Values.fail("$log's base must be a positive number not equal to 1, but is " + base);
            }
            return logarithm("$log", a, x -> Math.log(x) / Math.log(base.doubleValue()));
        }));
        r.add("pow", (arg, c) -> binary("$pow", arg, c, ArithmeticOperators::pow));
    }

    private interface NumberFunction {
        Number apply(Number n);
    }

    private interface NumberBiFunction {
        Number apply(Number a, Number b);
    }

    /** One numeric operand: null for null or missing. */
    private static Expression unary(String op, Object arg, ExpressionCompiler c, NumberFunction f) {
        Expression operand = Args.single(op, arg, c);
        return scope -> {
            Object v = operand.evaluate(scope);
            return Values.nullish(v) ? null : f.apply(Values.number(op, v));
        };
    }

    /** Two numeric operands: null if either is null or missing. */
    private static Expression binary(String op, Object arg, ExpressionCompiler c, NumberBiFunction f) {
        return Args.binary(op, arg, c, (a, b) -> {
            if (!(a instanceof Number x) || !(b instanceof Number y)) {
                throw Values.fail(op + " only supports numeric types, not " + Values.type(a) + " and "
                        + Values.type(b));
            }
            return f.apply(x, y);
        });
    }

    private static Number logarithm(String op, Number n, DoubleUnaryOperator log) {
        if (n.doubleValue() <= 0) {
            throw Values.fail(op + "'s argument must be a positive number, but is " + n);
        }
        return Numbers.ofDouble(log.applyAsDouble(n.doubleValue()));
    }

    private static Expression trunc(Object arg, ExpressionCompiler c) {
        List<Expression> operands = Args.operands("$trunc", arg, c, 1, 2);
        return scope -> {
            Object v = operands.get(0).evaluate(scope);
            Object place = operands.size() > 1 ? operands.get(1).evaluate(scope) : 0;
            if (Values.nullish(v) || Values.nullish(place)) {
                return null;
            }
            Number n = Values.number("$trunc", v);
            int digits = Values.integer(place, "place argument to $trunc");
            if (Numbers.isIntegral(n) && digits >= 0) {
                return n;
            }
            java.math.BigDecimal d = new java.math.BigDecimal(n.doubleValue())
                    .setScale(digits, java.math.RoundingMode.DOWN);
            return Numbers.ofDouble(d.doubleValue());
        };
    }

    private static Expression add(Object arg, ExpressionCompiler c) {
        List<Expression> operands = Args.operands("$add", arg, c);
        return scope -> {
            Number sum = 0;
            Instant date = null;
            for (Object v : Values.evaluateAll(operands, scope)) {
                if (Values.nullish(v)) {
                    return null;
                }
                if (v instanceof Instant i) {
                    if (date != null) {
                        throw Values.fail("only one date allowed in an $add expression");
                    }
                    date = i;
                } else if (v instanceof Number n) {
                    sum = Numbers.add(sum, n);
                } else {
                    throw Values.fail("$add only supports numeric or date types, not " + Values.type(v));
                }
            }
            return date == null ? sum : date.plusMillis(Math.round(sum.doubleValue()));
        };
    }

    private static Expression subtract(Object arg, ExpressionCompiler c) {
        return Args.binary("$subtract", arg, c, (a, b) -> {
            if (a instanceof Number x && b instanceof Number y) {
                return Numbers.add(x, negate(y));
            }
            if (a instanceof Instant x && b instanceof Instant y) {
                return Numbers.ofLong(x.toEpochMilli() - y.toEpochMilli());
            }
            if (a instanceof Instant x && b instanceof Number y) {
                return x.minusMillis(Math.round(y.doubleValue()));
            }
            if (b instanceof Instant) {
                throw Values.fail("can't $subtract a date from a " + Values.type(a));
            }
            throw Values.fail("$subtract only supports numeric or date types, not " + Values.type(a) + " and "
                    + Values.type(b));
        });
    }

    private static Number negate(Number n) {
        if (Numbers.isIntegral(n) && n.longValue() != Long.MIN_VALUE) {
            return Numbers.ofLong(-n.longValue());
        }
        return Numbers.ofDouble(-n.doubleValue());
    }

    private static Number pow(Number base, Number exponent) {
        if (base.doubleValue() == 0 && exponent.doubleValue() < 0) {
            throw Values.fail("$pow cannot take a base of 0 and a negative exponent");
        }
        if (Numbers.isIntegral(base) && Numbers.isIntegral(exponent) && exponent.longValue() >= 0
                && exponent.longValue() < 64) {
            BigInteger exact = BigInteger.valueOf(base.longValue()).pow(exponent.intValue());
            if (exact.bitLength() < 64) {
                return Numbers.ofLong(exact.longValue());
            }
        }
        return Numbers.ofDouble(Math.pow(base.doubleValue(), exponent.doubleValue()));
    }
}
