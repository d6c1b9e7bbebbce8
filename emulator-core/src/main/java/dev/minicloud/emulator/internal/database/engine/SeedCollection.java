package dev.minicloud.emulator.internal.database.engine;

import dev.minicloud.emulator.internal.database.geo.GeoJson;
import java.util.List;
import java.util.Map;

/**
 * Documents to seed one collection with, prepared once so that seeding an environment only copies references: each
 * document is frozen, has its canonical {@code _id} first, and carries the JSON text the store keeps.
 *
 * @param mayContainGeo whether any document holds GeoJSON, so reads must decode Geo values
 * @param shared the documents laid out as slots, for environments to share instead of copying; null when two
 *     documents share an {@code _id}
 */
public record SeedCollection(String name, List<Document> documents, boolean mayContainGeo, SharedSlots shared) {

    /** One prepared document. */
    public record Document(Object id, Map<String, Object> fields, String json) {}

    public SeedCollection {
        CollectionNames.check(name);
        documents = List.copyOf(documents);
    }

    /** Prepared documents for {@code name}, looking once for GeoJSON in them. */
    public static SeedCollection of(String name, List<Document> documents) {
        boolean geo = false;
        for (Document d : documents) {
            if (GeoJson.containsGeoJson(d.fields())) {
                geo = true;
                break;
            }
        }
        List<Document> copy = List.copyOf(documents);
        return new SeedCollection(name, copy, geo, SharedSlots.of(copy));
    }
}
