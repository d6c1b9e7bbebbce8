package dev.minicloud.emulator.internal.miniprogram;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.functions.call.WxContext;
import dev.minicloud.emulator.internal.common.json.JsonCodec;
import dev.minicloud.emulator.internal.common.json.JsonCodec.DateStyle;
import dev.minicloud.emulator.internal.functions.bridge.HostAnswer;
import dev.minicloud.emulator.internal.functions.runtime.Budget;
import dev.minicloud.emulator.internal.functions.runtime.ErrorInfo;
import dev.minicloud.emulator.internal.sdk.DatabaseOperations;
import dev.minicloud.emulator.internal.sdk.DatabaseRequest;
import dev.minicloud.emulator.internal.sdk.Operation;
import dev.minicloud.emulator.internal.sdk.WireRequests;
import dev.minicloud.emulator.internal.sdk.WireResults;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Java half of a mini-program's {@code host(op, payload)}: database requests run through the operation layer with
 * the current user's {@code ClientGate}, so permissions and rules apply exactly as for {@code env.client(user)};
 * {@code callFunction} calls as that user; watches deliver into the mini-program's queue; {@code wx.*} calls are
 * recorded by {@link WxRecorder}.
 */
final class MiniProgramHost {
    private final MiniProgramServices services;
    private final MiniProgramSession session;
    private final WxRecorder wx;
    private final Path root;
    private final Map<Integer, AutoCloseable> watches = new HashMap<>();
    private final MiniProgramFiles files;
    private WxContext user;
    private DatabaseOperations database;

    MiniProgramHost(MiniProgramServices services, MiniProgramSession session, WxRecorder wx, Path root,
            WxContext user) {
        this.services = services;
        this.session = session;
        this.wx = wx;
        this.root = root;
        this.files = new MiniProgramFiles(new LocalFiles(services.device().get()), services.storage().apply(user));
        setUser(user);
    }

    MiniProgramFiles files() {
        return files;
    }

    WxContext user() {
        return user;
    }

    /** The user of every later request; watches already running keep the user who started them. */
    void setUser(WxContext user) {
        this.user = user;
        this.database = services.database().apply(user);
        files.setStorage(services.storage().apply(user));
    }

    String handle(Budget budget, String operation, Object payload) {
        return HostAnswer.answer(operation, payload, budget::check, p -> dispatch(budget, operation, p));
    }

    private Object dispatch(Budget budget, String op, Map<String, Object> p) {
        Operation operation = Operation.byWireName(op);
        if (operation == Operation.INVOKE_FUNCTION) {
            return budget.uncharged(() -> callFunction(p));
        }
        if (operation != null) {
            return WireResults.encode(database.run(WireRequests.database(operation, p)));
        }
        if (MiniProgramFiles.handles(op)) {
            return files.dispatch(op, p);
        }
        return switch (op) {
            case "database.watch" -> watch(p);
            case "database.unwatch" -> unwatch(p);
            case "wx.record" -> wx.record(new RecordedWxCall((String) p.get("api"), asMap(p.get("options")),
                    (String) p.get("route")));
            case "wx.storage" -> wx.storage(p);
            case "mp.error" -> {
                session.uncaught(new ErrorInfo(String.valueOf(p.get("name")), String.valueOf(p.get("message")),
                        List.of(String.valueOf(p.get("stack")))));
                yield null;
            }
            case "mp.hasFile" -> hasFile(String.valueOf(p.get("path")));
            default -> throw new CloudException(-1, op + ":fail this operation is not available in MiniCloud");
        };
    }

    private Map<String, Object> callFunction(Map<String, Object> p) {
        FunctionResult r = services.functions().call((String) p.get("name"), asMap(p.get("data")), user);
        if (!r.succeeded()) {
            throw new CloudException(r.errCode(), r.errMsg());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("errMsg", r.errMsg());
        out.put("result", r.result());
        out.put("requestID", r.requestId());
        return out;
    }

    /**
     * Starts a watch; its snapshots (the first one included) are queued for the mini-program's thread, whichever
     * thread wrote, and delivered at its next drain.
     */
    private Object watch(Map<String, Object> p) {
        int id = ((Number) p.get("watchId")).intValue();
        boolean doc = "DOC".equals(p.get("queryType"));
        Map<String, Object> query = new LinkedHashMap<>(p);
        if (doc) {
            query.put("query", Map.of("_id", WireRequests.docId(p)));
            query.put("queryType", "WHERE");
        }
        DatabaseRequest.GetDocuments get = (DatabaseRequest.GetDocuments) WireRequests.database(
                Operation.GET_DOCUMENT, query);
        watches.put(id, database.watch(get.query(), snapshot -> session.queue(new MiniProgramSession.Delivery(id,
                "change", JsonCodec.write(WireResults.encode(snapshot), DateStyle.EXTENDED))),
                error -> session.queue(new MiniProgramSession.Delivery(id, "error", JsonCodec.write(
                        Map.of("errCode", error.errCode(), "errMsg", error.errMsg()), DateStyle.EXTENDED)))));
        return null;
    }

    private Object unwatch(Map<String, Object> p) {
        AutoCloseable w = watches.remove(((Number) p.get("watchId")).intValue());
        close(w);
        return Map.of("errMsg", "watch.close:ok");
    }

    /** Stops every watch and frees the local files. */
    void close() {
        watches.values().forEach(MiniProgramHost::close);
        watches.clear();
        files.close();
    }

    private static void close(AutoCloseable w) {
        if (w == null) {
            return;
        }
        try {
            w.close();
        } catch (Exception e) {
            throw new IllegalStateException("a watch failed to close", e);
        }
    }

    private boolean hasFile(String rel) {
        Path file = root.resolve(rel).normalize();
        return file.startsWith(root) && Files.isRegularFile(file);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return o instanceof Map ? (Map<String, Object>) o : new LinkedHashMap<>();
    }
}
