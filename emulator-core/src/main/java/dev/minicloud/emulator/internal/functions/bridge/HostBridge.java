package dev.minicloud.emulator.internal.functions.bridge;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.internal.common.json.JsonCodec;
import dev.minicloud.emulator.internal.common.json.JsonCodec.DateStyle;
import dev.minicloud.emulator.internal.functions.FunctionServices;
import dev.minicloud.emulator.internal.functions.Invocation;
import dev.minicloud.emulator.internal.functions.node.NodeHost;
import dev.minicloud.emulator.internal.sdk.DatabaseOperations;
import dev.minicloud.emulator.internal.sdk.OpenTransactions;
import dev.minicloud.emulator.internal.sdk.Operation;
import dev.minicloud.emulator.internal.sdk.TransactionOperations;
import dev.minicloud.emulator.internal.sdk.WireRequests;
import dev.minicloud.emulator.internal.sdk.WireResults;
import dev.minicloud.emulator.storage.result.UploadResult;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one door from JavaScript to Java: {@code wx-server-sdk} sends an operation name and a payload, and gets
 * back {@code {"result": ...}} or {@code {"error": {errCode, errMsg, message}}} as JSON. Dates, regexes, server dates
 * and commands arrive tagged and are rebuilt into the same values the Java API uses, so the database applies one set
 * of rules to both.
 */
public final class HostBridge {
    private final FunctionServices services;
    private final OpenTransactions transactions;
    private final DatabaseOperations database;
    private final TransactionOperations transactionOps;

    public HostBridge(FunctionServices services) {
        this.services = services;
        this.transactions = new OpenTransactions(services.database());
        this.database = new DatabaseOperations(services.database());
        this.transactionOps = new TransactionOperations(services.database());
    }

    /** The environment's functions' transactions, whichever runtime opened them. */
    public OpenTransactions transactions() {
        return transactions;
    }

    /**
     * Ends what an invocation left behind: its open transactions are rolled back and a warning says so, since the
     * function meant to commit or roll back and its writes silently vanish otherwise.
     */
    public void endInvocation(Invocation invocation) {
        int rolledBack = transactions.end(invocation);
        if (rolledBack > 0) {
            invocation.log("warn", "the function ended with " + rolledBack + " open transaction(s), now rolled back:"
                    + " a transaction from db.startTransaction() needs commit() or rollback()");
        }
    }

    public String handle(Invocation invocation, String operation, Object payload) {
        return HostAnswer.answer(operation, payload, invocation.budget::check,
                p -> dispatch(invocation, operation, p));
    }

    /**
     * Runs one request. SDK operations go to the operation layer, which the Java API uses too; only what belongs to
     * the running function (its transactions by id, its context, its logger, {@code openapi}) is answered here.
     */
    private Object dispatch(Invocation inv, String op, Map<String, Object> p) {
        Operation operation = Operation.byWireName(op);
        if (operation == null) {
            return runtimeCall(inv, op, p);
        }
        return switch (operation) {
            case START_TRANSACTION -> Map.of("transactionId", transactions.begin(inv));
            case GET_IN_TRANSACTION, UPDATE_DOC_IN_TRANSACTION, INSERT_DOC_IN_TRANSACTION, DELETE_DOC_IN_TRANSACTION,
                    COMMIT_TRANSACTION, ABORT_TRANSACTION -> transactionStep(operation, p);
            case INVOKE_FUNCTION -> WireResults.encode(callFunction(inv, p));
            case UPLOAD_FILE -> WireResults.encode(upload(inv, p));
            case DOWNLOAD_FILE -> WireResults.encode(services.storage().downloadFile(p.get("fileID")));
            case BATCH_DELETE_FILE -> WireResults.encode(services.storage().deleteFile(p.get("fileList")));
            case BATCH_GET_DOWNLOAD_URL -> WireResults.encode(services.storage().getTempFileURL(p.get("fileList")));
            default -> WireResults.encode(database.run(WireRequests.database(operation, p)));
        };
    }

    private Object runtimeCall(Invocation inv, String op, Map<String, Object> p) {
        return switch (op) {
            case "context.get" -> wxContext(inv);
            case "logger.log" -> {
                inv.log(String.valueOf(p.get("level")), JsonCodec.write(p.get("fields"), DateStyle.ISO_STRING));
                yield null;
            }
            case "openapi.call" -> services.openApi().handle(p.get("module") + "." + p.get("method"),
                    asMap(p.get("params")), inv.function.name());
            default -> throw new CloudException(-1, op + ":fail this operation is not available in MiniCloud");
        };
    }

    private Object transactionStep(Operation op, Map<String, Object> p) {
        Object id = p.get("transactionId");
        return switch (op) {
            case GET_IN_TRANSACTION -> WireResults.encode(transactionOps.get(transactions.get(id, "document.get"),
                    WireRequests.collection(p), WireRequests.docId(p)));
            case UPDATE_DOC_IN_TRANSACTION -> Boolean.FALSE.equals(p.get("merge"))
                    ? WireResults.encode(transactionOps.set(transactions.get(id, "document.set"),
                            WireRequests.collection(p), WireRequests.docId(p), WireRequests.data(p)))
                    : WireResults.encode(transactionOps.update(transactions.get(id, "document.update"),
                            WireRequests.collection(p), WireRequests.docId(p), WireRequests.data(p)));
            case INSERT_DOC_IN_TRANSACTION -> WireResults.encode(transactionOps.add(
                    transactions.get(id, "collection.add"), WireRequests.collection(p), WireRequests.data(p)));
            case DELETE_DOC_IN_TRANSACTION -> WireResults.encode(transactionOps.remove(
                    transactions.get(id, "document.remove"), WireRequests.collection(p), WireRequests.docId(p)));
            case COMMIT_TRANSACTION -> {
                transactions.get(id, "transaction.commit").commit();
                yield Map.of("errMsg", "transaction.commit:ok");
            }
            default -> {
                transactions.rollback(id);
                yield Map.of("errMsg", "transaction.rollback:ok");
            }
        };
    }

    private UploadResult upload(Invocation inv, Map<String, Object> p) {
        Object content = fileContent(inv, p.get("fileContent"));
        try {
            return services.storage().uploadFile(p.get("cloudPath"), content);
        } finally {
            if (content instanceof java.io.Closeable c) {
                closeQuietly(c);
            }
        }
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

    private FunctionResult callFunction(Invocation inv, Map<String, Object> p) {
        FunctionResult r = nestedCall(inv, (String) p.get("name"), p.get("data"));
        if (!r.succeeded()) {
            // wx-server-sdk 4.x reports every callFunction failure with errCode -1, as "callFunction:fail " and the
            // callee's failure, also when a client's call is passed on (seen running it against the admin endpoint).
            String errMsg = r.errMsg();
            throw new CloudException(-1, "callFunction:fail " + errMsg.substring(errMsg.indexOf(":fail ") + 6));
        }
        return r;
    }

    /** {@code cloud.callFunction} from inside {@code inv}: the callee sees the caller's identity and chain. */
    public FunctionResult nestedCall(Invocation inv, String name, Object data) {
        return services.functions().call(name, data,
                new Invocation.Caller(inv.caller.identity(), inv.caller.source() + ",scf", inv.caller.depth() + 1));
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
