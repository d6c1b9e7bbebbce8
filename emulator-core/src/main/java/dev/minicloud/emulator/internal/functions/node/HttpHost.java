package dev.minicloud.emulator.internal.functions.node;

import dev.minicloud.emulator.internal.common.http.OutboundHttp;
import dev.minicloud.emulator.internal.common.json.JsonCodec;
import dev.minicloud.emulator.internal.functions.runtime.Budget;
import dev.minicloud.emulator.internal.functions.runtime.HostObject;
import dev.minicloud.emulator.internal.functions.runtime.SandboxContextFactory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.NativeObject;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * The Java half of {@code http} and {@code https}: hands a function's request to the environment's stubs and gives
 * back what answers it. Nothing here opens a socket except the stubs' forwarding to 127.0.0.1, which waits no longer
 * than the invocation may still run.
 */
public final class HttpHost {
    private HttpHost() {}

    public static Scriptable create(Scriptable scope, OutboundHttp stubs, String function) {
        NativeObject host = new NativeObject();
        host.setParentScope(scope);
        host.setPrototype(ScriptableObject.getObjectPrototype(scope));
        host.defineProperty("send", new LambdaFunction(scope, "send", 4, (cx, sc, self, a) -> send(cx, sc, stubs,
                function, ScriptRuntime.toString(a[0]), ScriptRuntime.toString(a[1]), ScriptRuntime.toString(a[2]),
                HostObject.bytes(a[3]))), ScriptableObject.DONTENUM);
        return host;
    }

    private static Object send(Context cx, Scriptable scope, OutboundHttp stubs, String function, String method,
            String url, String headersJson, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (JsonCodec.parse(headersJson, false) instanceof Map<?, ?> m) {
            m.forEach((k, v) -> headers.put(String.valueOf(k).toLowerCase(Locale.ROOT), String.valueOf(v)));
        }
        Scriptable out = cx.newObject(scope);
        OutboundHttp.Answer response = stubs.exchange(function, method.toUpperCase(Locale.ROOT), url, headers, body,
                remaining(cx));
        if (response.error() != null) {
            ScriptableObject.putProperty(out, "error", response.error());
            return out;
        }
        // A forward that used up the budget ends the function here, as the platform stops it at its timeout.
        if (cx.getThreadLocal(SandboxContextFactory.BUDGET) instanceof Budget budget) {
            budget.check();
        }
        ScriptableObject.putProperty(out, "status", response.status());
        ScriptableObject.putProperty(out, "headers", JsonCodec.write(response.headers(), JsonCodec.DateStyle.ISO_STRING));
        ScriptableObject.putProperty(out, "body", HostObject.bytes(cx, scope, response.body()));
        ScriptableObject.putProperty(out, "delay", (double) response.delay().toMillis());
        if (response.fault() != null) {
            ScriptableObject.putProperty(out, "fault", response.fault());
        }
        return out;
    }

    private static Duration remaining(Context cx) {
        return cx.getThreadLocal(SandboxContextFactory.BUDGET) instanceof Budget budget
                ? Duration.ofNanos(Math.max(0, budget.remainingNanos())) : Duration.ZERO;
    }
}
