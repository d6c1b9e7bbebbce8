package dev.minicloud.emulator.internal.database.geo;

import dev.minicloud.emulator.internal.common.json.JsonCodec;
import dev.minicloud.emulator.internal.common.json.JsonCodec.DateStyle;
import dev.minicloud.emulator.internal.database.query.DatabaseError;
import dev.minicloud.emulator.internal.database.query.FieldPath;
import dev.minicloud.emulator.internal.database.query.Filter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The geo query operators as filters: {@code $geoWithin} ({@code $geometry} Polygon or MultiPolygon, or
 * {@code $centerSphere}), {@code $geoIntersects} (any {@code $geometry}) and {@code $nearSphere} (a GeoJSON point
 * with {@code $minDistance}/{@code $maxDistance} in metres). A field matches when any geometry it holds (one GeoJSON
 * object, a legacy {@code [lng, lat]} pair, or an array of them) satisfies the operator; anything else never matches.
 */
public final class GeoQueries {
    /** MongoDB's earth radius for spherical distances, in metres. */
    public static final double EARTH_RADIUS_METERS = 6378.1 * 1000;

    private GeoQueries() {}

    /** The filter of one geo operator on one path. */
    public static Filter filter(FieldPath path, String operator, Object argument) {
        return switch (operator) {
            case "$geoWithin" -> within(path, argument);
            case "$geoIntersects" -> {
                Shape query = geometry(operator, argument);
                yield doc -> anyShape(path, doc, s -> s.intersects(query));
            }
            case "$nearSphere" -> Near.of(path, argument).filter();
            default -> throw DatabaseError.requestFail("unknown geo operator: " + operator);
        };
    }

    private static Filter within(FieldPath path, Object argument) {
        if (argument instanceof Map<?, ?> m && m.size() == 1 && m.containsKey("$centerSphere")) {
            if (!(m.get("$centerSphere") instanceof List<?> spec) || spec.size() != 2
                    || GeoJson.point(spec.get(0)) == null || !(spec.get(1) instanceof Number r)
                    || r.doubleValue() < 0) {
                throw DatabaseError.requestFail("Spherical MaxDistance must be a non-negative number and the center a"
                        + " [lng, lat] pair: " + show(argument));
            }
            Vec center = GeoJson.point(spec.get(0));
            double radius = ((Number) spec.get(1)).doubleValue();
            return doc -> anyShape(path, doc, s -> s.withinCap(center, radius));
        }
        Shape region = geometry("$geoWithin", argument);
        if (region.polygons.isEmpty() || !region.points.isEmpty() || !region.lines.isEmpty()) {
            throw DatabaseError.requestFail("$geoWithin not supported with provided geometry: " + show(argument));
        }
        return doc -> anyShape(path, doc, s -> s.within(region));
    }

    /** The {@code $geometry} of a geo operator's argument. */
    private static Shape geometry(String operator, Object argument) {
        if (argument instanceof Map<?, ?> m && m.size() == 1 && m.containsKey("$geometry")) {
            Shape shape = GeoJson.shape(m.get("$geometry"));
            if (shape != null) {
                return shape;
            }
            throw DatabaseError.requestFail("Invalid " + operator + " $geometry (closed rings of 4 or more points,"
                    + " longitudes -180..180, latitudes -90..90): " + show(argument));
        }
        if (argument instanceof Map<?, ?> m && (m.containsKey("$box") || m.containsKey("$polygon")
                || m.containsKey("$center"))) {
            throw DatabaseError.requestFail(operator + " with legacy flat shapes ($box, $polygon, $center) is not"
                    + " supported; use $geometry or $centerSphere");
        }
        throw DatabaseError.requestFail("unknown geo specifier for " + operator + ": " + show(argument));
    }

    static String show(Object v) {
        return JsonCodec.write(v, DateStyle.EXTENDED);
    }

    /** Whether any geometry the path holds in {@code doc} passes {@code test}. */
    static boolean anyShape(FieldPath path, Map<String, Object> doc, java.util.function.Predicate<Shape> test) {
        for (Shape s : shapes(path, doc)) {
            if (test.test(s)) {
                return true;
            }
        }
        return false;
    }

    /** The geometries a path holds: each leaf that is one, or each element of a leaf array that is one. */
    static List<Shape> shapes(FieldPath path, Map<String, Object> doc) {
        List<Shape> out = new ArrayList<>(1);
        path.forEachLeaf(doc, leaf -> collect(leaf, out));
        return out;
    }

    static void collect(Object leaf, List<Shape> out) {
        Shape s = GeoJson.shape(leaf);
        if (s != null) {
            out.add(s);
        } else if (leaf instanceof List<?> l) {
            for (Object e : l) {
                Shape element = GeoJson.shape(e);
                if (element != null) {
                    out.add(element);
                }
            }
        }
    }
}
