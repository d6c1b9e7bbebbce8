package dev.minicloud.emulator.internal.database.aggregate;

import dev.minicloud.emulator.internal.common.value.ValueOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code $bucket}: each document falls into the bucket whose {@code [lower, upper)} boundaries hold its
 * {@code groupBy} value, or into {@code default}; non-empty buckets come out in boundary order with {@code _id} the
 * lower boundary, the default bucket last. {@code output} defaults to {@code {count: {$sum: 1}}}.
 */
final class BucketStage {
    private BucketStage() {}

    static Stage compile(Object spec, StageContext context) {
        Map<String, Object> o = Args.options("$bucket", spec, Set.of("groupBy", "boundaries"),
                Set.of("default", "output"));
        Expression groupBy = groupBy("$bucket", o.get("groupBy"), context);
        if (!(o.get("boundaries") instanceof List<?> boundaries) || boundaries.size() < 2) {
            throw Values.fail("The $bucket 'boundaries' field must be an array of values. At least 2 values are"
                    + " required.");
        }
        for (int i = 1; i < boundaries.size(); i++) {
            Object a = boundaries.get(i - 1);
            Object b = boundaries.get(i);
            if (ValueOrder.bracket(a) != ValueOrder.bracket(b)) {
                throw Values.fail("All values in the 'boundaries' option to $bucket must have the same type. Found"
                        + " conflicting types " + Values.type(a) + " and " + Values.type(b) + ".");
            }
            if (ValueOrder.compare(a, b) >= 0) {
                throw Values.fail("The 'boundaries' option to $bucket must be sorted in ascending order, but elements "
                        + (i - 1) + " and " + i + " are not in ascending order (" + Values.show(a) + " is not less"
                        + " than " + Values.show(b) + ").");
            }
        }
        boolean hasDefault = o.containsKey("default");
        Object fallback = o.get("default");
        if (hasDefault && ValueOrder.bracket(fallback) == ValueOrder.bracket(boundaries.get(0))
                && ValueOrder.compare(fallback, boundaries.get(0)) >= 0
                && ValueOrder.compare(fallback, boundaries.get(boundaries.size() - 1)) < 0) {
            throw Values.fail("The $bucket 'default' field must be less than the lowest boundary or greater than or"
                    + " equal to the highest boundary.");
        }
        List<Accumulators.GroupField> fields = output("$bucket", o.get("output"), context);
        return input -> {
            List<Map<String, Object>> groups = GroupStage.group(input, doc -> {
                Object v = Values.orNull(groupBy.evaluate(context.scope(doc)));
                for (int i = 0; i + 1 < boundaries.size(); i++) {
                    if (ValueOrder.compare(v, boundaries.get(i)) >= 0
                            && ValueOrder.compare(v, boundaries.get(i + 1)) < 0) {
                        return boundaries.get(i);
                    }
                }
                if (!hasDefault) {
                    throw Values.fail("$bucket could not find a matching branch for an input, and no default was"
                            + " specified.");
                }
                return fallback;
            }, fields, context);
            // Bucket keys are boundaries inside [lowest, highest), so the default key never equals one of them.
            groups.sort((a, b) -> {
                boolean da = hasDefault && ValueOrder.equal(a.get("_id"), fallback);
                boolean db = hasDefault && ValueOrder.equal(b.get("_id"), fallback);
                return da || db ? Boolean.compare(da, db) : ValueOrder.compare(a.get("_id"), b.get("_id"));
            });
            return groups;
        };
    }

    /** {@code groupBy} must be a field path or an operator expression. */
    static Expression groupBy(String stage, Object spec, StageContext context) {
        boolean expression = spec instanceof String s && s.startsWith("$")
                || spec instanceof Map<?, ?> m && !m.isEmpty();
        if (!expression) {
            throw Values.fail("The " + stage + " 'groupBy' field must be defined as a $-prefixed path or an"
                    + " expression, but found: " + Values.show(spec) + ".");
        }
        return context.compiler().compile(spec);
    }

    /** The {@code output} accumulators, {@code {count: {$sum: 1}}} when absent. */
    static List<Accumulators.GroupField> output(String stage, Object spec, StageContext context) {
        Map<String, Object> output;
        if (spec == null) {
            output = new LinkedHashMap<>();
            output.put("count", Map.of("$sum", 1));
        } else if (spec instanceof Map<?, ?> m) {
            output = Values.object(m);
        } else {
            throw Values.fail("The " + stage + " 'output' field must be an object, but found type: "
                    + Values.type(spec) + ".");
        }
        List<Accumulators.GroupField> fields = new ArrayList<>();
        output.forEach((name, acc) -> fields.add(Accumulators.groupField(name, acc, context.compiler())));
        return fields;
    }
}
