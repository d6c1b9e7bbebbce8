package dev.minicloud.emulator.internal.engine;

import java.util.List;
import java.util.Map;

/**
 * Documents to seed one collection with, prepared once so that seeding an environment only copies references: each
 * document is frozen, has its canonical {@code _id} first, and carries the JSON text the store keeps.
 */
public record SeedCollection(String name, List<Document> documents) {

    /** One prepared document. */
    public record Document(Object id, Map<String, Object> fields, String json) {}

    public SeedCollection {
        CollectionNames.check(name);
        documents = List.copyOf(documents);
    }
}
