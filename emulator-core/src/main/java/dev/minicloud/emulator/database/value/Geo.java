package dev.minicloud.emulator.database.value;

import dev.minicloud.emulator.base.CloudException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code db.Geo}: the geometry values of the SDK, stored as GeoJSON ({@code {type: 'Point', coordinates: [lng,
 * lat]}}) and read back as these values, from any object shaped like valid GeoJSON.
 *
 * <pre>{@code
 * db.collection("shops").add(Map.of("name", "north", "location", Geo.point(113.32, 23.11)));
 * db.collection("shops").where(Map.of("location", Command.geoNear(Map.of(
 *         "geometry", Geo.point(113.3, 23.1), "maxDistance", 5000)))).get();
 * }</pre>
 *
 * <p>The factories validate as the SDK's constructors do and fail with its messages (errCode -1):
 * {@code longitude should be a number ranges from -180 to 180}, {@code "points" must contain 2 points at least},
 * {@code LineString [0,0],[1,1] is not a closed cycle}, and so on. Every value is immutable.
 */
public sealed interface Geo permits Geo.Point, Geo.MultiPoint, Geo.LineString, Geo.MultiLineString, Geo.Polygon,
        Geo.MultiPolygon {

    /** The GeoJSON type name, for example {@code "Point"}. */
    String type();

    /** The GeoJSON object, as stored and as {@code toJSON()} returns it in the SDK. */
    default Map<String, Object> toGeoJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", type());
        json.put("coordinates", coordinates());
        return Collections.unmodifiableMap(json);
    }

    /** The GeoJSON {@code coordinates}, numbers in MiniCloud's canonical form. */
    Object coordinates();

    /** {@code new db.Geo.Point(longitude, latitude)}. */
    static Point point(double longitude, double latitude) {
        return new Point(longitude, latitude);
    }

    /** {@code new db.Geo.MultiPoint(points)}: at least one point. */
    static MultiPoint multiPoint(List<Point> points) {
        return new MultiPoint(points);
    }

    /** {@code new db.Geo.LineString(points)}: at least two points. */
    static LineString lineString(List<Point> points) {
        return new LineString(points);
    }

    /** {@code new db.Geo.MultiLineString(lines)}: at least one line. */
    static MultiLineString multiLineString(List<LineString> lines) {
        return new MultiLineString(lines);
    }

    /** {@code new db.Geo.Polygon(lines)}: an outer ring then holes, each closed (first point equals last). */
    static Polygon polygon(List<LineString> lines) {
        return new Polygon(lines);
    }

    /** {@code new db.Geo.MultiPolygon(polygons)}: at least one polygon. */
    static MultiPolygon multiPolygon(List<Polygon> polygons) {
        return new MultiPolygon(polygons);
    }

    /**
     * The value of a GeoJSON object of one of the six types, as cloud functions send them.
     *
     * @throws CloudException errCode -1 if it is not one, or with the SDK's message if its
     *     coordinates are invalid
     */
    static Geo fromGeoJson(Map<String, ?> geoJson) {
        Object type = geoJson == null ? null : geoJson.get("type");
        Object coordinates = geoJson == null ? null : geoJson.get("coordinates");
        if (!(type instanceof String) || !(coordinates instanceof List<?> c)) {
            throw sdkError("not a GeoJSON geometry: " + geoJson);
        }
        return switch ((String) type) {
            case "Point" -> pointOf(c);
            case "MultiPoint" -> new MultiPoint(points(c));
            case "LineString" -> new LineString(points(c));
            case "MultiLineString" -> new MultiLineString(lines(c));
            case "Polygon" -> new Polygon(lines(c));
            case "MultiPolygon" -> new MultiPolygon(each(c, p -> new Polygon(lines(list(p)))));
            default -> throw sdkError("not a GeoJSON geometry type: " + type);
        };
    }

    private static Point pointOf(List<?> pair) {
        Object lng = pair.isEmpty() ? null : pair.get(0);
        Object lat = pair.size() < 2 ? null : pair.get(1);
        Point.checkDegree("longitude", lng);
        Point.checkDegree("latitude", lat);
        return new Point(((Number) lng).doubleValue(), ((Number) lat).doubleValue());
    }

    private static List<Point> points(List<?> coordinates) {
        return each(coordinates, p -> pointOf(list(p)));
    }

    private static List<LineString> lines(List<?> coordinates) {
        return each(coordinates, l -> new LineString(points(list(l))));
    }

    private static List<?> list(Object v) {
        if (v instanceof List<?> l) {
            return l;
        }
        throw sdkError("Geo Point must be number type");
    }

    private static <T> List<T> each(List<?> items, java.util.function.Function<Object, T> convert) {
        List<T> out = new ArrayList<>(items.size());
        for (Object item : items) {
            out.add(convert.apply(item));
        }
        return out;
    }

    /** The coordinates of member geometries, in order. */
    private static List<Object> coordinatesOf(List<? extends Geo> members) {
        return members.stream().map(Geo::coordinates).collect(Collectors.toUnmodifiableList());
    }

    private static <T> List<T> members(List<T> items, String name, String type, int min, String tooFew) {
        if (items == null) {
            throw sdkError("\"" + name + "\" must be of type " + type + "[]. Received type undefined");
        }
        for (T item : items) {
            if (item == null) {
                throw sdkError("\"" + name + "\" must be of type " + type + "[]. Received type object[]");
            }
        }
        if (items.size() < min) {
            throw sdkError(tooFew);
        }
        return List.copyOf(items);
    }

    /**
     * A point: {@code {type: 'Point', coordinates: [longitude, latitude]}}.
     *
     * @param longitude in [-180, 180]
     * @param latitude in [-90, 90]
     */
    record Point(double longitude, double latitude) implements Geo {
        public Point {
            checkDegree("longitude", longitude);
            checkDegree("latitude", latitude);
        }

        static void checkDegree(String which, Object degree) {
            if (!(degree instanceof Number n)) {
                throw sdkError("Geo Point must be number type");
            }
            double abs = Math.abs(n.doubleValue());
            if (which.equals("latitude") && abs > 90) {
                throw sdkError("latitude should be a number ranges from -90 to 90");
            }
            if (which.equals("longitude") && abs > 180) {
                throw sdkError("longitude should be a number ranges from -180 to 180");
            }
        }

        @Override
        public String type() {
            return "Point";
        }

        @Override
        public List<Number> coordinates() {
            return List.of(canonical(longitude), canonical(latitude));
        }

        /** {@code [lng,lat]}, as the SDK prints a point in error messages. */
        String readable() {
            return "[" + canonical(longitude) + "," + canonical(latitude) + "]";
        }
    }

    /** Several points. */
    record MultiPoint(List<Point> points) implements Geo {
        public MultiPoint {
            points = members(points, "points", "Point", 1, "\"points\" must contain 1 point at least");
        }

        @Override
        public String type() {
            return "MultiPoint";
        }

        @Override
        public List<Object> coordinates() {
            return coordinatesOf(points);
        }
    }

    /** A line through at least two points. */
    record LineString(List<Point> points) implements Geo {
        public LineString {
            points = members(points, "points", "Point", 2, "\"points\" must contain 2 points at least");
        }

        @Override
        public String type() {
            return "LineString";
        }

        @Override
        public List<Object> coordinates() {
            return coordinatesOf(points);
        }

        /** Whether the first point equals the last, as a polygon ring needs. */
        boolean isClosed() {
            Point first = points.get(0);
            Point last = points.get(points.size() - 1);
            return first.longitude() == last.longitude() && first.latitude() == last.latitude();
        }
    }

    /** Several lines. */
    record MultiLineString(List<LineString> lines) implements Geo {
        public MultiLineString {
            // The SDK's own message, copied from Polygon there.
            lines = members(lines, "lines", "LineString", 1, "Polygon must contain 1 linestring at least");
        }

        @Override
        public String type() {
            return "MultiLineString";
        }

        @Override
        public List<Object> coordinates() {
            return coordinatesOf(lines);
        }
    }

    /** A polygon: its outer ring, then any holes; every ring is closed. */
    record Polygon(List<LineString> lines) implements Geo {
        public Polygon {
            lines = members(lines, "lines", "LineString", 1, "Polygon must contain 1 linestring at least");
            for (LineString line : lines) {
                if (!line.isClosed()) {
                    throw sdkError("LineString " + line.points().stream().map(Point::readable)
                            .collect(Collectors.joining(",")) + " is not a closed cycle");
                }
            }
        }

        @Override
        public String type() {
            return "Polygon";
        }

        @Override
        public List<Object> coordinates() {
            return coordinatesOf(lines);
        }
    }

    /** Several polygons. */
    record MultiPolygon(List<Polygon> polygons) implements Geo {
        public MultiPolygon {
            polygons = members(polygons, "polygon", "Polygon", 1, "MultiPolygon must contain 1 polygon at least");
        }

        @Override
        public String type() {
            return "MultiPolygon";
        }

        @Override
        public List<Object> coordinates() {
            return coordinatesOf(polygons);
        }
    }

    /**
     * An error the SDK raises itself, errCode -1 and no {@code <api>:fail} prefix. Geo is a value type that internal
     * code builds on, so it makes its errors itself instead of calling back into internal helpers.
     */
    private static CloudException sdkError(String message) {
        return new CloudException(-1, message);
    }

    /** A coordinate in the canonical number form: whole values as Integer or Long, as the engine stores numbers. */
    private static Number canonical(double d) {
        if (d == Math.rint(d) && d >= -0x1p63 && d < 0x1p63) {
            long l = (long) d;
            if (l == (int) l) {
                return Integer.valueOf((int) l);
            }
            return Long.valueOf(l);
        }
        return d;
    }
}
