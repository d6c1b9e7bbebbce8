package dev.minicloud.emulator.internal.database.geo;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.database.value.Geo;
import dev.minicloud.emulator.internal.common.value.Scalars;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GeoJSON in stored documents: recognising it, turning it into {@link Shape}s for matching, and into {@link Geo}
 * values on the way out, as the SDK does on every read.
 */
public final class GeoJson {
    private static final Set<String> TYPES =
            Set.of("Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon");

    private GeoJson() {}

    /** Whether a value looks like a GeoJSON geometry of one of the SDK's six types (coordinates not checked). */
    public static boolean looksLikeGeoJson(Object v) {
        return v instanceof Map<?, ?> m && m.get("type") instanceof String t && TYPES.contains(t)
                && m.get("coordinates") instanceof List;
    }

    /** Whether a value holds GeoJSON anywhere, so that reads of its collection need {@link #decode}. */
    public static boolean containsGeoJson(Object v) {
        return anyObject(v, GeoJson::looksLikeGeoJson);
    }

    /** Whether {@code test} holds for the value or any object nested in it. */
    static boolean anyObject(Object v, java.util.function.Predicate<Map<?, ?>> test) {
        if (Scalars.isScalar(v)) {
            return false;
        }
        if (v instanceof Map<?, ?> m) {
            if (test.test(m)) {
                return true;
            }
            for (Object child : m.values()) {
                if (anyObject(child, test)) {
                    return true;
                }
            }
        } else if (v instanceof List<?> l) {
            for (Object child : l) {
                if (anyObject(child, test)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The value with every valid GeoJSON object replaced by its {@link Geo} value, as the SDK decodes results.
     * Unchanged parts are shared; changed containers come back unmodifiable.
     */
    public static Object decode(Object v) {
        if (v instanceof Map<?, ?> m) {
            if (looksLikeGeoJson(m)) {
                Geo geo = geo(m);
                if (geo != null) {
                    return geo;
                }
            }
            return decodeFields(m);
        }
        if (v instanceof List<?> l) {
            List<Object> out = null;
            for (int i = 0; i < l.size(); i++) {
                Object decoded = decode(l.get(i));
                if (decoded != l.get(i) && out == null) {
                    out = new ArrayList<>(l.subList(0, i));
                }
                if (out != null) {
                    out.add(decoded);
                }
            }
            return out == null ? v : Collections.unmodifiableList(out);
        }
        return v;
    }

    /** A document with its fields decoded; the document itself stays a document, as in the SDK. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> decodeDocument(Map<String, Object> doc) {
        return (Map<String, Object>) decodeFields(doc);
    }

    /** The documents of a result, each decoded. */
    public static List<Map<String, Object>> decodeAll(List<Map<String, Object>> docs) {
        List<Map<String, Object>> out = new ArrayList<>(docs.size());
        for (Map<String, Object> doc : docs) {
            out.add(decodeDocument(doc));
        }
        return Collections.unmodifiableList(out);
    }

    private static Object decodeFields(Map<?, ?> m) {
        Map<String, Object> out = null;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            Object decoded = decode(e.getValue());
            if (decoded != e.getValue() && out == null) {
                out = new LinkedHashMap<>();
                for (Map.Entry<?, ?> before : m.entrySet()) {
                    if (before.getKey() == e.getKey()) {
                        break;
                    }
                    out.put((String) before.getKey(), before.getValue());
                }
            }
            if (out != null) {
                out.put((String) e.getKey(), decoded);
            }
        }
        return out == null ? m : Collections.unmodifiableMap(out);
    }

    private static Geo geo(Map<?, ?> m) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, ?> json = (Map<String, ?>) m;
            return Geo.fromGeoJson(json);
        } catch (CloudException invalid) {
            // The SDK would throw while reading; a plain object is the more useful answer.
            return null;
        }
    }

    /**
     * The shape of a stored or query value: a GeoJSON geometry or a legacy {@code [lng, lat]} pair; null for
     * anything else, including out-of-range coordinates and unclosed rings, which a 2dsphere index refuses.
     */
    static Shape shape(Object v) {
        if (v instanceof List<?> pair) {
            Vec p = point(pair);
            return p == null ? null : new Shape(List.of(p), List.of(), List.of());
        }
        if (!looksLikeGeoJson(v)) {
            return null;
        }
        Map<?, ?> m = (Map<?, ?>) v;
        List<?> c = (List<?>) m.get("coordinates");
        List<Vec> points = new ArrayList<>();
        List<List<Vec>> lines = new ArrayList<>();
        List<Shape.Polygon> polygons = new ArrayList<>();
        boolean ok = switch ((String) m.get("type")) {
            case "Point" -> add(point(c), points);
            case "MultiPoint" -> addAll(chain(c, 1), points);
            case "LineString" -> add(chain(c, 2), lines);
            case "MultiLineString" -> each(c, line -> add(chain(line, 2), lines));
            case "Polygon" -> add(polygon(c), polygons);
            default -> each(c, p -> add(polygon(p), polygons));
        };
        return ok ? new Shape(points, lines, polygons) : null;
    }

    private static <T> boolean add(T item, List<T> to) {
        if (item == null) {
            return false;
        }
        to.add(item);
        return true;
    }

    private static boolean addAll(List<Vec> items, List<Vec> to) {
        return items != null && to.addAll(items);
    }

    private static boolean each(List<?> items, java.util.function.Predicate<Object> action) {
        if (items.isEmpty()) {
            return false;
        }
        for (Object item : items) {
            if (!action.test(item)) {
                return false;
            }
        }
        return true;
    }

    /** {@code [lng, lat]} in range, else null. */
    static Vec point(Object v) {
        if (v instanceof List<?> l && l.size() >= 2 && l.get(0) instanceof Number lng
                && l.get(1) instanceof Number lat) {
            double x = lng.doubleValue();
            double y = lat.doubleValue();
            if (Math.abs(x) <= 180 && Math.abs(y) <= 90) {
                return Vec.of(x, y);
            }
        }
        return null;
    }

    private static List<Vec> chain(Object v, int min) {
        if (!(v instanceof List<?> l) || l.size() < min) {
            return null;
        }
        List<Vec> out = new ArrayList<>(l.size());
        for (Object p : l) {
            if (!add(point(p), out)) {
                return null;
            }
        }
        return out;
    }

    private static Shape.Polygon polygon(Object v) {
        if (!(v instanceof List<?> rings) || rings.isEmpty()) {
            return null;
        }
        List<List<Vec>> out = new ArrayList<>(rings.size());
        for (Object ring : rings) {
            List<Vec> r = chain(ring, 4);
            if (r == null || r.get(0).angleTo(r.get(r.size() - 1)) > Spherical.EPSILON) {
                return null;
            }
            out.add(r);
        }
        return new Shape.Polygon(out);
    }
}
