package dev.minicloud.emulator.internal.database.aggregate;

import dev.minicloud.emulator.internal.database.query.Sorter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Compiles one stage by name; the small stages are defined here, the larger ones in their own classes. */
final class Stages {
    private Stages() {}

    static Stage compile(String name, Object argument, int position, StageContext context) {
        if (Pipeline.DECLARED_ONLY.contains(name)) {
            throw Values.fail(name + " is not supported: wx-server-sdk declares it, but @cloudbase/database 1.4.3 has"
                    + " no builder for it, so the platform never runs it");
        }
        if (name.equals("$geoNear")) {
            if (position != 0) {
                throw Values.fail("$geoNear is only valid as the first stage in a pipeline.");
            }
            return GeoNearStage.compile(context.value(withoutQuery(argument)), queryOf(argument), context);
        }
        if (name.equals("$match")) {
            return MatchStage.compile(argument, context);
        }
        if (name.equals("$lookup")) {
            return LookupStage.compile(argument, context);
        }
        Object spec = context.value(argument);
        return switch (name) {
            case "$addFields" -> FieldsStage.addFields(spec, context);
            case "$project" -> FieldsStage.project(spec, context);
            case "$bucket" -> BucketStage.compile(spec, context);
            case "$bucketAuto" -> BucketAutoStage.compile(spec, context);
            case "$group" -> GroupStage.compile(spec, context);
            case "$unwind" -> UnwindStage.compile(spec);
            case "$count" -> count(spec);
            case "$limit" -> limit(spec);
            case "$skip" -> skip(spec);
            case "$sample" -> sample(spec);
            case "$sort" -> sort(spec);
            case "$sortByCount" -> sortByCount(spec, context);
            case "$replaceRoot" -> replaceRoot(spec, context);
            default -> throw Values.fail("Unrecognized pipeline stage name: '" + name + "'");
        };
    }

    /** {@code $geoNear}'s options except {@code query}, which is a {@code where} condition, not a plain value. */
    private static Object withoutQuery(Object argument) {
        if (argument instanceof Map<?, ?> m && m.containsKey("query")) {
            Map<Object, Object> rest = new LinkedHashMap<>(m);
            rest.remove("query");
            return rest;
        }
        return argument;
    }

    private static Object queryOf(Object argument) {
        return argument instanceof Map<?, ?> m ? m.get("query") : null;
    }

    private static Stage count(Object spec) {
        if (!(spec instanceof String field) || field.isEmpty()) {
            throw Values.fail("the count field must be a non-empty string");
        }
        if (field.startsWith("$")) {
            throw Values.fail("the count field cannot be a $-prefixed path");
        }
        if (field.contains(".")) {
            throw Values.fail("the count field cannot contain '.'");
        }
        return input -> {
            if (input.isEmpty()) {
                return List.of();
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put(field, input.size());
            return List.of(out);
        };
    }

    private static long whole(Object spec, String what) {
        if (!(spec instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            throw Values.fail("the " + what + " must be specified as a number");
        }
        return n.longValue();
    }

    private static Stage limit(Object spec) {
        long n = whole(spec, "limit");
        if (n <= 0) {
            throw Values.fail("the limit must be positive");
        }
        return input -> input.size() <= n ? input : input.subList(0, (int) n);
    }

    private static Stage skip(Object spec) {
        long n = whole(spec, "skip");
        if (n < 0) {
            throw Values.fail("invalid argument to $skip stage: Expected a non-negative number in: $skip: " + n);
        }
        return input -> input.size() <= n ? List.of() : input.subList((int) n, input.size());
    }

    private static Stage sample(Object spec) {
        Map<String, Object> o = Args.options("$sample", spec, java.util.Set.of("size"), java.util.Set.of());
        long size = whole(o.get("size"), "size argument to $sample");
        if (size < 0) {
            throw Values.fail("size argument to $sample must not be negative");
        }
        return input -> {
            List<Map<String, Object>> shuffled = new ArrayList<>(input);
            Collections.shuffle(shuffled, ThreadLocalRandom.current());
            return shuffled.size() <= size ? shuffled : shuffled.subList(0, (int) size);
        };
    }

    /** {@code $sort}: the query sorter, keys in priority order, each 1 or -1. */
    static Stage sort(Object spec) {
        if (!(spec instanceof Map<?, ?> m) || m.isEmpty()) {
            throw Values.fail("$sort stage must have at least one sort key");
        }
        Map<String, Integer> orders = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            Object dir = e.getValue();
            if (dir instanceof Map) {
                throw Values.fail("$meta sort is not supported: MiniCloud has no text index");
            }
            if (!(dir instanceof Number n) || (n.doubleValue() != 1 && n.doubleValue() != -1)) {
                throw Values.fail("$sort key ordering must be 1 (for ascending) or -1 (for descending)");
            }
            orders.put((String) e.getKey(), n.intValue());
        }
        Sorter sorter = Sorter.of(orders);
        return sorter::sort;
    }

    private static Stage sortByCount(Object spec, StageContext context) {
        boolean expression = spec instanceof String s && s.startsWith("$")
                || spec instanceof Map<?, ?> m && m.size() == 1 && String.valueOf(m.keySet().iterator().next())
                        .startsWith("$");
        if (!expression) {
            throw Values.fail("the sortByCount field must be defined as a $-prefixed path or an expression");
        }
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("_id", spec);
        group.put("count", Map.of("$sum", 1));
        Stage grouping = GroupStage.compile(group, context);
        Stage byCount = sort(Map.of("count", -1));
        return input -> byCount.apply(grouping.apply(input));
    }

    private static Stage replaceRoot(Object spec, StageContext context) {
        Map<String, Object> o = Args.options("$replaceRoot", spec, java.util.Set.of("newRoot"), java.util.Set.of());
        Expression newRoot = context.compiler().compile(o.get("newRoot"));
        return input -> {
            List<Map<String, Object>> out = new ArrayList<>(input.size());
            for (Map<String, Object> doc : input) {
                Object root = newRoot.evaluate(context.scope(doc));
                if (!(root instanceof Map)) {
                    throw Values.fail("'newRoot' expression must evaluate to an object, but resulting value was: "
                            + Values.show(root) + ". Type of resulting value: '" + Values.type(root) + "'.");
                }
                out.add(Values.object(root));
            }
            return out;
        };
    }
}
