package dev.minicloud.emulator.internal.js;

import dev.minicloud.emulator.internal.engine.DatabaseEngine;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result objects wx-server-sdk resolves with (cloud-api.md §2.2), built once for plain calls and transaction
 * steps. Key order is the SDK's, since a function may return a result as it is.
 */
final class ResultShapes {
    private ResultShapes() {}

    /** {@code {<field>: value, errMsg}}, as {@code {data, errMsg: "document.get:ok"}}. */
    static Map<String, Object> of(String field, Object value, String errMsg) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put(field, value);
        r.put("errMsg", errMsg);
        return r;
    }

    /** {@code {stats: {<field>: n}, errMsg}}, as {@code {stats: {updated: 1}, errMsg: "document.update:ok"}}. */
    static Map<String, Object> stats(String field, long count, String errMsg) {
        return of("stats", Map.of(field, count), errMsg);
    }

    /** {@code {_id, errMsg: "document.set:ok", stats: {updated, created}}}. */
    static Map<String, Object> set(DatabaseEngine.SetOutcome o) {
        Map<String, Object> r = of("_id", o.id(), "document.set:ok");
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("updated", o.updated());
        s.put("created", o.created());
        r.put("stats", s);
        return r;
    }
}
