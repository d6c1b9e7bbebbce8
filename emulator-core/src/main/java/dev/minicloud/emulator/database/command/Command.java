package dev.minicloud.emulator.database.command;

import dev.minicloud.emulator.database.value.Geo;
import dev.minicloud.emulator.database.value.RegExp;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code db.command}: the query, logic and update commands, with the SDK's names and argument forms.
 *
 * <pre>{@code
 * // where({progress: _.gt(50).and(_.lt(90)), tags: _.all(['cloud'])})
 * db.collection("todos").where(Map.of(
 *         "progress", Command.gt(50).and(Command.lt(90)),
 *         "tags", Command.all(List.of("cloud")))).get();
 *
 * // update({data: {progress: _.inc(10), tags: _.push(['a', 'b'])}})
 * db.collection("todos").doc(id).update(Map.of(
 *         "progress", Command.inc(10),
 *         "tags", Command.push(List.of("a", "b"))));
 * }</pre>
 *
 * <p>Where the SDK accepts "several arguments or one array", so do these methods.
 */
public final class Command {
    /** {@code _.project}: projection operators for {@code field()}. */
    public static final ProjectionOperators project = new ProjectionOperators();

    /** {@code db.command.aggregate} ({@code $} in the documentation): aggregation expression operators. */
    public static final AggregateCommand aggregate = new AggregateCommand();

    private Command() {}

    // ---- comparison ----

    /** Equal to {@code value}; objects and arrays must match exactly, in order. */
    public static QueryCommand eq(Object value) {
        return query("eq", value);
    }

    /** Not equal to {@code value}; also matches documents where the field is missing. */
    public static QueryCommand neq(Object value) {
        return query("neq", value);
    }

    /** Greater than {@code value}, compared only with values of the same type. */
    public static QueryCommand gt(Object value) {
        return query("gt", value);
    }

    /** Greater than or equal to {@code value}, compared only with values of the same type. */
    public static QueryCommand gte(Object value) {
        return query("gte", value);
    }

    /** Less than {@code value}, compared only with values of the same type. */
    public static QueryCommand lt(Object value) {
        return query("lt", value);
    }

    /** Less than or equal to {@code value}, compared only with values of the same type. */
    public static QueryCommand lte(Object value) {
        return query("lte", value);
    }

    /** Equal to any of {@code values}. */
    public static QueryCommand in(List<?> values) {
        return new QueryCommand("in", Objects.requireNonNull(values, "values"));
    }

    /** Equal to none of {@code values}; also matches documents where the field is missing. */
    public static QueryCommand nin(List<?> values) {
        return new QueryCommand("nin", Objects.requireNonNull(values, "values"));
    }

    // ---- arrays and fields ----

    /** An array field containing every one of {@code values}, in any order. */
    public static QueryCommand all(List<?> values) {
        return new QueryCommand("all", Objects.requireNonNull(values, "values"));
    }

    /**
     * An array field with at least one element satisfying {@code condition}: a command such as
     * {@code Command.gt(2)}, or an object of conditions on the element's fields (not flattened).
     */
    public static QueryCommand elemMatch(Object condition) {
        return query("elemMatch", condition);
    }

    /** The field exists ({@code true}) or is missing ({@code false}); a stored {@code null} exists. */
    public static QueryCommand exists(boolean exists) {
        return query("exists", exists);
    }

    /** {@code _.exists()} without an argument, which the documentation uses for {@code exists(true)}. */
    public static QueryCommand exists() {
        return exists(true);
    }

    /** An array field of exactly {@code length} elements. */
    public static QueryCommand size(int length) {
        return query("size", length);
    }

    /** A number whose value divided by {@code divisor} leaves {@code remainder} (truncated toward zero). */
    public static QueryCommand mod(Number divisor, Number remainder) {
        return query("mod", List.of(divisor, remainder));
    }

    /** {@code _.mod([divisor, remainder])}. */
    public static QueryCommand mod(List<? extends Number> divisorAndRemainder) {
        return query("mod", divisorAndRemainder);
    }

    /** A top-level condition written as an aggregation expression, e.g. comparing two fields. */
    public static QueryCommand expr(Object aggregateExpression) {
        return query("expr", aggregateExpression);
    }

    /** A top-level condition: the document satisfies a JSON schema. */
    public static QueryCommand jsonSchema(Map<String, ?> schema) {
        return query("jsonSchema", schema);
    }

    // ---- geo ----

    /**
     * Documents whose geo field lies within {@code maxDistance} (and beyond {@code minDistance}) metres of
     * {@code geometry}, nearest first: {@code Map.of("geometry", Geo.point(113.3, 23.1), "maxDistance", 1000)}.
     *
     * @throws dev.minicloud.emulator.base.CloudException {@code "geometry" must be of type Point. Received type ...}
     */
    public static QueryCommand geoNear(Map<String, ?> options) {
        return query("geoNear", GeoOptions.near(options));
    }

    /**
     * Documents whose geo field lies within a {@code geometry} (a {@link Geo.Polygon} or {@link Geo.MultiPolygon}),
     * or within {@code centerSphere: List.of(point or List.of(lng, lat), radiusInRadians)}.
     */
    public static QueryCommand geoWithin(Map<String, ?> options) {
        return query("geoWithin", GeoOptions.within(options));
    }

