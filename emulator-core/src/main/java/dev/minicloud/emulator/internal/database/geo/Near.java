package dev.minicloud.emulator.internal.database.geo;

import dev.minicloud.emulator.internal.database.query.DatabaseError;
import dev.minicloud.emulator.internal.database.query.FieldPath;
import dev.minicloud.emulator.internal.database.query.Filter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A nearness query: {@code $nearSphere} in a filter, or the {@code $geoNear} aggregation stage. Distances are
 * great-circle distances on a sphere of {@link GeoQueries#EARTH_RADIUS_METERS}: metres when the point is GeoJSON,
 * radians when it is a legacy {@code [lng, lat]} pair (MongoDB's rule). Documents come out nearest first; ties keep
 * natural order.
 */
public final class Near {
    private final FieldPath path;
    private final Vec point;
    private final double scale;
    private final double min;
    private final double max;

    private Near(FieldPath path, Vec point, double scale, double min, double max) {
        this.path = path;
        this.point = point;
        this.scale = scale;
        this.min = min;
        this.max = max;
    }

    /** {@code $nearSphere: {$geometry: <Point>, $maxDistance?, $minDistance?}} (or a legacy pair) on a path. */
    static Near of(FieldPath path, Object argument) {
        if (argument instanceof Map<?, ?> m && m.containsKey("$geometry")) {
            for (Object key : m.keySet()) {
                if (!List.of("$geometry", "$maxDistance", "$minDistance").contains(key)) {
                    throw DatabaseError.requestFail("invalid argument in geo near query: " + key);
                }
            }
            return of(path, m.get("$geometry"), m.get("$minDistance"), m.get("$maxDistance"));
        }
        return of(path, argument, null, null);
    }

    /**
     * A nearness query around {@code near} (a GeoJSON point or a legacy pair) on {@code path}.
     *
     * @param minDistance null or a non-negative number, in the point's unit
     * @param maxDistance null or a non-negative number, in the point's unit
     */
    public static Near of(FieldPath path, Object near, Object minDistance, Object maxDistance) {
        Vec p;
        double scale;
        if (near instanceof List) {
            p = GeoJson.point(near);
            scale = 1;
        } else {
            Shape shape = near instanceof Map<?, ?> m && "Point".equals(m.get("type")) ? GeoJson.shape(near) : null;
            p = shape == null ? null : shape.points.get(0);
            scale = GeoQueries.EARTH_RADIUS_METERS;
        }
        if (p == null) {
            throw DatabaseError.requestFail("invalid point in geo near query $geometry argument: "
                    + GeoQueries.show(near));
        }
        return new Near(path, p, scale, distance("$minDistance", minDistance, 0),
                distance("$maxDistance", maxDistance, Double.POSITIVE_INFINITY));
    }

    private static double distance(String name, Object v, double absent) {
        if (v == null) {
            return absent;
        }
        if (!(v instanceof Number n) || Double.isNaN(n.doubleValue())) {
            throw DatabaseError.requestFail(name + " must be a number");
        }
        if (n.doubleValue() < 0) {
            throw DatabaseError.requestFail(name + " must be non-negative");
        }
        return n.doubleValue();
    }

    /**
     * The {@code $nearSphere} condition of a wire filter, top level or inside top-level {@code $and}s; empty if it
     * has none.
     *
     * @throws DatabaseError if one sits under {@code $or}, {@code $nor} or {@code $not}, where MongoDB refuses it
     */
    @SuppressWarnings("unchecked")
    public static Optional<Near> find(Map<String, Object> wire) {
        for (Map.Entry<String, Object> e : wire.entrySet()) {
            if (e.getKey().equals("$and") && e.getValue() instanceof List<?> clauses) {
                for (Object clause : clauses) {
                    if (clause instanceof Map) {
                        Optional<Near> inner = find((Map<String, Object>) clause);
                        if (inner.isPresent()) {
                            return inner;
                        }
                    }
                }
            } else if (e.getKey().startsWith("$")) {
                if (mentionsNear(e.getValue())) {
                    throw DatabaseError.requestFail("geoNear must be top-level expr");
                }
            } else if (e.getValue() instanceof Map<?, ?> ops && ops.containsKey("$nearSphere")) {
                return Optional.of(of(FieldPath.of(e.getKey()), ops.get("$nearSphere")));
            } else if (mentionsNear(e.getValue())) {
                throw DatabaseError.requestFail("geoNear must be top-level expr");
            }
        }
        return Optional.empty();
    }

    private static boolean mentionsNear(Object v) {
        return GeoJson.anyObject(v, m -> m.containsKey("$nearSphere"));
    }

    /** The filter: some geometry of the path lies between the minimum and maximum distance. */
    Filter filter() {
        return doc -> inRange(distance(doc));
    }

    /** The distance from the point to the nearest geometry of the path; infinite if it holds none. */
    public double distance(Map<String, Object> doc) {
        double best = Double.POSITIVE_INFINITY;
        for (Shape s : GeoQueries.shapes(path, doc)) {
            best = Math.min(best, s.angleFrom(point) * scale);
        }
        return best;
    }

    /** Whether a distance lies within the query's bounds; a document without geometry (infinitely far) never does. */
    public boolean inRange(double distance) {
        return Double.isFinite(distance) && distance >= min && distance <= max;
    }

    /** The geometry of the path nearest to the point, as stored; null if it holds none. */
    public Object nearestLocation(Map<String, Object> doc) {
        Object[] best = {null};
        double[] bestDistance = {Double.POSITIVE_INFINITY};
        path.forEachLeaf(doc, leaf -> {
            List<Object> candidates = new ArrayList<>();
            if (GeoJson.shape(leaf) != null || !(leaf instanceof List<?> l)) {
                candidates.add(leaf);
            } else {
                candidates.addAll(l);
            }
            for (Object c : candidates) {
                Shape s = GeoJson.shape(c);
                if (s != null && s.angleFrom(point) < bestDistance[0]) {
                    bestDistance[0] = s.angleFrom(point);
                    best[0] = c;
                }
            }
        });
        return best[0];
    }

    /** The documents nearest first (a new list); ties keep their order. */
    public List<Map<String, Object>> sort(List<Map<String, Object>> docs) {
        List<Map<String, Object>> sorted = new ArrayList<>(docs);
        Map<Map<String, Object>, Double> distances = new java.util.IdentityHashMap<>();
        for (Map<String, Object> d : docs) {
            distances.put(d, distance(d));
        }
        sorted.sort(Comparator.comparingDouble(distances::get));
        return sorted;
    }
}
