package dev.minicloud.emulator.internal.js;

import dev.minicloud.emulator.CloudException;
import dev.minicloud.emulator.ErrorCode;
import dev.minicloud.emulator.functions.FunctionResult;
import dev.minicloud.emulator.internal.engine.DatabaseEngine;
import dev.minicloud.emulator.internal.engine.DocumentLimits;
import dev.minicloud.emulator.internal.engine.EngineTransaction;
import dev.minicloud.emulator.internal.engine.QuerySpec;
import dev.minicloud.emulator.internal.json.JsonCodec;
import dev.minicloud.emulator.internal.json.JsonCodec.DateStyle;
import dev.minicloud.emulator.internal.json.JsonTooDeepException;
import dev.minicloud.emulator.internal.query.DatabaseError;
import dev.minicloud.emulator.internal.query.Deadline;
import dev.minicloud.emulator.internal.query.Projection;
import dev.minicloud.emulator.internal.query.SdkErrors;
import dev.minicloud.emulator.storage.DeleteFileResult;
import dev.minicloud.emulator.storage.DownloadResult;
import dev.minicloud.emulator.storage.GetTempFileURLResult;
import dev.minicloud.emulator.storage.UploadResult;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one door from JavaScript to Java: {@code wx-server-sdk} sends an operation name and a JSON payload, and gets
 * back {@code {"result": ...}} or {@code {"error": {errCode, errMsg, message}}} as JSON. Dates, regexes, server dates
 * and commands arrive tagged and are rebuilt into the same values the Java API uses, so the database applies one set
 * of rules to both.
 */
final class HostBridge {
    private final FunctionServices services;
    private final FunctionTransactions transactions;

    HostBridge(FunctionServices services) {
        this.services = services;
        this.transactions = new FunctionTransactions(services.database());
    }

    /**
     * Ends what an invocation left behind: its open transactions are rolled back and a warning says so, since the
     * function meant to commit or roll back and its writes silently vanish otherwise.
     */
    void endInvocation(Invocation invocation) {
        int rolledBack = transactions.end(invocation);
        if (rolledBack > 0) {
            invocation.log("warn", "the function ended with " + rolledBack + " open transaction(s), now rolled back:"
                    + " a transaction from db.startTransaction() needs commit() or rollback()");
        }
    }

