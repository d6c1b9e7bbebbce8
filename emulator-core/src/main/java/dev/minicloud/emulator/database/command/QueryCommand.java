package dev.minicloud.emulator.database.command;

import java.util.List;

/**
 * A condition on one field ({@code eq}, {@code gt}, {@code in}, {@code elemMatch}, ...), created by
 * {@link Command}. Chained calls add an {@code and}: {@code Command.gt(4).lt(8)} means "greater than 4 and less
 * than 8", exactly as {@code _.gt(4).lt(8)} does in the SDK.
 */
public final class QueryCommand extends LogicCommand {
    QueryCommand(String operator, List<?> operands) {
        super(operator, operands);
    }

    /** {@code and(Command.eq(value))}. */
    public LogicCommand eq(Object value) {
        return and(Command.eq(value));
    }

    /** {@code and(Command.neq(value))}. */
    public LogicCommand neq(Object value) {
        return and(Command.neq(value));
    }

    /** {@code and(Command.gt(value))}. */
    public LogicCommand gt(Object value) {
        return and(Command.gt(value));
    }

    /** {@code and(Command.gte(value))}. */
    public LogicCommand gte(Object value) {
        return and(Command.gte(value));
    }

    /** {@code and(Command.lt(value))}. */
    public LogicCommand lt(Object value) {
        return and(Command.lt(value));
    }

    /** {@code and(Command.lte(value))}. */
    public LogicCommand lte(Object value) {
        return and(Command.lte(value));
    }

    /** {@code and(Command.in(values))}. */
    public LogicCommand in(List<?> values) {
        return and(Command.in(values));
    }

    /** {@code and(Command.nin(values))}. */
    public LogicCommand nin(List<?> values) {
        return and(Command.nin(values));
    }

    /** {@code and(Command.geoNear(options))}. */
    public LogicCommand geoNear(java.util.Map<String, ?> options) {
        return and(Command.geoNear(options));
    }

    /** {@code and(Command.geoWithin(options))}. */
    public LogicCommand geoWithin(java.util.Map<String, ?> options) {
        return and(Command.geoWithin(options));
    }

    /** {@code and(Command.geoIntersects(options))}. */
    public LogicCommand geoIntersects(java.util.Map<String, ?> options) {
        return and(Command.geoIntersects(options));
    }
}
