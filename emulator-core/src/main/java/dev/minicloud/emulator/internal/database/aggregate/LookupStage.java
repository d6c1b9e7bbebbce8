package dev.minicloud.emulator.internal.database.aggregate;

import dev.minicloud.emulator.internal.database.query.FieldPath;
import dev.minicloud.emulator.internal.database.query.Filter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code $lookup}, a left outer join into the array field {@code as}, in both forms:
 * <ul>
 *   <li>{@code {from, localField, foreignField, as}}: foreign documents whose {@code foreignField} equals the local
 *       value, by the query matcher's equality (an array on either side matches per element; a missing field is
 *       null, so missing and null join each other);</li>
 *   <li>{@code {from, let, pipeline, as}}: the sub-pipeline runs over the foreign collection with the {@code let}
 *       variables (evaluated on the local document) bound as {@code $$name}; {@code pipeline: []} returns the whole
 *       collection.</li>
 * </ul>
 * A missing foreign collection joins nothing. The foreign collection is read once per stage.
 */
final class LookupStage {
    private LookupStage() {}

    static Stage compile(Object argument, StageContext context) {
        if (!(argument instanceof Map<?, ?> m)) {
            throw Values.fail("the $lookup specification must be an Object, but found " + Values.type(argument));
        }
        boolean pipelineForm = m.containsKey("pipeline") || m.containsKey("let");
        Map<String, Object> o = pipelineForm
                ? Args.options("$lookup", argument, Set.of("from", "pipeline", "as"), Set.of("let"))
                : Args.options("$lookup", argument, Set.of("from", "localField", "foreignField", "as"), Set.of());
        String from = string(o, "from");
        String as = string(o, "as");
        if (as.startsWith("$")) {
            throw Values.fail("FieldPath field names may not start with '$'. Found: " + as);
        }
        return pipelineForm ? withPipeline(o, from, as, context) : equality(o, from, as, context);
    }

    private static String string(Map<String, Object> o, String name) {
        if (!(o.get(name) instanceof String s) || s.isEmpty()) {
            throw Values.fail("$lookup argument '" + name + "' must be a non-empty string, is type "
                    + Values.type(o.get(name)));
        }
        return s;
    }

    private static Stage equality(Map<String, Object> o, String from, String as, StageContext context) {
        String localField = string(o, "localField");
        FieldPath foreignField = FieldPath.of(string(o, "foreignField"));
        return input -> {
            List<Map<String, Object>> foreign = context.scan(from, Filter.ALL, null, false);
            List<Map<String, Object>> out = new ArrayList<>(input.size());
            for (Map<String, Object> doc : input) {
                Object local = Values.orNull(Paths.get(doc, localField));
                Map<String, Object> condition = new LinkedHashMap<>();
                condition.put(local instanceof List ? "$in" : "$eq", local);
                Filter match = context.filter(Map.of(foreignField.path(), condition));
                List<Object> joined = new ArrayList<>();
                for (Map<String, Object> f : foreign) {
                    if (match.test(f)) {
                        joined.add(f);
                    }
                }
                out.add(Paths.set(doc, as, joined));
            }
            return out;
        };
    }

    private static Stage withPipeline(Map<String, Object> o, String from, String as, StageContext context) {
        if (!(o.get("pipeline") instanceof List<?> pipeline)) {
            throw Values.fail("$lookup argument 'pipeline' must be an array, is type "
                    + Values.type(o.get("pipeline")));
        }
        Object letSpec = o.getOrDefault("let", Map.of());
        if (!(letSpec instanceof Map<?, ?> lets)) {
            throw Values.fail("$lookup argument 'let' must be an object, is type " + Values.type(letSpec));
        }
        Map<String, Expression> variables = new LinkedHashMap<>();
        for (Map.Entry<String, Object> v : Values.object(lets).entrySet()) {
            ExpressionCompiler.checkVariableName(v.getKey());
            variables.put(v.getKey(), context.compiler().compile(v.getValue()));
        }
        String namespace = context.namespace().substring(0, context.namespace().indexOf('.') + 1) + from;
        // Compiled once with placeholder values to report errors even when no document reaches the stage.
        Map<String, Object> placeholders = new LinkedHashMap<>();
        variables.keySet().forEach(name -> placeholders.put(name, null));
        Pipeline.compile(pipeline, context.withVariables(placeholders, namespace));
        return input -> {
            List<Map<String, Object>> foreign = context.scan(from, Filter.ALL, null, false);
            List<Map<String, Object>> out = new ArrayList<>(input.size());
            for (Map<String, Object> doc : input) {
                Scope scope = context.scope(doc);
                Map<String, Object> bound = new LinkedHashMap<>();
                variables.forEach((name, e) -> bound.put(name, Values.orNull(e.evaluate(scope))));
                Pipeline sub = Pipeline.compile(pipeline, context.withVariables(bound, namespace));
                out.add(Paths.set(doc, as, new ArrayList<Object>(sub.run(foreign))));
            }
            return out;
        };
    }
}
