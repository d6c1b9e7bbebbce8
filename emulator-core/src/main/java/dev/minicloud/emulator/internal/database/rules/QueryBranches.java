package dev.minicloud.emulator.internal.database.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A wire filter as the alternatives a rule must hold for: {@code $or} is expanded into branches (each one a
 * conjunction of per-path constraints), {@code $and} merges. Conditions this analysis does not understand
 * ({@code $nor}, {@code $expr}, {@code $elemMatch}, ...) add no constraint, which can only make a rule harder to
 * satisfy, never easier. Past {@link #MAX_BRANCHES} alternatives an {@code $or} is dropped the same way.
 */
final class QueryBranches {
    static final int MAX_BRANCHES = 64;

    private QueryBranches() {}

    /** One alternative: per-path constraints that all hold. */
    record Branch(Map<String, PathConstraint> paths) {
        /**
         * The constraint on {@code path}, derived from a pinned parent when the query pins a whole sub-document
         * ({@code _.eq({...})}); null when the branch says nothing about it.
         */
        PathConstraint at(String path) {
            PathConstraint exact = paths.get(path);
            if (exact != null) {
                return exact;
            }
            for (int dot = path.lastIndexOf('.'); dot > 0; dot = path.lastIndexOf('.', dot - 1)) {
                PathConstraint parent = paths.get(path.substring(0, dot));
                if (parent != null && parent.pinned != null) {
                    PathConstraint derived = new PathConstraint();
                    derived.pinned = new ArrayList<>();
                    for (Object value : parent.pinned) {
                        Object v = value;
                        for (String name : path.substring(dot + 1).split("\\.")) {
                            v = RuleValues.member(v, name);
                        }
                        derived.pinned.add(v);
                    }
                    return derived;
                }
            }
            return null;
        }
    }

    static List<Branch> of(Map<String, Object> filter) {
        List<Map<String, PathConstraint>> branches = conjunction(filter);
        List<Branch> out = new ArrayList<>(branches.size());
        for (Map<String, PathConstraint> b : branches) {
            out.add(new Branch(b));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, PathConstraint>> conjunction(Map<String, Object> filter) {
        List<Map<String, PathConstraint>> branches = new ArrayList<>();
        branches.add(new LinkedHashMap<>());
        for (Map.Entry<String, Object> e : filter.entrySet()) {
            String key = e.getKey();
            Object value = e.getValue();
            if (key.equals("$and") && value instanceof List<?> parts) {
                for (Object part : parts) {
                    if (part instanceof Map<?, ?> m) {
                        branches = product(branches, conjunction((Map<String, Object>) m));
                    }
                }
            } else if (key.equals("$or") && value instanceof List<?> parts) {
                List<Map<String, PathConstraint>> alternatives = new ArrayList<>();
                for (Object part : parts) {
                    if (part instanceof Map<?, ?> m) {
                        alternatives.addAll(conjunction((Map<String, Object>) m));
                    }
                }
                if (!parts.isEmpty() && alternatives.size() * branches.size() <= MAX_BRANCHES) {
                    branches = product(branches, alternatives);
                }
            } else if (!key.startsWith("$")) {
                for (Map<String, PathConstraint> b : branches) {
                    constrain(b.computeIfAbsent(key, k -> new PathConstraint()), value);
                }
            }
        }
        return branches;
    }

    private static List<Map<String, PathConstraint>> product(List<Map<String, PathConstraint>> left,
            List<Map<String, PathConstraint>> right) {
        List<Map<String, PathConstraint>> out = new ArrayList<>(left.size() * right.size());
        for (Map<String, PathConstraint> l : left) {
            for (Map<String, PathConstraint> r : right) {
                Map<String, PathConstraint> merged = new LinkedHashMap<>();
                l.forEach((k, v) -> merged.put(k, v.copy()));
                r.forEach((k, v) -> merge(merged.computeIfAbsent(k, x -> new PathConstraint()), v));
                out.add(merged);
            }
        }
        return out;
    }

    private static void merge(PathConstraint into, PathConstraint from) {
        if (from.pinned != null) {
            into.pin(from.pinned);
        }
        if (from.low != null) {
            into.lowerBound(from.low, from.lowInclusive);
        }
        if (from.high != null) {
            into.upperBound(from.high, from.highInclusive);
        }
        into.excluded.addAll(from.excluded);
        into.contained.addAll(from.contained);
    }

    private static void constrain(PathConstraint c, Object condition) {
        if (!(condition instanceof Map<?, ?> ops) || ops.isEmpty() || !isOperatorMap(ops)) {
            c.pin(List.of(condition));
            c.contained.add(condition);
            return;
        }
        for (Map.Entry<?, ?> op : ops.entrySet()) {
            Object v = op.getValue();
            switch ((String) op.getKey()) {
                case "$eq" -> {
                    c.pin(List.of(v));
                    c.contained.add(v);
                }
                case "$in" -> {
                    if (v instanceof List<?> list) {
                        c.pin(list);
                    }
                }
                case "$gt" -> c.lowerBound(v, false);
                case "$gte" -> c.lowerBound(v, true);
                case "$lt" -> c.upperBound(v, false);
                case "$lte" -> c.upperBound(v, true);
                case "$ne" -> c.excluded.add(v);
                case "$nin" -> {
                    if (v instanceof List<?> list) {
                        c.excluded.addAll(list);
                    }
                }
                case "$all" -> {
                    if (v instanceof List<?> list) {
                        c.contained.addAll(list);
                    }
                }
                default -> {
                    // Other operators narrow the result in ways this analysis does not use.
                }
            }
        }
    }

    private static boolean isOperatorMap(Map<?, ?> ops) {
        for (Object k : ops.keySet()) {
            if (!(k instanceof String s) || !s.startsWith("$")) {
                return false;
            }
        }
        return true;
    }
}
