package dev.minicloud.emulator.internal.database.aggregate;

import dev.minicloud.emulator.internal.database.query.Deadline;
import dev.minicloud.emulator.internal.database.query.ExpressionSupport;
import dev.minicloud.emulator.internal.database.query.Filter;
import dev.minicloud.emulator.internal.database.query.FilterCompiler;
import dev.minicloud.emulator.internal.database.query.IndexProbe;
import dev.minicloud.emulator.internal.database.query.QueryEncoder;
import dev.minicloud.emulator.internal.database.query.ValueEncoder;
import java.util.List;
import java.util.Map;

/**
 * What compiling and running one pipeline needs: the request's value encoder (server dates), the matcher, the
 * expression compiler, the variables in scope (a {@code $lookup}'s {@code let}) and where collections are read.
 */
final class StageContext {
    private final Pipeline.Source source;
    private final ValueEncoder values;
    private final ExpressionSupport expressions;
    private final Map<String, Object> variables;
    private final FilterCompiler matcher;
    private final ExpressionCompiler compiler;
    private final String namespace;

    StageContext(Pipeline.Source source, ValueEncoder values, ExpressionSupport expressions,
            Map<String, Object> variables, String namespace) {
        this.source = source;
        this.values = values;
        this.expressions = expressions;
        this.variables = variables;
        this.matcher = new FilterCompiler(expressions.withVariables(variables));
        this.compiler = ExpressionCompiler.withVariables(variables.keySet());
        this.namespace = namespace;
    }

    /** The context of a sub-pipeline: the outer variables plus {@code bound}, which hide outer ones. */
    StageContext withVariables(Map<String, Object> bound, String subNamespace) {
        Map<String, Object> all = new java.util.LinkedHashMap<>(variables);
        all.putAll(bound);
        return new StageContext(source, values, expressions, all, subNamespace);
    }

    Pipeline.Source source() {
        return source;
    }

    ExpressionCompiler compiler() {
        return compiler;
    }

    /** {@code <env>.<collection>}, as MongoDB names collections in messages. */
    String namespace() {
        return namespace;
    }

    /** A stage argument other than a {@code where} condition: canonical values, Geo values as GeoJSON. */
    Object value(Object argument) {
        return values.value(argument);
    }

    /** The wire filter of a {@code where}-syntax condition, rewritten as the SDK does. */
    Map<String, Object> encodeWhere(Object condition) {
        return new QueryEncoder(values).encodeWhere(condition);
    }

    Filter filter(Map<String, Object> wire) {
        return Deadline.guard(matcher.compile(wire));
    }

    /** The scope an expression evaluates a document in. */
    Scope scope(Map<String, Object> doc) {
        return Scope.of(doc, variables);
    }

    List<Map<String, Object>> scan(String collection, Filter filter, IndexProbe probe, boolean required) {
        return source.scan(collection, filter, probe, required);
    }
}
