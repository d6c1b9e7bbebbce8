package dev.minicloud.emulator.console;

import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.functions.call.FunctionCall;
import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.functions.Functions;
import dev.minicloud.emulator.functions.call.LogEntry;
import dev.minicloud.emulator.functions.call.WxContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/functions}: the functions, a call with an event as a user or from the server side through
 * {@code env.functions()}, and the recent calls with their logs (what the console's log tail polls).
 */
final class FunctionsApi implements Api {
    /** How many recent calls {@code GET /api/functions/calls} returns at most. */
    static final int RECENT_CALLS = 50;

    @Override
    public Object handle(Request r, CloudEnvironment env) throws IOException {
        String name = r.segment(1);
        if (name == null && r.method().equals("GET")) {
            return Map.of("functions", env.functions().names());
        }
        if ("calls".equals(name) && r.segments() == 2 && r.method().equals("GET")) {
            return recentCalls(env.functions().calls());
        }
        if (name != null && "invoke".equals(r.segment(2)) && r.segments() == 3 && r.method().equals("POST")) {
            return invoke(env.functions(), name, r.json());
        }
        throw Api.noRoute(r);
    }

    /** {@code {event: {...}, openid: "..."}}: without an openid (or with an empty one) a server-side call. */
    private static Map<String, Object> invoke(Functions functions, String name, Map<String, Object> body) {
        Object event = body.getOrDefault("event", Map.of());
        if (!(event instanceof Map<?, ?> eventObject)) {
            throw ConsoleError.badRequest("the event must be a JSON object, e.g. {\"action\": \"list\"}");
        }
        @SuppressWarnings("unchecked")
        Map<String, ?> e = (Map<String, ?>) eventObject;
        FunctionResult result = body.get("openid") instanceof String openid && !openid.isBlank()
                ? functions.call(name, e, WxContext.ofOpenId(openid.strip()))
                : functions.asServer().call(name, e);
        return CallJson.of(name, result);
    }

    /** The last calls with their logs, newest first (the console polls this for its live tail). */
    private static Map<String, Object> recentCalls(List<FunctionCall> calls) {
        List<Object> out = new ArrayList<>();
        for (int i = calls.size() - 1; i >= Math.max(calls.size() - RECENT_CALLS, 0); i--) {
            FunctionCall c = calls.get(i);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("requestId", c.result().requestId());
            entry.put("function", c.name());
            entry.put("caller", c.caller() == null ? null : c.caller().openId());
            entry.put("nested", c.nested());
            entry.put("startedAt", c.startedAt().toString());
            entry.put("errCode", c.result().errCode());
            entry.put("errMsg", c.result().errMsg());
            entry.put("durationMs", c.result().duration().toMillis());
            List<Object> logs = new ArrayList<>();
            for (LogEntry log : c.result().logs()) {
                logs.add(Map.of("level", log.level(), "message", log.message()));
            }
            entry.put("logs", logs);
            out.add(entry);
        }
        return Map.of("calls", out);
    }
}
