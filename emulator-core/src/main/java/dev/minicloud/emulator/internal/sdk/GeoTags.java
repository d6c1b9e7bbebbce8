package dev.minicloud.emulator.internal.sdk;

import dev.minicloud.emulator.database.value.Geo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Geo values crossing a wire front door. A {@code db.Geo.*} instance travels as {@code {"$tcb_geo": <GeoJSON>}} both ways:
 * from the wire it becomes a {@link Geo}; on the way back, every object the SDK would read as GeoJSON is tagged,
 * so the shim rebuilds exactly those into {@code db.Geo.*} instances and leaves look-alike plain objects alone.
 */
final class GeoTags {
    private static final String TAG = "$tcb_geo";

    private GeoTags() {}

    /** Whether a decoded JSON object is a tagged Geo value. */
    static boolean isTagged(Map<?, ?> m) {
        return m.size() == 1 && m.containsKey(TAG);
    }

    /** The Geo value of a tagged object whose content is already decoded. */
    static Geo fromTagged(Object geoJson) {
        @SuppressWarnings("unchecked")
        Map<String, ?> json = geoJson instanceof Map ? (Map<String, ?>) geoJson : null;
        return Geo.fromGeoJson(json);
    }

    /**
     * A result value as the wire carries it: every {@link Geo} tagged, everything else as it is. Values holding no
     * Geo are returned without copying, which is every result of a collection without GeoJSON.
     */
    static Object tag(Object v) {
        return containsGeo(v) ? tagged(v) : v;
    }

    private static boolean containsGeo(Object v) {
        if (v instanceof Geo) {
            return true;
        }
        if (v instanceof Map<?, ?> m) {
            for (Object e : m.values()) {
                if (containsGeo(e)) {
                    return true;
                }
            }
        } else if (v instanceof List<?> l) {
            for (Object e : l) {
                if (containsGeo(e)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Object tagged(Object v) {
        if (v instanceof Geo geo) {
            return Map.of(TAG, geo.toGeoJson());
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, e) -> out.put((String) k, tagged(e)));
            return out;
        }
        if (v instanceof List<?> l) {
            List<Object> out = new ArrayList<>(l.size());
            for (Object e : l) {
                out.add(tagged(e));
            }
            return out;
        }
        return v;
    }
}
