package dev.minicloud.emulator.internal.admin;

import dev.minicloud.emulator.internal.common.json.JsonCodec;
import dev.minicloud.emulator.internal.common.json.JsonSyntaxException;
import dev.minicloud.emulator.internal.sdk.DatabaseRequest;
import dev.minicloud.emulator.internal.sdk.Operation;
import dev.minicloud.emulator.internal.sdk.WireRequests;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the admin protocol's database parameters into the payload shape {@link WireRequests} reads for every wire
 * door, so that the request records, and so the rules, are the ones the Java API and the Rhino SDK use. What differs
 * on this wire is only form: {@code query}, {@code data}, {@code projection} and {@code order} arrive as MongoDB
 * Extended JSON strings ({@code $numberInt}, {@code $date}, {@code $regularExpression}, {@code $tcb_server_date}),
 * already in operator form ({@code {age: {$gt: 1}}}, {@code {$set: {...}}}); a {@code doc(id)} call names its
 * document as {@code query: {"_id": id}}; {@code order} is {@code {field: 1 | -1}}; an insert's {@code data} is a list
 * of documents.
 */
final class AdminRequests {
    private AdminRequests() {}

    /** The request record of a database action. */
    static DatabaseRequest database(Operation op, Map<String, Object> params) {
        return WireRequests.database(op, payload(op, params));
    }

    /** The params in {@link WireRequests}' payload shape. */
    static Map<String, Object> payload(Operation op, Map<String, Object> params) {
        Map<String, Object> p = new LinkedHashMap<>();
        copy(params, p, "collectionName", "queryType", "limit", "offset", "multi", "merge");
        Object query = ejson(params, "query");
        if ("DOC".equals(params.get("queryType"))) {
            p.put("docId", query instanceof Map<?, ?> m ? m.get("_id") : null);
            // wx-server-sdk itself turns an empty answer into "does not exist", as it chooses by throwOnNotFound.
            p.put("throwOnNotFound", false);
        } else if (query != null) {
            p.put("query", query);
        }
        if (params.containsKey("_id")) {
            p.put("docId", params.get("_id"));
        }
        p.put("order", order(ejson(params, "order")));
        Object projection = ejson(params, "projection");
        if (projection != null) {
            p.put("projection", projection);
        }
        if (params.containsKey("data")) {
            p.put("data", op == Operation.INSERT_DOCUMENT ? documents(params.get("data")) : ejson(params, "data"));
        }
        if (params.containsKey("stages")) {
            p.put("stages", stages(params.get("stages")));
        }
        return p;
    }

    /**
     * An insert's documents: the SDK sends {@code add(doc)} and {@code add([doc])} alike as a list of one, so one
     * document is added as {@code add(doc)}.
     */
    private static Object documents(Object data) {
        if (!(data instanceof List<?> list)) {
            return decode(data, "data");
        }
        List<Object> docs = new ArrayList<>(list.size());
        for (Object item : list) {
            docs.add(decode(item, "data"));
        }
        return docs.size() == 1 ? docs.get(0) : docs;
    }

    /** Aggregation stages {@code [{stageKey, stageValue: <EJSON>}]} as {@code [{"$match": {...}}, ...]}. */
    private static List<Map<String, Object>> stages(Object stages) {
        if (!(stages instanceof List<?> list)) {
            throw new IllegalArgumentException("stages must be an array, got " + stages);
        }
        List<Map<String, Object>> out = new ArrayList<>(list.size());
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> stage) || !(stage.get("stageKey") instanceof String key)) {
                throw new IllegalArgumentException("each stage must be {stageKey, stageValue}, got " + item);
            }
            Map<String, Object> one = new LinkedHashMap<>();
            one.put(key, decode(stage.get("stageValue"), "stageValue"));
            out.add(one);
        }
        return out;
    }

    /** {@code {field: 1 | -1}} as {@code [{field, direction}]}, in the order given. */
    private static List<Map<String, Object>> order(Object order) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (order instanceof Map<?, ?> m) {
            m.forEach((field, direction) -> {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("field", field);
                one.put("direction", direction instanceof Number n && n.doubleValue() < 0 ? "desc" : "asc");
                out.add(one);
            });
        }
        return out;
    }

    private static void copy(Map<String, Object> from, Map<String, Object> to, String... keys) {
        for (String key : keys) {
            if (from.containsKey(key)) {
                to.put(key, from.get(key));
            }
        }
    }

    /** A parameter sent as an EJSON string; null when absent. */
    static Object ejson(Map<String, Object> params, String key) {
        Object value = params.get(key);
        return value == null ? null : decode(value, key);
    }

    private static Object decode(Object value, String key) {
        if (!(value instanceof String text)) {
            throw new IllegalArgumentException(key + " must be an Extended JSON string, got " + value);
        }
        try {
            return JsonCodec.parse(text, false, true);
        } catch (JsonSyntaxException e) {
            throw new IllegalArgumentException(key + " is not valid Extended JSON: " + e.getMessage());
        }
    }
}
