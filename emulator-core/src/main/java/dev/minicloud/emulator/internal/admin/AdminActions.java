package dev.minicloud.emulator.internal.admin;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.internal.common.json.JsonCodec;
import dev.minicloud.emulator.internal.common.json.JsonCodec.DateStyle;
import dev.minicloud.emulator.internal.database.engine.DatabaseEngine;
import dev.minicloud.emulator.internal.files.StorageService;
import dev.minicloud.emulator.internal.sdk.DatabaseOperations;
import dev.minicloud.emulator.internal.sdk.OpenTransactions;
import dev.minicloud.emulator.internal.sdk.Operation;
import dev.minicloud.emulator.internal.sdk.TransactionOperations;
import dev.minicloud.emulator.internal.sdk.WireRequests;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the admin protocol's actions on the operation layer: database actions through {@link AdminRequests} into the
 * same request records and {@link DatabaseOperations} the Java API runs, transactions through
 * {@link TransactionOperations}, storage and functions through the environment's services. The answers' shapes are
 * {@link AdminResults}'.
 */
final class AdminActions {
    private final DatabaseOperations database;
    private final TransactionOperations transactionOps;
    private final StorageService storage;
    private final AdminUploads uploads;

    AdminActions(DatabaseEngine engine, StorageService storage, AdminUploads uploads) {
        this.database = new DatabaseOperations(engine);
        this.transactionOps = new TransactionOperations(engine);
        this.storage = storage;
        this.uploads = uploads;
    }

    /** The {@code data} of an action run in {@code scope}, or a top-level answer for the few that have one. */
    Answer run(String action, Map<String, Object> p, AdminScope scope) {
        Operation op = Operation.byWireName(action);
        if (op == null) {
            return runOther(action, p, scope);
        }
        OpenTransactions transactions = scope.transactions();
        if (p.get("transactionId") != null && isDocumentStep(op)) {
            return Answer.data(inTransaction(op, p, transactions));
        }
        return switch (op) {
            case START_TRANSACTION -> Answer.topLevel("transactionId", transactions.begin(scope.owner()));
            case COMMIT_TRANSACTION -> {
                transactions.get(p.get("transactionId"), "transaction.commit").commit();
                yield Answer.data(new LinkedHashMap<>());
            }
            case ABORT_TRANSACTION -> {
                transactions.rollback(p.get("transactionId"));
                yield Answer.data(new LinkedHashMap<>());
            }
            case GET_IN_TRANSACTION, UPDATE_DOC_IN_TRANSACTION, DELETE_DOC_IN_TRANSACTION ->
                    Answer.legacy(op, inTransaction(op, p, transactions));
            case INSERT_DOC_IN_TRANSACTION -> Answer.data(inTransaction(op, p, transactions));
            case INVOKE_FUNCTION -> Answer.data(invoke(p, scope));
            case BATCH_GET_DOWNLOAD_URL -> Answer.data(AdminResults.downloadList(storage.getTempFileURL(
                    downloadRequests(p.get("file_list")))));
            case BATCH_DELETE_FILE -> Answer.data(AdminResults.deleteList(storage.deleteFile(p.get("fileid_list"))));
            case UPLOAD_FILE, DOWNLOAD_FILE -> throw unknown(action);
            default -> Answer.data(AdminResults.data(database.run(AdminRequests.database(op, p))));
        };
    }

    private Answer runOther(String action, Map<String, Object> p, AdminScope scope) {
        if (action.equals("storage.getUploadMetadata")) {
            return Answer.data(uploads.announce(p.get("path")));
        }
        if (action.equals("storage.batchCopyFile")) {
            return Answer.data(AdminResults.copyList(storage.copyFile(p.get("file_list"))));
        }
        if (action.equals("wx.openApi")) {
            return new Answer(null, AdminOpenApi.call(p, scope));
        }
        throw unknown(action);
    }

    private static CloudException unknown(String action) {
        return new CloudException(-1, action + ":fail action " + action + " is not served by MiniCloud's admin"
                + " endpoint");
    }

    private static boolean isDocumentStep(Operation op) {
        return switch (op) {
            case GET_DOCUMENT, MODIFY_DOCUMENT, REMOVE_DOCUMENT, INSERT_DOCUMENT, MODIFY_AND_RETURN_DOC -> true;
            default -> false;
        };
    }

