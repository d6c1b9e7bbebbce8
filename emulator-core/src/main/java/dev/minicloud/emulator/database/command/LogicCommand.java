package dev.minicloud.emulator.database.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A command that combines conditions: {@code and}, {@code or}, {@code nor}, {@code not}, and the top-level
 * {@code expr} and {@code jsonSchema}. Created by {@link Command}; every {@link QueryCommand} is one too, so commands
 * chain as in the SDK:
 *
 * <pre>{@code
 * db.collection("goods").where(Map.of("price", Command.gt(3000).and(Command.lt(5000)))).get();
 * db.collection("goods").where(Command.or(Map.of("a", 1), Map.of("b", 2))).get();
 * }</pre>
 *
 * <p>Instances are immutable.
 */
public sealed class LogicCommand permits QueryCommand {
    private final String operator;
    private final List<Object> operands;

    LogicCommand(String operator, List<?> operands) {
        this.operator = Objects.requireNonNull(operator, "operator");
        this.operands = Collections.unmodifiableList(new ArrayList<>(operands));
    }

    /** The SDK's name of the operator, for example {@code "and"} or {@code "neq"}. */
    public final String operator() {
        return operator;
    }

    /** The operands as given. */
    public final List<Object> operands() {
        return operands;
    }

    /** This condition and all of {@code others}: {@code _.gt(1).and(_.lt(5))}. */
    public final LogicCommand and(Object... others) {
        return new LogicCommand("and", prepend(others));
    }

    /** This condition or any of {@code others}: {@code _.lt(10).or(_.gt(90))}. */
    public final LogicCommand or(Object... others) {
        return new LogicCommand("or", prepend(others));
    }

    private List<Object> prepend(Object[] others) {
        List<Object> all = new ArrayList<>(others.length + 1);
        all.add(this);
        all.addAll(flattenArgs(others));
        return all;
    }

    /** The SDK accepts either several conditions or one array of them. */
    static List<Object> flattenArgs(Object[] args) {
        if (args.length == 1 && args[0] instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        return Arrays.asList(args);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogicCommand c && c.getClass() == getClass()
                && c.operator.equals(operator) && c.operands.equals(operands);
    }

    @Override
    public int hashCode() {
        return Objects.hash(operator, operands);
    }

    @Override
    public String toString() {
        return "_." + operator + operands;
    }
}
