package dev.minicloud.emulator.database;

import dev.minicloud.emulator.internal.engine.DatabaseEngine;
import dev.minicloud.emulator.internal.geo.GeoJson;
import java.util.List;
import java.util.Map;

/** The result records of reads and single-document writes, built once for plain calls and transactions. */
final class Results {
    private Results() {}

    /** Documents as the SDK returns them: GeoJSON as {@link Geo} values, decoded only where the collection has any. */
    static List<Map<String, Object>> documents(DatabaseEngine engine, String collection,
            List<Map<String, Object>> docs) {
        return engine.mayContainGeo(collection) ? GeoJson.decodeAll(docs) : docs;
    }

    /** {@code {data, errMsg: "document.get:ok"}}; {@code doc} may be null. */
    static DocumentResult document(DatabaseEngine engine, String collection, Map<String, Object> doc) {
        boolean decode = doc != null && engine.mayContainGeo(collection);
        return new DocumentResult(decode ? GeoJson.decodeDocument(doc) : doc, "document.get:ok");
    }

    static SetResult set(DatabaseEngine.SetOutcome outcome) {
        return new SetResult(outcome.id(), "document.set:ok", new SetResult.Stats(outcome.updated(),
                outcome.created()));
    }

    static UpdateResult updated(long n) {
        return new UpdateResult(new UpdateResult.Stats(n), "document.update:ok");
    }

    static RemoveResult removed(long n) {
        return new RemoveResult(new RemoveResult.Stats(n), "document.remove:ok");
    }
}
