package dev.minicloud.emulator.database.command;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.database.value.Geo;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SDK's checks on the options of {@code geoNear}, {@code geoWithin} and {@code geoIntersects}, with its
 * {@code TypeError} messages. A {@code geometry} may be a {@link Geo} value or a GeoJSON map (as cloud functions send
 * it); the checked options carry {@link Geo} values.
 */
final class GeoOptions {
    private GeoOptions() {}

    static Map<String, Object> near(Map<String, ?> options) {
        Map<String, Object> o = copy(options);
        if (!(geometry(o) instanceof Geo.Point)) {
            throw typeError("\"geometry\" must be of type Point. Received type " + typeOf(o.get("geometry")));
        }
        for (String distance : List.of("maxDistance", "minDistance")) {
            Object v = o.get(distance);
            if (v != null && !(v instanceof Number)) {
                throw typeError("\"" + distance + "\" must be of type Number. Received type " + typeOf(v));
            }
        }
        return Collections.unmodifiableMap(o);
    }

    static Map<String, Object> within(Map<String, ?> options) {
        Map<String, Object> o = copy(options);
        if (o.get("centerSphere") != null) {
            centerSphere(o.get("centerSphere"));
            return Collections.unmodifiableMap(o);
        }
        Geo g = geometry(o);
        if (!(g instanceof Geo.Polygon) && !(g instanceof Geo.MultiPolygon)) {
            throw typeError("\"geometry\" must be of type Polygon or MultiPolygon. Received type "
                    + typeOf(o.get("geometry")));
        }
        return Collections.unmodifiableMap(o);
    }

    static Map<String, Object> intersects(Map<String, ?> options) {
        Map<String, Object> o = copy(options);
        if (geometry(o) == null) {
            throw typeError("\"geometry\" must be of type Point, LineString, Polygon, MultiPoint, MultiLineString or"
                    + " MultiPolygon. Received type " + typeOf(o.get("geometry")));
        }
        return Collections.unmodifiableMap(o);
    }

    private static Map<String, Object> copy(Map<String, ?> options) {
        if (options == null) {
            throw typeError("Cannot read properties of undefined (reading 'geometry')");
        }
        return new LinkedHashMap<>(options);
    }

    /** The geometry option as a Geo value (converting GeoJSON in place), or null if it is neither. */
    private static Geo geometry(Map<String, Object> o) {
        Object g = o.get("geometry");
        if (g instanceof Map<?, ?> json) {
            @SuppressWarnings("unchecked")
            Map<String, ?> geoJson = (Map<String, ?>) json;
            g = Geo.fromGeoJson(geoJson);
            o.put("geometry", g);
        }
        return g instanceof Geo geo ? geo : null;
    }

    /** {@code [Point or [lng, lat], radius in radians]}. */
    private static void centerSphere(Object v) {
        boolean ok = v instanceof List<?> l && l.size() == 2 && l.get(1) instanceof Number
                && (l.get(0) instanceof Geo.Point || l.get(0) instanceof List<?> pair && pair.size() == 2
                        && pair.get(0) instanceof Number && pair.get(1) instanceof Number);
        if (!ok) {
            throw typeError("\"centerSphere\" must be of type [Point | [longitude, latitude], radius]. Received "
                    + v);
        }
    }

    /**
     * An error the SDK raises itself, errCode -1 and no {@code <api>:fail} prefix. Built here rather than by internal
     * code, because the commands are a leaf package that internal code uses.
     */
    private static CloudException typeError(String message) {
        return new CloudException(-1, message);
    }

    /** JavaScript's {@code typeof}, which the SDK's TypeErrors print: a Java null stands for a missing option. */
    private static String typeOf(Object v) {
        if (v == null) {
            return "undefined";
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof Number) {
            return "number";
        }
        return v instanceof Boolean ? "boolean" : "object";
    }
}
