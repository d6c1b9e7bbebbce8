package dev.minicloud.emulator.admin;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.EnvironmentSnapshot;
import dev.minicloud.emulator.functions.call.FunctionCall;
import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.functions.call.FunctionRuntime;
import dev.minicloud.emulator.functions.call.LogEntry;
import dev.minicloud.emulator.functions.call.OpenApiCall;
import dev.minicloud.emulator.functions.call.WxContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Runs one list of function calls on a fresh environment under one runtime and records everything observable: each
 * call's errCode, errMsg, result and log lines, then the environment's documents and files, the {@code openapi}
 * calls and the function calls it saw. Two runs on identical configurations must record the same.
 *
 * <p>Normalised, because they cannot be the same: a temporary file URL names a random token of its run, so it is
 * recorded as {@code <temp url>}; stack frames in log lines name each engine's files and positions, so they are left
 * out.
 */
final class RuntimeDifferential {
    /** A call of the list: which function, with what event, from whom (null: server side). */
    record Call(String function, Map<String, Object> event, WxContext caller) {
        static Call server(String function, Map<String, Object> event) {
            return new Call(function, event, null);
        }

        static Call client(String function, Map<String, Object> event, WxContext caller) {
            return new Call(function, event, caller);
        }
    }

    private static final Pattern STACK_FRAME = Pattern.compile("\\n {4}at .*");
    private static final Pattern TEMP_URL = Pattern.compile("^http://127\\.0\\.0\\.1:\\d+/.*");

    private RuntimeDifferential() {}

    /** What one run recorded, by call ("call 1 <function>") and then "state". */
    static Map<String, Object> run(Supplier<EmulatorConfiguration.Builder> config, FunctionRuntime runtime,
            Consumer<CloudEnvironment> prepare, List<Call> calls) {
        Map<String, Object> trace = new LinkedHashMap<>();
        try (CloudEnvironment env = CloudEmulator.newEnvironment(config.get().setFunctionRuntime(runtime).build())) {
            prepare.accept(env);
            int n = 0;
            for (Call call : calls) {
                FunctionResult r = call.caller() == null ? env.functions().call(call.function(), call.event())
                        : env.functions().call(call.function(), call.event(), call.caller());
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("errCode", r.errCode());
                one.put("errMsg", r.errMsg());
                one.put("result", normalise(r.result()));
                one.put("logs", r.logs().stream().map(RuntimeDifferential::log).toList());
                trace.put("call " + ++n + " " + call.function(), one);
            }
            trace.put("state", state(env));
        }
        return trace;
    }

    /** A log line without stack frames, which name each engine's own files and positions. */
    private static String log(LogEntry entry) {
        return entry.level() + " " + STACK_FRAME.matcher(entry.message()).replaceAll("");
    }

    private static Map<String, Object> state(CloudEnvironment env) {
        Map<String, Object> state = new LinkedHashMap<>();
        EnvironmentSnapshot snapshot = env.snapshot();
        Map<String, Object> collections = new TreeMap<>();
        for (String name : snapshot.database().collections()) {
            collections.put(name, normalise(snapshot.database().documents(name)));
        }
        state.put("collections", collections);
        Map<String, Object> files = new TreeMap<>();
        for (String path : snapshot.storage().cloudPaths()) {
            files.put(path, new String(snapshot.storage().content(path).orElseThrow(), StandardCharsets.UTF_8));
        }
        state.put("files", files);
        state.put("clock", snapshot.time().toString());
        List<Object> openapi = new ArrayList<>();
        for (OpenApiCall c : env.functions().openapi().calls()) {
            openapi.add(List.of(c.api(), normalise(c.params()), String.valueOf(c.function())));
        }
        state.put("openapi", openapi);
        List<Object> called = new ArrayList<>();
        for (FunctionCall c : env.functions().calls()) {
            called.add(List.of(c.name(), c.nested(), c.result().errMsg(), normalise(c.event())));
        }
        state.put("calls", called);
        return state;
    }

    private static Object normalise(Object value) {
        if (value instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), normalise(v)));
            return out;
        }
        if (value instanceof List<?> l) {
            return l.stream().map(RuntimeDifferential::normalise).toList();
        }
        if (value instanceof String s && TEMP_URL.matcher(s).matches()) {
            return "<temp url>";
        }
        return value;
    }
}
