package dev.minicloud.emulator.internal.database.aggregate;

import dev.minicloud.emulator.internal.common.value.Missing;
import dev.minicloud.emulator.internal.common.value.Numbers;
import dev.minicloud.emulator.internal.common.value.ValueOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The {@code $group} accumulators ({@code $addToSet $avg $first $last $max $min $mergeObjects $push $stdDevPop
 * $stdDevSamp $sum}), and the expression forms of the numeric ones, which {@code $project} evaluates over an
 * array operand ({@code {$sum: '$scores'}}) or over several operands ({@code {$sum: ['$a', '$b']}}).
 *
 * <p>Non-numbers are ignored by the numeric accumulators ({@code $sum} of none is 0, {@code $avg} null); null and
 * missing are ignored by {@code $max}/{@code $min}; missing (not null) is skipped by {@code $push} and
 * {@code $addToSet}; {@code $first}/{@code $last} of a missing field are null.
 */
final class Accumulators {
    private Accumulators() {}

    /** The running state of one accumulator for one group. */
    interface Accumulator {
        void add(Object value);

        Object result();
    }

    private static final Map<String, Supplier<Accumulator>> GROUP = Map.ofEntries(
            Map.entry("$sum", Sum::new),
            Map.entry("$avg", Avg::new),
            Map.entry("$max", () -> new Extreme(1)),
            Map.entry("$min", () -> new Extreme(-1)),
            Map.entry("$first", () -> new Pick(false)),
            Map.entry("$last", () -> new Pick(true)),
            Map.entry("$push", () -> new Push(false)),
            Map.entry("$addToSet", () -> new Push(true)),
            Map.entry("$stdDevPop", () -> new StdDev(false)),
            Map.entry("$stdDevSamp", () -> new StdDev(true)),
            Map.entry("$mergeObjects", Merge::new));

    /** One output field of {@code $group}: its input expression and a fresh accumulator per group. */
    record GroupField(String name, Expression input, Supplier<Accumulator> accumulator) {}

    /** Compiles {@code field: {$acc: expression}}. */
    static GroupField groupField(String name, Object spec, ExpressionCompiler c) {
        if (name.contains(".")) {
            throw Values.fail("the group aggregate field name '" + name + "' cannot be used because $group's field"
                    + " names cannot contain '.'");
        }
        if (!(spec instanceof Map<?, ?> m) || m.size() != 1) {
            throw Values.fail("the group aggregate field '" + name + "' must be defined as an expression inside an"
                    + " object");
        }
        String op = (String) m.keySet().iterator().next();
        Supplier<Accumulator> accumulator = GROUP.get(op);
        if (accumulator == null) {
            throw Values.fail("unknown group operator '" + op + "'");
        }
        Object argument = m.get(op);
        if (argument instanceof List<?> l && !op.equals("$push") && !op.equals("$addToSet")) {
            throw Values.fail("The " + op + " accumulator is a unary operator");
        }
        return new GroupField(name, c.compile(argument), accumulator);
    }

    static void registerExpressions(Operators.Registry r) {
        for (String op : List.of("sum", "avg", "max", "min", "stdDevPop", "stdDevSamp")) {
            Supplier<Accumulator> accumulator = GROUP.get("$" + op);
            r.add(op, (arg, c) -> {
                List<Expression> operands = Args.operands("$" + op, arg, c);
                return scope -> {
                    Accumulator acc = accumulator.get();
                    if (operands.size() == 1) {
                        Object v = operands.get(0).evaluate(scope);
                        if (v instanceof List<?> l) {
                            l.forEach(acc::add);
                        } else {
                            acc.add(v);
                        }
                    } else {
                        for (Expression e : operands) {
                            acc.add(e.evaluate(scope));
                        }
                    }
                    return acc.result();
                };
            });
        }
    }

    private static final class Sum implements Accumulator {
        private Number total = 0;

        @Override
        public void add(Object value) {
            if (value instanceof Number n) {
                total = Numbers.add(total, n);
            }
        }

        @Override
        public Object result() {
            return total;
        }
    }

    private static final class Avg implements Accumulator {
        private double total;
        private long count;

        @Override
        public void add(Object value) {
            if (value instanceof Number n) {
                total += n.doubleValue();
                count++;
            }
        }

        @Override
        public Object result() {
            return count == 0 ? null : Numbers.ofDouble(total / count);
        }
    }

    private static final class Extreme implements Accumulator {
        private final int direction;
        private Object best = Missing.VALUE;

        Extreme(int direction) {
            this.direction = direction;
        }

        @Override
        public void add(Object value) {
            if (!Values.nullish(value) && (best == Missing.VALUE || ValueOrder.compare(value, best) * direction > 0)) {
                best = value;
            }
        }

        @Override
        public Object result() {
            return Values.orNull(best);
        }
    }

    /** {@code $first} or {@code $last}. */
    private static final class Pick implements Accumulator {
        private final boolean last;
        private Object value = Missing.VALUE;
        private boolean seen;

        Pick(boolean last) {
            this.last = last;
        }

        @Override
        public void add(Object v) {
            if (last || !seen) {
                seen = true;
                value = v;
            }
        }

        @Override
        public Object result() {
            return Values.orNull(value);
        }
    }

    private static final class Push implements Accumulator {
        private final boolean distinct;
        private final List<Object> values = new ArrayList<>();

        Push(boolean distinct) {
            this.distinct = distinct;
        }

        @Override
        public void add(Object value) {
            if (value != Missing.VALUE && !(distinct && SetOperators.contains(values, value))) {
                values.add(value);
            }
        }

        @Override
        public Object result() {
            return values;
        }
    }

    /** Welford's running variance, numerically stable over long inputs. */
    private static final class StdDev implements Accumulator {
        private final boolean sample;
        private long count;
        private double mean;
        private double squares;

        StdDev(boolean sample) {
            this.sample = sample;
        }

        @Override
        public void add(Object value) {
            if (value instanceof Number n) {
                double x = n.doubleValue();
                count++;
                double delta = x - mean;
                mean += delta / count;
                squares += delta * (x - mean);
            }
        }

        @Override
        public Object result() {
            long n = sample ? count - 1 : count;
            return n <= 0 ? null : Numbers.ofDouble(Math.sqrt(squares / n));
        }
    }

    private static final class Merge implements Accumulator {
        private final Map<String, Object> merged = new LinkedHashMap<>();

        @Override
        public void add(Object value) {
            ObjectOperators.merge(merged, value);
        }

        @Override
        public Object result() {
            return merged;
        }
    }
}
