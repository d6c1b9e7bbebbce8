package dev.minicloud.emulator.functions;

import dev.minicloud.emulator.internal.js.FunctionRuntime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The environment's cloud functions: the team's real folders ({@code <root>/<name>/index.js} with their
 * {@code package.json}, {@code config.json} and {@code node_modules}), run unmodified in Rhino.
 *
 * <pre>{@code
 * FunctionResult r = env.functions().call("addTodo", Map.of("title", "write tests"), WxContext.ofOpenId("o_alice"));
 * assertThat(r.succeeded()).isTrue();
 * assertThat(r.result()).isEqualTo(Map.of("ok", true));
 * }</pre>
 *
 * <p>A call without an identity is a server-side call (as from another function); with one it is a client call.
 * Calls are thread-safe: concurrent calls of one function run in separate warm instances, as SCF scales containers.
 */
public final class Functions {
    private final FunctionRuntime runtime;
    private final OpenApi openApi;

    /** Used by the environment; tests get theirs from {@code CloudEnvironment.functions()}. */
    public Functions(FunctionRuntime runtime, OpenApi openApi) {
        this.runtime = runtime;
        this.openApi = openApi;
    }

    /**
     * Calls a function from the server side: {@code getWXContext()} has no OPENID.
     *
     * @param event the event, as plain Java JSON values; it reaches the function as JSON (dates become ISO strings)
     */
    public FunctionResult call(String name, Map<String, ?> event) {
        return runtime.call(Objects.requireNonNull(name, "name"), event == null ? Map.of() : event, null);
    }

    /**
     * Calls a function as the mini-program user {@code caller}: {@code getWXContext()} reports its OPENID and APPID,
     * {@code event.userInfo} carries them, and the result's errMsg is {@code cloud.callFunction:ok}.
     */
    public FunctionResult call(String name, Map<String, ?> event, WxContext caller) {
        return runtime.call(Objects.requireNonNull(name, "name"), event == null ? Map.of() : event,
                Objects.requireNonNull(caller, "caller"));
    }

    /** The functions found in the configured roots. */
    public List<String> names() {
        return runtime.names();
    }

    /** The recording {@code cloud.openapi} stub of this environment. */
    public OpenApi openapi() {
        return openApi;
    }
}
