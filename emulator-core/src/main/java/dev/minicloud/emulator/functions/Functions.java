package dev.minicloud.emulator.functions;

import dev.minicloud.emulator.functions.call.FunctionCall;
import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.functions.call.OpenApi;
import dev.minicloud.emulator.functions.call.TimerTrigger;
import dev.minicloud.emulator.functions.call.WxContext;
import dev.minicloud.emulator.internal.functions.FunctionRunner;
import dev.minicloud.emulator.internal.functions.triggers.TriggerScheduler;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The environment's cloud functions: the team's real folders ({@code <root>/<name>/index.js} with their
 * {@code package.json}, {@code config.json} and {@code node_modules}), run unmodified in Rhino.
 *
 * <pre>{@code
 * FunctionResult r = env.functions().call("addTodo", Map.of("title", "write tests"), WxContext.ofOpenId("o_alice"));
 * assertThat(r.succeeded()).isTrue();
 * assertThat(r.result()).isEqualTo(Map.of("ok", true));
 *
 * Functions alice = env.functions().as(WxContext.ofOpenId("o_alice"));
 * alice.call("addTodo", Map.of("title", "again")); // a client call from o_alice
 * }</pre>
 *
 * <p>A call with an identity is a client call, as from {@code wx.cloud.callFunction} in the mini-program; a call
 * without one is a server-side call, as from another function or an admin script. {@link #call(String, Map)} uses
 * {@link #caller()}: the one given to {@link #as}, else the configuration's default caller, else none.
 *
 * <p>Immutable views over one environment's functions; calls are thread-safe: concurrent calls of one function run in
 * separate warm instances, as SCF scales containers.
 */
public final class Functions {
    private final FunctionRunner runtime;
    private final OpenApi openApi;
    private final WxContext caller;
    private final TriggerScheduler triggers;

    /** Used by the environment; tests get theirs from {@code CloudEnvironment.functions()}. */
    Functions(FunctionRunner runtime, OpenApi openApi, WxContext caller, TriggerScheduler triggers) {
        this.runtime = runtime;
        this.openApi = openApi;
        this.caller = caller;
        this.triggers = triggers;
    }

    /**
     * Calls a function as {@link #caller()}: a client call if there is one, else a server-side call, whose
     * {@code getWXContext()} has no OPENID.
     *
     * @param event the event, as plain Java JSON values; it reaches the function as JSON (dates become ISO strings)
     */
    public FunctionResult call(String name, Map<String, ?> event) {
        return runtime.call(Objects.requireNonNull(name, "name"), event == null ? Map.of() : event, caller);
    }

    /**
     * Calls a function as the mini-program user {@code caller}: {@code getWXContext()} reports its OPENID and APPID,
     * {@code event.userInfo} carries them, and the result's errMsg is {@code cloud.callFunction:ok}.
     */
    public FunctionResult call(String name, Map<String, ?> event, WxContext caller) {
        return runtime.call(Objects.requireNonNull(name, "name"), event == null ? Map.of() : event,
                Objects.requireNonNull(caller, "caller"));
    }

    /** The same functions, called by default as the mini-program user {@code caller}. */
    public Functions as(WxContext caller) {
        return new Functions(runtime, openApi, Objects.requireNonNull(caller, "caller"), triggers);
    }

    /** The same functions, called by default from the server side. */
    public Functions asServer() {
        return new Functions(runtime, openApi, null, triggers);
    }

    /** Who {@link #call(String, Map)} calls as; empty for server-side calls. */
    public Optional<WxContext> caller() {
        return Optional.ofNullable(caller);
    }

    /**
     * The calls made in this environment so far, oldest first, nested calls included: the last 1,000, each with its
     * result and logs. {@code CloudEnvironment.reset()} forgets them.
     */
    public List<FunctionCall> calls() {
        return runtime.calls();
    }

    /** The functions found in the configured roots. */
    public List<String> names() {
        return runtime.names();
    }

    /**
     * The timer triggers the functions' {@code config.json} files declare, by function and name. They fire when the
     * environment's clock passes their time (see {@code docs/functions.md}, "Timer triggers").
     */
    public List<TimerTrigger> triggers() {
        return triggers.triggers();
    }

    /**
     * Fires a timer trigger now: the function runs with {@code {Type: 'Timer', TriggerName, Time, Message}}, Time
     * being the clock's current second, and the call is recorded like any other.
     *
     * @throws IllegalArgumentException if {@code function} has no trigger named {@code trigger}
     */
    public FunctionResult fireTrigger(String function, String trigger) {
        return triggers.fire(Objects.requireNonNull(function, "function"), Objects.requireNonNull(trigger, "trigger"));
    }

    /** The recording {@code cloud.openapi} stub of this environment. */
    public OpenApi openapi() {
        return openApi;
    }
}
