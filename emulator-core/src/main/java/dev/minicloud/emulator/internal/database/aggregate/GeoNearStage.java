package dev.minicloud.emulator.internal.database.aggregate;

import dev.minicloud.emulator.internal.database.geo.GeoKeys;
import dev.minicloud.emulator.internal.database.geo.Near;
import dev.minicloud.emulator.internal.database.query.FieldPath;
import dev.minicloud.emulator.internal.database.query.Filter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code $geoNear}, the first stage: documents of the collection that match {@code query} ({@code where} syntax) and
 * lie within {@code minDistance}..{@code maxDistance} of {@code near}, nearest first, each with its distance
 * (times {@code distanceMultiplier}) in {@code distanceField} and, with {@code includeLocs}, the location used.
 * Distances are metres for a GeoJSON point, radians for a legacy pair. {@code key} names the geo field; without it
 * the one field of the collection holding GeoJSON is used, as MongoDB uses the one 2dsphere index.
 * {@code spherical} is accepted and ignored: every computation is spherical.
 */
final class GeoNearStage {
    private GeoNearStage() {}

    static Stage compile(Object spec, Object query, StageContext context) {
        Map<String, Object> o = Args.options("$geoNear", spec, Set.of("near", "distanceField"), Set.of("spherical",
                "maxDistance", "minDistance", "distanceMultiplier", "includeLocs", "key", "limit", "query"));
        if (!(o.get("distanceField") instanceof String distanceField) || distanceField.isEmpty()) {
            throw Values.fail("$geoNear requires a 'distanceField' option as a String");
        }
        Object near = o.get("near");
        Object multiplier = o.getOrDefault("distanceMultiplier", 1);
        if (!(multiplier instanceof Number m) || m.doubleValue() < 0) {
            throw Values.fail("distanceMultiplier must be a non-negative number");
        }
        Object includeLocs = o.get("includeLocs");
        if (includeLocs != null && !(includeLocs instanceof String)) {
            throw Values.fail("$geoNear requires that 'includeLocs' option is a String");
        }
        Object key = o.get("key");
        if (key != null && (!(key instanceof String k) || k.isEmpty())) {
            throw Values.fail("$geoNear parameter 'key' must be a non-empty string but was " + Values.show(key));
        }
        Object limit = o.get("limit");
        if (limit != null && (!(limit instanceof Number l) || l.doubleValue() <= 0)) {
            throw Values.fail("$geoNear 'limit' must be a positive number");
        }
        Filter filter = query == null ? Filter.ALL : context.filter(context.encodeWhere(query));
        Object min = o.get("minDistance");
        Object max = o.get("maxDistance");
        // Validates near and the distances before any document is read.
        Near.of(FieldPath.of(key == null ? "location" : (String) key), near, min, max);
        return input -> {
            String path = key != null ? (String) key : GeoKeys.only(input, context.namespace());
            Near geo = Near.of(FieldPath.of(path), near, min, max);
            List<Map<String, Object>> hits = new ArrayList<>();
            for (Map<String, Object> doc : input) {
                if (filter.test(doc) && geo.inRange(geo.distance(doc))) {
                    hits.add(doc);
                }
            }
            List<Map<String, Object>> sorted = geo.sort(hits);
            if (limit != null && sorted.size() > ((Number) limit).longValue()) {
                sorted = sorted.subList(0, ((Number) limit).intValue());
            }
            List<Map<String, Object>> out = new ArrayList<>(sorted.size());
            for (Map<String, Object> doc : sorted) {
                Map<String, Object> result = Paths.set(doc, distanceField,
                        dev.minicloud.emulator.internal.common.value.Numbers.ofDouble(geo.distance(doc)
                                * ((Number) multiplier).doubleValue()));
                if (includeLocs != null) {
                    result = Paths.set(result, (String) includeLocs, geo.nearestLocation(doc));
                }
                out.add(result);
            }
            return out;
        };
    }
}
