package dev.minicloud.emulator.console;

import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.functions.call.LogEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A call's outcome as the command line prints it and the console shows it: one JSON object a script can read. */
public final class CallJson {
    private CallJson() {}

    /**
     * {@code {function, errCode, errMsg, result | errorStack, requestId, durationMs, logs: [{level, message}]}}. The
     * result is what a caller receives, so dates in it are already ISO strings.
     */
    public static Map<String, Object> of(String function, FunctionResult r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("function", function);
        json.put("errCode", r.errCode());
        json.put("errMsg", r.errMsg());
        if (r.succeeded()) {
            json.put("result", r.result());
        } else {
            json.put("errorStack", r.errorStack());
        }
        json.put("requestId", r.requestId());
        json.put("durationMs", r.duration().toMillis());
        List<Map<String, Object>> logs = new ArrayList<>();
        for (LogEntry log : r.logs()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("level", log.level());
            entry.put("message", log.message());
            logs.add(entry);
        }
        json.put("logs", logs);
        return json;
    }
}
