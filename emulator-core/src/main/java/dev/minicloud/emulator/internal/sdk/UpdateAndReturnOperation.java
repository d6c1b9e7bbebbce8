package dev.minicloud.emulator.internal.sdk;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.internal.database.engine.DatabaseEngine;
import dev.minicloud.emulator.internal.database.engine.QuerySpec;
import dev.minicloud.emulator.internal.database.query.Projection;
import dev.minicloud.emulator.internal.sdk.DatabaseRequest.UpdateAndReturn;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code where(...).updateAndReturn(data)} (the admin protocol's {@code database.modifyAndReturnDoc}), MongoDB's
 * {@code findOneAndUpdate} with {@code returnDocument: after}: the first document the query matches (in its order,
 * else in {@code _id} order, as {@code get()} reads) is updated and returned as it is after the update. The update is
 * narrowed to that document and the query together, so a concurrent write that makes it stop matching is seen and
 * the next match is tried instead.
 */
final class UpdateAndReturnOperation {
    private static final String API = "collection.updateAndReturn";
    private static final int ATTEMPTS = 8;

    private final DatabaseEngine engine;
    private final DatabaseOperations operations;

    UpdateAndReturnOperation(DatabaseEngine engine, DatabaseOperations operations) {
        this.engine = engine;
        this.operations = operations;
    }

    UpdateAndReturnResult run(UpdateAndReturn r) {
        operations.requireAdmin(API);
        if (!(r.data() instanceof Map<?, ?> data) || data.isEmpty()) {
            throw new CloudException(-1, API + ":fail data must be a non-empty object");
        }
        QuerySpec q = r.query();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            List<Map<String, Object>> first = engine.get(API, new QuerySpec(q.collection(), q.where(), q.orders(), 1,
                    null, Projection.normalize(Map.of("_id", true))));
            if (first.isEmpty()) {
                return new UpdateAndReturnResult(0, null, API + ":ok");
            }
            Object id = first.get(0).get("_id");
            QuerySpec only = new QuerySpec(q.collection(), narrowed(q.where(), id), null, null, null, null);
            long updated = engine.update(API, only, r.data(), false);
            // 0 changed is either "matched, and the update changed nothing" or "a concurrent write made it stop
            // matching": only the first is an answer.
            if (updated > 0 || engine.count(only) > 0) {
                Map<String, Object> doc = engine.docGet(q.collection(), id, null);
                return new UpdateAndReturnResult(updated, doc == null ? null
                        : DatabaseOperations.document(engine, q.collection(), doc).data(), API + ":ok");
            }
        }
        throw new CloudException(-502001, API + ":fail -502001 database request fail. the matched document kept"
                + " changing under concurrent writes");
    }

    private static Object narrowed(Object where, Object id) {
        Map<String, Object> byId = new LinkedHashMap<>();
        byId.put("_id", id);
        return where == null ? byId : Map.of("$and", List.of(where, byId));
    }
}