    /**
     * A step of a transaction. @cloudbase/database sends {@code doc(id)} calls on a transaction's collection as the
     * ordinary actions with a {@code transactionId}; the older {@code *InTransaction} actions name the document as
     * {@code _id}. Only single documents can be read or written in a transaction.
     */
    private Map<String, Object> inTransaction(Operation op, Map<String, Object> params,
            OpenTransactions transactions) {
        Map<String, Object> p = AdminRequests.payload(op, params);
        boolean insert = op == Operation.INSERT_DOCUMENT || op == Operation.INSERT_DOC_IN_TRANSACTION;
        if (!insert && !p.containsKey("docId")) {
            throw new CloudException(-1, op.apiName() + ":fail a transaction reads and writes single documents:"
                    + " use doc(id)");
        }
        Object id = params.get("transactionId");
        String collection = WireRequests.collection(p);
        return switch (op) {
            case GET_DOCUMENT, GET_IN_TRANSACTION -> AdminResults.data(transactionOps.get(
                    transactions.get(id, "document.get"), collection, WireRequests.docId(p)));
            case REMOVE_DOCUMENT, DELETE_DOC_IN_TRANSACTION -> AdminResults.data(transactionOps.remove(
                    transactions.get(id, "document.remove"), collection, WireRequests.docId(p)));
            case INSERT_DOCUMENT, INSERT_DOC_IN_TRANSACTION -> AdminResults.data(transactionOps.add(
                    transactions.get(id, "collection.add"), collection, WireRequests.data(p)));
            default -> Boolean.FALSE.equals(p.get("merge")) || Boolean.TRUE.equals(p.get("upsert"))
                    ? AdminResults.data(transactionOps.set(transactions.get(id, "document.set"), collection,
                            WireRequests.docId(p), WireRequests.data(p)))
                    : AdminResults.data(transactionOps.update(transactions.get(id, "document.update"), collection,
                            WireRequests.docId(p), WireRequests.data(p)));
        };
    }

    /** {@code function_name} and {@code request_data} (a JSON string, empty for no data) to {@code response_data}. */
    private static Map<String, Object> invoke(Map<String, Object> p, AdminScope scope) {
        if (!(p.get("function_name") instanceof String name) || name.isEmpty()) {
            throw new CloudException(-1, "callFunction:fail function_name must be a non-empty string");
        }
        Object event = p.get("request_data") instanceof String data && !data.isEmpty()
                ? JsonCodec.parse(data, false, false) : new LinkedHashMap<>();
        FunctionResult r = scope.callFunction(name, event);
        if (!r.succeeded()) {
            // wx-server-sdk reports "callFunction:fail <message>" with errCode -1: the message is the failed call's
            // errMsg after its own "callFunction:fail ", so that the SDK shows what a function calling it in Rhino
            // sees.
            String errMsg = r.errMsg();
            throw new AdminFailure("FUNCTIONS_EXECUTE_FAIL", errMsg.substring(errMsg.indexOf(":fail ") + 6));
        }
        return AdminResults.of("response_data", JsonCodec.write(r.result(), DateStyle.ISO_STRING));
    }

    /** {@code [{fileid, max_age?}]} as the storage service's {@code fileList}. */
    private static Object downloadRequests(Object fileList) {
        if (!(fileList instanceof List<?> list)) {
            return fileList;
        }
        List<Object> out = new ArrayList<>(list.size());
        for (Object item : list) {
            if (item instanceof Map<?, ?> m && m.get("max_age") != null) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("fileID", m.get("fileid"));
                one.put("maxAge", m.get("max_age"));
                out.add(one);
            } else {
                out.add(item instanceof Map<?, ?> m ? m.get("fileid") : item);
            }
        }
        return out;
    }

    /**
     * An action's answer: its {@code data}, or, for {@code startTransaction}, a field beside {@code requestId}; for
     * {@code wx.openApi} a protobuf message instead.
     */
    record Answer(Map<String, Object> fields, byte[] protobuf) {
        static Answer data(Map<String, Object> data) {
            return new Answer(AdminResults.of("data", data), null);
        }

        static Answer topLevel(String key, Object value) {
            return new Answer(AdminResults.of(key, value), null);
        }

        /**
         * The older {@code *InTransaction} actions answer beside {@code requestId}, each value an Extended JSON
         * string: {@code data} (the document or {@code null}), {@code updated} and {@code upserted}, {@code deleted}.
         */
        static Answer legacy(Operation op, Map<String, Object> data) {
            Map<String, Object> out = new LinkedHashMap<>();
            switch (op) {
                case GET_IN_TRANSACTION -> out.put("data",
                        data.get("list") instanceof List<?> l && !l.isEmpty() ? l.get(0) : "null");
                case UPDATE_DOC_IN_TRANSACTION -> {
                    out.put("updated", String.valueOf(data.get("updated")));
                    Object upserted = data.get("upsert_id");
                    out.put("upserted", upserted == null ? null
                            : JsonCodec.write(List.of(Map.of("_id", upserted)), DateStyle.EXTENDED));
                }
                default -> out.put("deleted", String.valueOf(data.get("deleted")));
            }
            return new Answer(out, null);
        }
    }
}
