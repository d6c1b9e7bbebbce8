package dev.minicloud.emulator.internal.database.query;

import dev.minicloud.emulator.database.command.Command.ProjectionOperator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code field()}: MongoDB projection. Inclusion returns only the listed paths plus {@code _id}; exclusion returns
 * everything else; the two cannot be mixed except for {@code _id}. Dot paths reach into sub-documents and through
 * arrays of sub-documents. {@code $slice} trims an array; {@code $elemMatch} keeps its first matching element.
 */
public final class Projection {
    /** Returns documents unchanged. */
    public static final Projection NONE = new Projection(null, false, true, Map.of(), Map.of());

    /** A node of the include/exclude tree: {@code null} value = the whole field. */
    private final Map<String, Object> tree;
    private final boolean inclusion;
    private final boolean includeId;
    private final Map<String, Object> slices;
    private final Map<String, Filter> elemMatches;

    private Projection(Map<String, Object> tree, boolean inclusion, boolean includeId, Map<String, Object> slices,
            Map<String, Filter> elemMatches) {
        this.tree = tree;
        this.inclusion = inclusion;
        this.includeId = includeId;
        this.slices = slices;
        this.elemMatches = elemMatches;
    }

    /**
     * The SDK's normalisation of {@code field()} values: a truthy value that is not an object means include, a
     * falsy one exclude (and, as in the SDK, a negative number excludes); operator objects pass through.
     */
    public static Map<String, Object> normalize(Map<?, ?> field) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : field.entrySet()) {
            Object v = e.getValue();
            Object normalized;
            if (v instanceof ProjectionOperator op) {
                Map<String, Object> operator = new LinkedHashMap<>();
                operator.put("$" + op.operator(), op.argument());
                normalized = operator;
            } else if (v instanceof Map) {
                normalized = v;
            } else if (v instanceof Number n) {
                normalized = n.doubleValue() > 0 ? 1 : 0;
            } else {
                normalized = Flattener.isFalsy(v) ? 0 : 1;
            }
            out.put(ValueEncoder.key(e.getKey()), normalized);
        }
        return out;
    }

    /** Compiles a normalised projection. */
    public static Projection compile(Map<String, Object> spec, FilterCompiler matcher) {
        if (spec == null || spec.isEmpty()) {
            return NONE;
        }
        Boolean inclusion = null;
        boolean includeId = true;
        Map<String, Object> tree = new LinkedHashMap<>();
        Map<String, Object> slices = new LinkedHashMap<>();
        Map<String, Filter> elemMatches = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : spec.entrySet()) {
            String path = e.getKey();
            Object v = e.getValue();
            if (v instanceof Map<?, ?> op) {
                if (op.size() == 1 && op.containsKey("$slice")) {
                    slices.put(path, checkSlice(op.get("$slice")));
                    continue;
                }
                if (op.size() == 1 && op.containsKey("$elemMatch") && op.get("$elemMatch") instanceof Map<?, ?> c) {
                    if (path.contains(".")) {
                        throw DatabaseError.requestFail("Cannot use $elemMatch projection on a nested field.");
                    }
                    elemMatches.put(path, matcher.compile(FilterCompiler.castMap(c)));
                    inclusion = mix(inclusion, true);
                    continue;
                }
                throw DatabaseError.requestFail("Unsupported projection option: " + path + ": " + v);
            }
            boolean include = ((Number) v).intValue() == 1;
            if (path.equals("_id")) {
                includeId = include;
                continue;
            }
            inclusion = mix(inclusion, include);
            addPath(tree, path.split("\\.", -1), 0);
        }
        boolean isInclusion = inclusion != null && inclusion;
        if (isInclusion) {
            for (String path : slices.keySet()) {
                addPath(tree, path.split("\\.", -1), 0);
            }
        }
        return new Projection(tree, isInclusion, includeId, slices, elemMatches);
    }

    /**
     * A plain include or exclude projection of dotted paths, as the aggregation {@code $project} stage needs: an
     * inclusion of no paths keeps only {@code _id} (or nothing).
     */
    public static Projection fields(List<String> paths, boolean inclusion, boolean includeId) {
        Map<String, Object> tree = new LinkedHashMap<>();
        for (String path : paths) {
            addPath(tree, path.split("\\.", -1), 0);
        }
        return new Projection(tree, inclusion, includeId, Map.of(), Map.of());
    }

    private static Boolean mix(Boolean current, boolean include) {
        if (current != null && current != include) {
            throw DatabaseError.requestFail("Projection cannot have a mix of inclusion and exclusion.");
        }
        return include;
    }

    private static Object checkSlice(Object arg) {
        if (arg instanceof Integer) {
            return arg;
        }
        if (arg instanceof List<?> l && l.size() == 2 && l.get(0) instanceof Integer && l.get(1) instanceof Integer n
                && n > 0) {
            return arg;
        }
        throw DatabaseError.requestFail("$slice only supports numbers and [skip, limit] arrays");
    }

    @SuppressWarnings("unchecked")
    private static void addPath(Map<String, Object> tree, String[] segments, int i) {
        String s = segments[i];
        if (i == segments.length - 1) {
            tree.put(s, null);
            return;
        }
        Object child = tree.get(s);
        if (tree.containsKey(s) && child == null) {
            return;
        }
        Map<String, Object> sub = child == null ? new LinkedHashMap<>() : (Map<String, Object>) child;
        tree.put(s, sub);
        addPath(sub, segments, i + 1);
    }

    /** Whether this projection changes documents at all. */
    public boolean isNone() {
        return this == NONE;
    }

    /** The projected copy of a stored document. */
    public Map<String, Object> apply(Map<String, Object> doc) {
        if (this == NONE) {
            return doc;
        }
        Map<String, Object> out;
        if (inclusion) {
            out = include(doc, tree);
            if (includeId && doc.containsKey("_id")) {
                Map<String, Object> withId = new LinkedHashMap<>();
                withId.put("_id", doc.get("_id"));
                withId.putAll(out);
                out = withId;
            }
        } else {
            out = exclude(doc, tree);
            if (!includeId) {
                out.remove("_id");
            }
        }
        for (Map.Entry<String, Object> s : slices.entrySet()) {
            applySlice(out, s.getKey().split("\\.", -1), 0, s.getValue());
        }
        for (Map.Entry<String, Filter> m : elemMatches.entrySet()) {
            Object array = doc.get(m.getKey());
            out.remove(m.getKey());
            if (array instanceof List<?> l) {
                for (Object e : l) {
                    if (e instanceof Map && m.getValue().test(FilterCompiler.castMap(e))) {
                        out.put(m.getKey(), List.of(e));
                        break;
                    }
                }
            }
        }
        return Collections.unmodifiableMap(out);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> include(Map<String, Object> doc, Map<String, Object> tree) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : doc.entrySet()) {
            if (!tree.containsKey(e.getKey())) {
                continue;
            }
            Object sub = tree.get(e.getKey());
            if (sub == null) {
                out.put(e.getKey(), e.getValue());
            } else {
                Object projected = includeValue(e.getValue(), (Map<String, Object>) sub);
                if (projected != null) {
                    out.put(e.getKey(), projected);
                }
            }
        }
        return out;
    }

    private static Object includeValue(Object value, Map<String, Object> sub) {
        if (value instanceof Map) {
            return include(FilterCompiler.castMap(value), sub);
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            for (Object e : l) {
                Object projected = e instanceof Map || e instanceof List ? includeValue(e, sub) : null;
                if (projected != null) {
                    out.add(projected);
                }
            }
            return out;
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> exclude(Map<String, Object> doc, Map<String, Object> tree) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : doc.entrySet()) {
            if (!tree.containsKey(e.getKey())) {
                out.put(e.getKey(), e.getValue());
                continue;
            }
            Object sub = tree.get(e.getKey());
            if (sub != null) {
                out.put(e.getKey(), excludeValue(e.getValue(), (Map<String, Object>) sub));
            }
        }
        return out;
    }

    private static Object excludeValue(Object value, Map<String, Object> sub) {
        if (value instanceof Map) {
            return exclude(FilterCompiler.castMap(value), sub);
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object e : l) {
                out.add(e instanceof Map || e instanceof List ? excludeValue(e, sub) : e);
            }
            return out;
        }
        return value;
    }

    private static void applySlice(Map<String, Object> node, String[] segments, int i, Object spec) {
        Object v = node.get(segments[i]);
        if (i < segments.length - 1) {
            if (v instanceof Map) {
                Map<String, Object> copy = new LinkedHashMap<>(FilterCompiler.castMap(v));
                applySlice(copy, segments, i + 1, spec);
                node.put(segments[i], copy);
            }
            return;
        }
        if (v instanceof List<?> l) {
            node.put(segments[i], slice(l, spec));
        }
    }

    private static List<Object> slice(List<?> l, Object spec) {
        int size = l.size();
        int from;
        int to;
        if (spec instanceof Integer n) {
            from = n >= 0 ? 0 : Math.max(0, size + n);
            to = n >= 0 ? Math.min(n, size) : size;
        } else {
            List<?> pair = (List<?>) spec;
            int skip = (Integer) pair.get(0);
            int limit = (Integer) pair.get(1);
            from = skip >= 0 ? Math.min(skip, size) : Math.max(0, size + skip);
            to = Math.min(size, from + limit);
        }
        return new ArrayList<>(l.subList(from, to));
    }
}
