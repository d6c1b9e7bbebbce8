package dev.minicloud.emulator.internal.functions.node;

import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.internal.admin.AdminScope;
import dev.minicloud.emulator.internal.common.http.OutboundHttp;
import dev.minicloud.emulator.internal.functions.FunctionServices;
import dev.minicloud.emulator.internal.functions.Invocation;
import dev.minicloud.emulator.internal.functions.bridge.HostBridge;
import dev.minicloud.emulator.internal.sdk.OpenTransactions;
import java.time.Duration;
import java.util.Map;

/**
 * What the requests of a Node function instance's SDK run as: the invocation it is serving, as a Rhino function's
 * SDK calls do (its transactions are the invocation's and are rolled back when it ends, its nested calls pass the
 * caller on, its {@code openapi} calls and outbound
 * HTTP requests are recorded for the function), or, with no invocation, the instance itself.
 */
record NodeScope(HostBridge bridge, FunctionServices services, String function, Invocation invocation,
        Object instance) implements AdminScope {

    @Override
    public OpenTransactions transactions() {
        return bridge.transactions();
    }

    @Override
    public Object owner() {
        return invocation != null ? invocation : instance;
    }

    @Override
    public FunctionResult callFunction(String name, Object event) {
        return invocation != null ? bridge.nestedCall(invocation, name, event)
                : services.functions().call(name, event, new Invocation.Caller(null, "wx_unknown", 1));
    }

    @Override
    public Map<String, Object> openApi(String api, Map<String, Object> params) {
        return services.openApi().handle(api, params, function);
    }

    /** A request forwarded to 127.0.0.1 waits no longer than the invocation may still run (not at all between). */
    @Override
    public OutboundHttp.Answer http(String method, String url, Map<String, String> headers, byte[] body) {
        Duration budget = invocation != null ? Duration.ofNanos(Math.max(0, invocation.budget.remainingNanos()))
                : Duration.ZERO;
        return services.http().exchange(function, method, url, headers, body, budget);
    }
}
