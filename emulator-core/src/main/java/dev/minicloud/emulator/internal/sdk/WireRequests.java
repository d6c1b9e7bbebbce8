package dev.minicloud.emulator.internal.sdk;

import dev.minicloud.emulator.internal.database.engine.QuerySpec;
import dev.minicloud.emulator.internal.database.query.Projection;
import dev.minicloud.emulator.internal.database.query.SdkErrors;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads database requests from their wire payloads, shaped as the admin protocol's: {@code collectionName},
 * {@code queryType} ({@code WHERE} or {@code DOC}), {@code query} (the where condition, already decoded by
 * {@link CommandDecoder}), {@code order} ({@code [{field, direction}]}), {@code limit}, {@code offset},
 * {@code projection}, {@code docId}, {@code data}, {@code multi}, {@code merge}. JavaScript's {@code undefined}
 * arrives as a missing key; {@code dataType} says when {@code data} was given as {@code undefined}.
 */
public final class WireRequests {
    private WireRequests() {}

    /** The request of a database operation. */
    public static DatabaseRequest database(Operation op, Map<String, Object> p) {
        boolean doc = "DOC".equals(p.get("queryType"));
        return switch (op) {
            case GET_DOCUMENT -> doc
                    ? new DatabaseRequest.GetDocument(collection(p), docId(p), projection(p),
                            !Boolean.FALSE.equals(p.get("throwOnNotFound")))
                    : new DatabaseRequest.GetDocuments(query(p));
            case CALCULATE_DOCUMENT -> new DatabaseRequest.Count(query(p));
            case INSERT_DOCUMENT -> insert(p);
            case MODIFY_DOCUMENT -> !doc ? new DatabaseRequest.UpdateDocuments(query(p), data(p), multi(p))
                    : Boolean.FALSE.equals(p.get("merge"))
                            ? new DatabaseRequest.SetDocument(collection(p), docId(p), data(p))
                            : new DatabaseRequest.UpdateDocument(collection(p), docId(p), data(p));
            case MODIFY_AND_RETURN_DOC -> new DatabaseRequest.UpdateAndReturn(query(p), data(p));
            case REMOVE_DOCUMENT -> doc ? new DatabaseRequest.RemoveDocument(collection(p), docId(p))
                    : new DatabaseRequest.RemoveDocuments(query(p), multi(p));
            case AGGREGATE_DOCUMENTS -> new DatabaseRequest.Aggregate(collection(p), stages(p));
            case ADD_COLLECTION -> new DatabaseRequest.AddCollection((String) p.get("collectionName"));
            default -> throw new IllegalArgumentException(op.wireName() + " is not a database request");
        };
    }

    private static DatabaseRequest insert(Map<String, Object> p) {
        Object data = data(p);
        if (!(data instanceof Map) && !(data instanceof List)) {
            throw SdkErrors.parameterType("data", "object", data);
        }
        return new DatabaseRequest.Insert(collection(p), data);
    }

    private static QuerySpec query(Map<String, Object> p) {
        Map<String, Integer> orders = new LinkedHashMap<>();
        if (p.get("order") instanceof List<?> list) {
            for (Object o : list) {
                Map<?, ?> order = (Map<?, ?>) o;
                orders.put((String) order.get("field"), "asc".equals(order.get("direction")) ? 1 : -1);
            }
        }
        return new QuerySpec(collection(p), p.get("query"), orders, integer(p.get("limit")),
                integer(p.get("offset")), projection(p));
    }

    private static Map<String, Object> projection(Map<String, Object> p) {
        return p.get("projection") instanceof Map<?, ?> f ? Projection.normalize(f) : null;
    }

    private static boolean multi(Map<String, Object> p) {
        return !Boolean.FALSE.equals(p.get("multi"));
    }

    private static Integer integer(Object v) {
        return v instanceof Number n ? n.intValue() : null;
    }

    /** The collection a payload names; the SDK's parameter error when it is not a string. */
    public static String collection(Map<String, Object> p) {
        if (!(p.get("collectionName") instanceof String name)) {
            throw SdkErrors.parameterType("collName", "string", p.get("collectionName"));
        }
        return name;
    }

    /** The document id of a {@code doc(id)} payload. */
    public static Object docId(Map<String, Object> p) {
        return p.get("docId");
    }

    /** The data of an add, set or update. */
    public static Object data(Map<String, Object> p) {
        if (!p.containsKey("data")) {
            throw SdkErrors.parameterType("data", "object",
                    "undefined".equals(p.get("dataType")) ? SdkErrors.UNDEFINED : null);
        }
        return p.get("data");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, ?>> stages(Map<String, Object> p) {
        return (List<Map<String, ?>>) p.get("stages");
    }
}