    String handle(Invocation invocation, String operation, String payloadJson) {
        Map<String, Object> answer = new LinkedHashMap<>();
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> payload = (Map<String, Object>) CommandDecoder.decode(parse(operation, payloadJson));
            // Host-side work (matching, scans, pipelines) runs on the function's clock and memory budget: running
            // out ends the function with its timeout (-504003) instead of letting the host work on.
            answer.put("result", Deadline.within(invocation.budget::check,
                    () -> dispatch(invocation, operation, payload)));
        } catch (CloudException e) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("errCode", e.errCode());
            error.put("errMsg", e.errMsg());
            error.put("message", e.getMessage());
            if (isTransactionConflict(e)) {
                // The one failure runTransaction retries; the SDK's error object itself does not show it.
                error.put("transactionConflict", true);
            }
            answer.put("error", error);
        } catch (IllegalArgumentException e) {
            answer.put("error", unknownError(e.getMessage()));
        } catch (RuntimeException e) {
            // A request MiniCloud did not foresee must fail the function's call, never the test that made it.
            answer.put("error", unknownError(operation + ":fail " + e));
        }
        return JsonCodec.write(answer, DateStyle.EXTENDED);
    }

    /** The payload; one nested too deeply to read fails as the database refuses such values. */
    private static Object parse(String operation, String payloadJson) {
        try {
            return JsonCodec.parse(payloadJson, false);
        } catch (JsonTooDeepException e) {
            throw DatabaseEngine.failure(api(operation), DatabaseError.invalidParameters(DocumentLimits.TOO_DEEP));
        }
    }

    /** The SDK call an operation stands for, as its errMsg names it. */
    private static String api(String operation) {
        if (operation.equals("database.createCollection")) {
            return "createCollection";
        }
        if (operation.startsWith("database.") || operation.equals("transaction.add")) {
            return "collection." + operation.substring(operation.indexOf('.') + 1);
        }
        if (operation.startsWith("transaction.")) {
            return "document." + operation.substring(operation.indexOf('.') + 1);
        }
        return operation;
    }

    private static Map<String, Object> unknownError(String errMsg) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("errCode", -1);
        error.put("errMsg", errMsg);
        return error;
    }

    private Object dispatch(Invocation inv, String op, Map<String, Object> p) {
        DatabaseEngine db = services.database();
        return switch (op) {
            case "database.get" -> ResultShapes.of("data", GeoValues.documents(db, collection(p), db.get(query(p))),
                    "collection.get:ok");
            case "database.count" -> ResultShapes.of("total", db.count(query(p)), "collection.count:ok");
            case "database.update" -> ResultShapes.stats("updated", db.update(query(p), data(p),
                    !Boolean.FALSE.equals(p.get("multi"))), "collection.update:ok");
            case "database.remove" -> ResultShapes.stats("removed", db.remove(query(p),
                    !Boolean.FALSE.equals(p.get("multi"))), "collection.remove:ok");
            case "database.add" -> add(db, p);
            case "database.aggregate" -> ResultShapes.of("list", GeoValues.aggregated(db.aggregate(collection(p),
                    pipeline(p))), "collection.aggregate:ok");
            case "database.createCollection" -> {
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("errMsg", "createCollection:ok");
                r.put("requestId", db.createCollection((String) p.get("name")));
                yield r;
            }
            case "document.get" -> docGet(db, p);
            case "document.set" -> ResultShapes.set(db.docSet(collection(p), p.get("id"), data(p)));
            case "document.update" -> ResultShapes.stats("updated", db.docUpdate(collection(p), p.get("id"), data(p)),
                    "document.update:ok");
            case "document.remove" -> ResultShapes.stats("removed", db.docRemove(collection(p), p.get("id")),
                    "document.remove:ok");
            case "transaction.start" -> Map.of("id", transactions.begin(inv));
            case "transaction.get" -> ResultShapes.of("data", GeoValues.document(db, collection(p),
                    transaction(p, "document.get").get(collection(p), p.get("id"))), "document.get:ok");
            case "transaction.set" -> ResultShapes.set(transaction(p, "document.set").set(collection(p), p.get("id"),
                    data(p)));
            case "transaction.update" -> ResultShapes.stats("updated", transaction(p, "document.update")
                    .update(collection(p), p.get("id"), data(p)), "document.update:ok");
            case "transaction.remove" -> ResultShapes.stats("removed", transaction(p, "document.remove")
                    .remove(collection(p), p.get("id")), "document.remove:ok");
            case "transaction.add" -> ResultShapes.of("_id", transaction(p, "collection.add").add(collection(p),
                    data(p)), "collection.add:ok");
            case "transaction.commit" -> {
                transaction(p, "transaction.commit").commit();
                yield Map.of("errMsg", "transaction.commit:ok");
            }
            case "transaction.rollback" -> {
                transactions.rollback(p.get("transaction"));
                yield Map.of("errMsg", "transaction.rollback:ok");
            }
            case "functions.call" -> callFunction(inv, p);
            case "context.get" -> wxContext(inv);
            case "logger.log" -> {
                inv.log(String.valueOf(p.get("level")), JsonCodec.write(p.get("fields"), DateStyle.ISO_STRING));
                yield null;
            }
            case "storage.upload" -> {
                Object content = fileContent(inv, p.get("fileContent"));
                UploadResult r;
                try {
                    r = services.storage().uploadFile(p.get("cloudPath"), content);
                } finally {
                    if (content instanceof java.io.Closeable c) {
                        closeQuietly(c);
                    }
                }
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("fileID", r.fileID());
                out.put("statusCode", r.statusCode());
                out.put("errMsg", r.errMsg());
                yield out;
            }
            case "storage.download" -> {
                DownloadResult r = services.storage().downloadFile(p.get("fileID"));
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("fileContent", Base64.getEncoder().encodeToString(r.fileContent()));
                out.put("statusCode", r.statusCode());
                out.put("errMsg", r.errMsg());
                yield out;
            }
            case "storage.deleteFile" -> {
                DeleteFileResult r = services.storage().deleteFile(p.get("fileList"));
                List<Object> items = new ArrayList<>();
                for (DeleteFileResult.Item i : r.fileList()) {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("fileID", i.fileID());
                    item.put("status", i.status());
                    item.put("errMsg", i.errMsg());
                    items.add(item);
                }
                yield ResultShapes.of("fileList", items, r.errMsg());
            }
            case "storage.getTempFileURL" -> {
                GetTempFileURLResult r = services.storage().getTempFileURL(p.get("fileList"));
                List<Object> items = new ArrayList<>();
                for (GetTempFileURLResult.Item i : r.fileList()) {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("fileID", i.fileID());
                    item.put("tempFileURL", i.tempFileURL());
                    item.put("maxAge", i.maxAge());
                    item.put("status", i.status());
                    item.put("errMsg", i.errMsg());
                    items.add(item);
                }
                yield ResultShapes.of("fileList", items, r.errMsg());
            }
            case "openapi.call" -> services.openApi().handle(p.get("module") + "." + p.get("method"), asMap(p.get("params")),
                    inv.function.name());
            default -> throw new CloudException(-1, op + ":fail this operation is not available in MiniCloud");
        };
    }

    /**
     * An upload's content: a Buffer or string arrives as base64; an {@code fs.createReadStream} as the function's own
     * file, read only inside the function's folder.
     */
    private static Object fileContent(Invocation inv, Object content) {
        if (content instanceof Map<?, ?> m && m.get("$bytes") instanceof String base64) {
            return Base64.getDecoder().decode(base64);
        }
        if (content instanceof Map<?, ?> m && m.get("$file") instanceof String path) {
            try {
                return java.nio.file.Files.newInputStream(NodeHost.confine(inv.function.dir(), path));
            } catch (java.io.IOException e) {
                throw new CloudException(-1, "uploadFile:fail " + e.getMessage());
            } catch (org.mozilla.javascript.RhinoException e) {
                throw new CloudException(-1, "uploadFile:fail " + e.details());
            }
        }
        return content;
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (java.io.IOException e) {
            // Reading is over; a failure to close a read-only file changes nothing.
        }
    }

    private static QuerySpec query(Map<String, Object> p) {
        Map<String, Object> q = asMap(p.get("query"));
        Map<String, Integer> orders = new LinkedHashMap<>();
        if (q.get("orders") instanceof List<?> list) {
            for (Object o : list) {
                List<?> pair = (List<?>) o;
                orders.put((String) pair.get(0), "asc".equals(pair.get(1)) ? 1 : -1);
            }
        }
        Map<String, Object> field = q.get("field") instanceof Map<?, ?> f ? Projection.normalize(f) : null;
        return new QuerySpec(collection(p), q.get("where"), orders, integer(q.get("limit")), integer(q.get("skip")),
                field);
    }

    private static Integer integer(Object v) {
        return v instanceof Number n ? n.intValue() : null;
    }

    private static String collection(Map<String, Object> p) {
        if (!(p.get("collection") instanceof String name)) {
            throw SdkErrors.parameterType("collName", "string", p.get("collection"));
        }
        return name;
    }

    /** The data of an add, set or update; JavaScript's {@code undefined} arrives as a missing key. */
    private static Object data(Map<String, Object> p) {
        if (!p.containsKey("data")) {
            throw SdkErrors.parameterType("data", "object",
                    "undefined".equals(p.get("dataType")) ? SdkErrors.UNDEFINED : null);
        }
        return p.get("data");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, ?>> pipeline(Map<String, Object> p) {
        return (List<Map<String, ?>>) p.get("pipeline");
    }

    private EngineTransaction transaction(Map<String, Object> p, String api) {
        return transactions.get(p.get("transaction"), api);
    }

    private static boolean isTransactionConflict(CloudException e) {
        return e.getCause() instanceof DatabaseError d && d.code() == ErrorCode.DATABASE_TRANSACTION_CONFLICT;
    }

    private Object add(DatabaseEngine db, Map<String, Object> p) {
        Object data = data(p);
        if (!(data instanceof Map) && !(data instanceof List)) {
            throw SdkErrors.parameterType("data", "object", data);
        }
        return ResultShapes.of(data instanceof List ? "_ids" : "_id", db.add(collection(p), data), "collection.add:ok");
    }

    private Object docGet(DatabaseEngine db, Map<String, Object> p) {
        Object id = p.get("id");
        Map<String, Object> doc = db.docGet(collection(p), id,
                p.get("field") instanceof Map<?, ?> f ? Projection.normalize(f) : null);
        if (doc == null && !Boolean.FALSE.equals(p.get("throwOnNotFound"))) {
            throw new CloudException(-1, "document.get:fail document with _id " + jsString(id) + " does not exist");
        }
        return ResultShapes.of("data", GeoValues.document(db, collection(p), doc), "document.get:ok");
    }

    private static String jsString(Object id) {
        return id instanceof Number n ? JsonCodec.write(n, DateStyle.ISO_STRING) : String.valueOf(id);
    }

    private Object callFunction(Invocation inv, Map<String, Object> p) {
        String name = (String) p.get("name");
        FunctionResult r = services.functions().call(name, p.get("data"),
                new Invocation.Caller(inv.caller.identity(), inv.caller.source() + ",scf", inv.caller.depth() + 1));
        if (!r.succeeded()) {
            // wx-server-sdk 4.x reports every callFunction failure with errCode -1.
            throw new CloudException(-1, r.errMsg());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("result", r.result());
        out.put("errMsg", "callFunction:ok");
        out.put("requestID", r.requestId());
        return out;
    }

    private Map<String, Object> wxContext(Invocation inv) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (inv.caller.isClient()) {
            inv.caller.identity().fields(services.appId()).forEach(out::put);
        }
        out.put("ENV", services.envId());
        out.put("SOURCE", inv.caller.source());
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return o instanceof Map ? (Map<String, Object>) o : new LinkedHashMap<>();
    }
}
