package dev.minicloud.emulator.internal.database.aggregate;

import dev.minicloud.emulator.internal.database.geo.GeoQueries;
import dev.minicloud.emulator.internal.database.query.ExpressionSupport;
import dev.minicloud.emulator.internal.database.query.FieldPath;
import dev.minicloud.emulator.internal.database.query.Filter;
import dev.minicloud.emulator.internal.database.schema.JsonSchema;
import java.util.Map;

/**
 * The matcher's {@code $expr} (the aggregation evaluator, truthy result), {@code $jsonSchema} and geo operators, as
 * the environment runs them. Variables bound by a {@code $lookup}'s {@code let} are visible to {@code $expr}.
 * Immutable.
 */
public final class AggregateExpressions implements ExpressionSupport {
    private final Map<String, Object> variables;

    /** Support with no variables bound. */
    public AggregateExpressions() {
        this(Map.of());
    }

    private AggregateExpressions(Map<String, Object> variables) {
        this.variables = variables;
    }

    @Override
    public Filter expr(Object expression) {
        Expression e = ExpressionCompiler.withVariables(variables.keySet()).compile(expression);
        return doc -> Values.truthy(e.evaluate(Scope.of(doc, variables)));
    }

    @Override
    public Filter jsonSchema(Object schema) {
        return JsonSchema.compile(schema);
    }

    @Override
    public Filter geo(FieldPath path, String operator, Object argument) {
        return GeoQueries.filter(path, operator, argument);
    }

    @Override
    public ExpressionSupport withVariables(Map<String, Object> bound) {
        return new AggregateExpressions(bound);
    }
}
