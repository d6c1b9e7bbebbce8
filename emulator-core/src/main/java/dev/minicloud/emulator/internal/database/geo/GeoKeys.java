package dev.minicloud.emulator.internal.database.geo;

import dev.minicloud.emulator.internal.database.query.DatabaseError;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which field a {@code $geoNear} stage without {@code key} uses. MongoDB uses the collection's one 2dsphere index;
 * MiniCloud has no geo indexes, so it treats every path that holds GeoJSON in some document as indexed.
 */
public final class GeoKeys {
    private GeoKeys() {}

    /**
     * The one path of {@code docs} holding GeoJSON (directly, or as an array of GeoJSON values).
     *
     * @param namespace {@code <env>.<collection>}, for the message when there is not exactly one
     */
    public static String only(List<Map<String, Object>> docs, String namespace) {
        Set<String> paths = new LinkedHashSet<>();
        for (Map<String, Object> doc : docs) {
            collect(doc, "", paths);
        }
        if (paths.isEmpty()) {
            throw DatabaseError.requestFail("$geoNear requires a 2d or 2dsphere index, but none were found");
        }
        if (paths.size() > 1) {
            throw DatabaseError.requestFail("There is more than one 2dsphere index on " + namespace
                    + "; unsure which to use for $geoNear (candidates: " + String.join(", ", paths) + ")");
        }
        return paths.iterator().next();
    }

    private static void collect(Map<?, ?> node, String prefix, Set<String> paths) {
        for (Map.Entry<?, ?> e : node.entrySet()) {
            String path = prefix + e.getKey();
            Object v = e.getValue();
            if (GeoJson.looksLikeGeoJson(v) || v instanceof List<?> l && !l.isEmpty()
                    && GeoJson.looksLikeGeoJson(l.get(0))) {
                paths.add(path);
            } else if (v instanceof Map<?, ?> sub) {
                collect(sub, path + ".", paths);
            }
        }
    }
}