    /** Documents whose geo field shares a point with {@code geometry} (any {@link Geo} value). */
    public static QueryCommand geoIntersects(Map<String, ?> options) {
        return query("geoIntersects", GeoOptions.intersects(options));
    }

    // ---- logic ----

    /** All conditions hold; pass several conditions or one list. Top-level or on a field. */
    public static LogicCommand and(Object... conditions) {
        return new LogicCommand("and", LogicCommand.flattenArgs(conditions));
    }

    /** Any condition holds; pass several conditions or one list. Top-level or on a field. */
    public static LogicCommand or(Object... conditions) {
        return new LogicCommand("or", LogicCommand.flattenArgs(conditions));
    }

    /** No condition holds; also true when the fields are missing. */
    public static LogicCommand nor(Object... conditions) {
        return new LogicCommand("nor", LogicCommand.flattenArgs(conditions));
    }

    /** The field condition (a command or a {@link RegExp}) does not hold; also true when the field is missing. */
    public static LogicCommand not(Object condition) {
        return new LogicCommand("not", java.util.Collections.singletonList(condition));
    }

    // ---- update ----

    /** Sets the field to {@code value} as a whole: objects replace, they do not merge. */
    public static UpdateCommand set(Object value) {
        return update("set", value);
    }

    /** Deletes the field; on an array element it leaves {@code null} in that slot. */
    public static UpdateCommand remove() {
        return new UpdateCommand("remove", List.of());
    }

    /** Adds {@code amount} atomically; a missing field becomes {@code amount}. */
    public static UpdateCommand inc(Number amount) {
        return update("inc", amount);
    }

    /** Multiplies by {@code factor} atomically; a missing field becomes 0. */
    public static UpdateCommand mul(Number factor) {
        return update("mul", factor);
    }

    /** Replaces the field only if {@code value} is smaller; a missing field becomes {@code value}. */
    public static UpdateCommand min(Object value) {
        return update("min", value);
    }

    /** Replaces the field only if {@code value} is larger; a missing field becomes {@code value}. */
    public static UpdateCommand max(Object value) {
        return update("max", value);
    }

    /** Moves the field's value to {@code newName}; a missing field is left alone. */
    public static UpdateCommand rename(String newName) {
        return update("rename", newName);
    }

    /** Bitwise {@code and}/{@code or}/{@code xor} on an integer field: {@code Map.of("and", 5)}. */
    public static UpdateCommand bit(Map<String, ?> operation) {
        return update("bit", operation);
    }

    /**
     * Appends values: {@code push(v)}, {@code push(v1, v2)}, {@code push(List.of(v1, v2))}, or with modifiers
     * {@code push(Map.of("each", List.of(4, 5, 6), "sort", -1, "slice", 3))} (also {@code position}).
     * As in the SDK, a first argument that is a list is the list of values and later arguments are ignored.
     */
    public static UpdateCommand push(Object... values) {
        if (values.length > 0 && values[0] instanceof List<?> list) {
            return new UpdateCommand("push", list);
        }
        return new UpdateCommand("push", java.util.Arrays.asList(values));
    }

    /** Removes the last element. */
    public static UpdateCommand pop() {
        return new UpdateCommand("pop", List.of());
    }

    /** Removes the first element. */
    public static UpdateCommand shift() {
        return new UpdateCommand("shift", List.of());
    }

    /** Prepends values, keeping their order: {@code unshift(v1, v2)} or {@code unshift(List.of(v1, v2))}. */
    public static UpdateCommand unshift(Object... values) {
        return new UpdateCommand("unshift", LogicCommand.flattenArgs(values));
    }

    /** Removes every element equal to {@code value}, or matching a command such as {@code Command.gte(5)}. */
    public static UpdateCommand pull(Object valueOrCondition) {
        return update("pull", valueOrCondition);
    }

    /** Removes every element equal to one of {@code values}. */
    public static UpdateCommand pullAll(List<?> values) {
        return update("pullAll", Objects.requireNonNull(values, "values"));
    }

    /**
     * Appends {@code value} unless an equal element exists. A list is added as one element; to add several, pass
     * {@code Map.of("$each", List.of(...))} (the SDK documentation's {@code each} spelling works too).
     */
    public static UpdateCommand addToSet(Object value) {
        return update("addToSet", value);
    }

    private static QueryCommand query(String operator, Object operand) {
        return new QueryCommand(operator, java.util.Collections.singletonList(operand));
    }

    private static UpdateCommand update(String operator, Object operand) {
        return new UpdateCommand(operator, java.util.Collections.singletonList(operand));
    }

    /** {@code _.project}: the operators {@code field()} accepts as values. */
    public static final class ProjectionOperators {
        private ProjectionOperators() {}

        /** The first {@code count} elements (the last ones if negative). */
        public ProjectionOperator slice(int count) {
            return new ProjectionOperator("slice", count);
        }

        /** {@code count} elements after skipping {@code skip}. */
        public ProjectionOperator slice(int skip, int count) {
            return new ProjectionOperator("slice", List.of(skip, count));
        }

        /** Only the first element matching {@code condition}. */
        public ProjectionOperator elemMatch(Map<String, ?> condition) {
            return new ProjectionOperator("elemMatch", condition);
        }
    }

    /**
     * A projection operator value for {@code field()}.
     *
     * @param operator {@code "slice"} or {@code "elemMatch"}
     * @param argument the operator's argument
     */
    public record ProjectionOperator(String operator, Object argument) {}
}
