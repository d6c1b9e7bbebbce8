package dev.minicloud.emulator.internal.js;

import dev.minicloud.emulator.database.Geo;
import dev.minicloud.emulator.internal.engine.DatabaseEngine;
import dev.minicloud.emulator.internal.geo.GeoJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Geo values crossing the bridge. A {@code db.Geo.*} instance travels as {@code {"$tcb_geo": <GeoJSON>}} both ways:
 * from JavaScript it becomes a {@link Geo}; on the way back, every object the SDK would read as GeoJSON is tagged,
 * so the shim rebuilds exactly those into {@code db.Geo.*} instances and leaves look-alike plain objects alone.
 */
final class GeoValues {
    private static final String TAG = "$tcb_geo";

    private GeoValues() {}

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

    /** Documents read from a collection, GeoJSON tagged where the collection may hold any. */
    static Object documents(DatabaseEngine db, String collection, List<Map<String, Object>> docs) {
        return db.mayContainGeo(collection) ? tagged(GeoJson.decodeAll(docs)) : docs;
    }

    /** One document (or null) read from a collection, GeoJSON tagged where the collection may hold any. */
    static Object document(DatabaseEngine db, String collection, Map<String, Object> doc) {
        return doc != null && db.mayContainGeo(collection) ? tagged(GeoJson.decodeDocument(doc)) : doc;
    }

    /** Documents an aggregation produced: any stage may have built GeoJSON, so all of them are looked at. */
    static Object aggregated(List<Map<String, Object>> docs) {
        return tagged(GeoJson.decodeAll(docs));
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
