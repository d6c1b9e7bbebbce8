package dev.minicloud.emulator.internal.functions.node;

import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.functions.call.WxContext;
import dev.minicloud.emulator.internal.admin.AdminDoor;
import dev.minicloud.emulator.internal.admin.AdminEndpoint;
import dev.minicloud.emulator.internal.functions.ColdStart;
import dev.minicloud.emulator.internal.functions.FunctionDefinition;
import dev.minicloud.emulator.internal.functions.FunctionInstance;
import dev.minicloud.emulator.internal.functions.FunctionServices;
import dev.minicloud.emulator.internal.functions.Invocation;
import dev.minicloud.emulator.internal.functions.InvocationResults;
import dev.minicloud.emulator.internal.functions.WarmInstance;
import dev.minicloud.emulator.internal.functions.bridge.HostBridge;
import dev.minicloud.emulator.internal.functions.runtime.BudgetExceeded;
import dev.minicloud.emulator.internal.functions.runtime.ErrorInfo;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A warm instance of a {@link dev.minicloud.emulator.functions.call.FunctionRuntime#NODE} function: a {@code node}
 * process running the function's own entry file with its own {@code node_modules}, its SDK pointed at the
 * environment's admin endpoint through {@code TCB_CONTEXT_CNFG}. The caller of each invocation reaches
 * {@code getWXContext()} through {@code WX_CONTEXT_KEYS} and the {@code WX_*} variables, as on SCF.
 *
 * <p>Time limits are real time, checked every few milliseconds: loading the module has the platform's
 * initialisation limit, each call the function's timeout, and running out kills the process (-504003). A process
 * that ends during a call ({@code process.exit}, a crash, the heap limit) fails it with -504002. Either way the
 * instance is not used again.
 */
public final class NodeInstance implements WarmInstance {
    private static final Duration SLICE = Duration.ofMillis(20);

    private final FunctionDefinition def;
    private final FunctionServices services;
    private final InvocationResults results;
    private final HostBridge bridge;
    private final NodeProcess process;
    /** The admin endpoint's URL for this instance: its requests run as the invocation it serves. */
    private final AdminDoor door;
    /** Lines logged while the module loaded, given to the first invocation. */
    private final List<NodeProcess.Output> loadOutput = new java.util.ArrayList<>();
    private boolean loaded;
    private boolean broken;

    /**
     * Starts the process.
     *
     * @throws IllegalStateException if node cannot be started, saying how to install it
     */
    public NodeInstance(FunctionDefinition def, FunctionServices services, HostBridge bridge, NodeSettings node) {
        this.def = def;
        this.services = services;
        this.results = new InvocationResults(def, bridge);
        this.bridge = bridge;
        this.door = node.adminEndpoint().door(new NodeScope(bridge, services, def.name(), null, this));
        try {
            this.process = new NodeProcess(node.executable(), node.heapMegabytes(), def.dir(), def.entry(),
                    environment(door.url()));
        } catch (IOException e) {
            door.close();
            throw new IllegalStateException("function " + def.name() + " runs in Node (FunctionRuntime.NODE), but '"
                    + node.executable() + "' cannot be started (" + e.getMessage() + "). Install Node.js 18 or later"
                    + " (https://nodejs.org, or apt-get install nodejs), put node on the PATH or name it with"
                    + " EmulatorConfiguration.Builder.setNodeExecutable, or run the function in Rhino"
                    + " (FunctionRuntime.RHINO, the default).", e);
        }
    }

    /** The process's whole environment: what SCF sets, the configured variables, the function's own. */
    private Map<String, String> environment(URI adminEndpoint) {
        Map<String, String> env = new LinkedHashMap<>();
        String path = System.getenv("PATH");
        if (path != null) {
            env.put("PATH", path);
        }
        env.put("HOME", System.getProperty("java.io.tmpdir"));
        env.putAll(AdminEndpoint.sdkVariables(adminEndpoint, services.envId()));
        env.put("SCF_FUNCTIONNAME", def.name());
        env.putAll(services.processEnv());
        env.putAll(def.envVariables());
        return env;
    }

    @Override
    public boolean isBroken() {
        return broken || !process.isAlive();
    }

    @Override
    public void discard() {
        broken = true;
        process.kill();
        door.close();
    }

    @Override
    public FunctionResult invoke(Invocation inv, Object event) {
        long started = System.nanoTime();
        ColdStart phase = loaded ? null : ColdStart.INITIALISING;
        door.enter(new NodeScope(bridge, services, def.name(), inv, this));
        try {
            if (!loaded) {
                inv.budget.restart(InvocationResults.INIT_TIMEOUT.toNanos());
                process.send(Map.of("type", "load", "clock", clock(), "http", door.httpUrl().toString(), "direct",
                        direct()));
                Map<String, Object> loadError = awaitLoad(inv);
                loaded = true;
                phase = ColdStart.HANDLING;
                inv.budget.restart(def.timeout().toNanos());
                if (loadError != null) {
                    broken = true;
                    return results.failure(inv, error(loadError), started);
                }
            }
            process.send(request(inv, event));
            return awaitResult(inv, started);
        } catch (BudgetExceeded e) {
            discard();
            return results.budgetFailure(inv, e, started, phase);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            discard();
            return results.budgetFailure(inv, new BudgetExceeded(BudgetExceeded.Kind.CANCELLED, "interrupted"),
                    started, phase);
        } finally {
            door.leave();
        }
    }

    /**
     * The origins the runner sends to directly, not to the stubs: MiniCloud's own servers, which the SDK calls (the
     * admin endpoint, the temporary URLs it downloads from).
     */
    private List<String> direct() {
        URI door = this.door.url();
        return List.of(door.getScheme() + "://" + door.getAuthority(), services.storage().temporaryUrlOrigin());
    }

    /**
     * The environment's time for the runner's {@code Date}: a frozen clock's instant stands still during the
     * invocation, a running clock's goes on from it in real time.
     */
    private Map<String, Object> clock() {
        return Map.of("now", services.clock().millis(), "frozen", services.clock().isFrozen());
    }

    /** Waits for the module to load; its load error, or null. */
    private Map<String, Object> awaitLoad(Invocation inv) throws InterruptedException {
        while (true) {
            NodeProcess.Message m = next(inv);
            if (m instanceof NodeProcess.Marked k && "ready".equals(k.fields().get("type"))) {
                loadOutput.forEach(o -> inv.log(o.level(), o.line()));
                return null;
            } else if (m instanceof NodeProcess.Marked k && "loadError".equals(k.fields().get("type"))) {
                loadOutput.forEach(o -> inv.log(o.level(), o.line()));
                return k.fields();
            } else if (m instanceof NodeProcess.Marked k) {
                loadOutput.add(new NodeProcess.Output(String.valueOf(k.fields().get("level")),
                        String.valueOf(k.fields().get("message"))));
            } else if (m instanceof NodeProcess.Output o) {
                loadOutput.add(o);
            } else if (m instanceof NodeProcess.Ended e) {
                loadOutput.forEach(o -> inv.log(o.level(), o.line()));
                return exited(e);
            }
        }
    }

    private FunctionResult awaitResult(Invocation inv, long started) throws InterruptedException {
        while (true) {
            NodeProcess.Message m = next(inv);
            if (m instanceof NodeProcess.Output o) {
                inv.log(o.level(), o.line());
            } else if (m instanceof NodeProcess.Ended e) {
                broken = true;
                return results.failure(inv, error(exited(e)), started);
            } else if (m instanceof NodeProcess.Marked k) {
                Map<String, Object> f = k.fields();
                Object id = f.get("id");
                if (id != null && !id.equals(inv.requestId)) {
                    continue;
                }
                switch (String.valueOf(f.get("type"))) {
                    case "log" -> inv.log(String.valueOf(f.get("level")), String.valueOf(f.get("message")));
                    case "result" -> {
                        return k.length() > FunctionInstance.MAX_RESULT_BYTES ? results.tooLarge(inv, started)
                                : results.success(inv, f.get("value"), started);
                    }
                    case "error" -> {
                        return results.failure(inv, error(f), started);
                    }
                    default -> {
                        // A message of no invocation's: nothing to do.
                    }
                }
            }
        }
    }

    /** The next message; between slices the invocation's budget is checked, so time limits and stops apply. */
    private NodeProcess.Message next(Invocation inv) throws InterruptedException {
        while (true) {
            inv.budget.check();
            NodeProcess.Message m = process.next(SLICE);
            if (m != null) {
                return m;
            }
        }
    }

    private static Map<String, Object> exited(NodeProcess.Ended e) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", "Error");
        f.put("message", "the function's node process exited with code " + e.exitCode() + " (process.exit, a crash"
                + " or its heap limit)");
        f.put("stack", "");
        return f;
    }

    private static ErrorInfo error(Map<String, Object> f) {
        return new ErrorInfo(String.valueOf(f.get("name")), String.valueOf(f.get("message")),
                NodeProcess.frames(String.valueOf(f.get("stack"))));
    }

    private Map<String, Object> request(Invocation inv, Object event) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("request_id", inv.requestId);
        context.put("function_name", def.name());
        context.put("function_version", "$LATEST");
        context.put("namespace", services.envId());
        context.put("memory_limit_in_mb", 256);
        context.put("time_limit_in_ms", def.timeout().toMillis());
        context.put("environ", "TCB_ENV=" + services.envId() + ";SCF_NAMESPACE=" + services.envId());
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("type", "invoke");
        request.put("id", inv.requestId);
        request.put("clock", clock());
        request.put("event", event);
        request.put("context", context);
        request.put("env", callerEnvironment(inv));
        return request;
    }

    /**
     * What {@code getWXContext()} reads: {@code WX_CONTEXT_KEYS} names the {@code WX_*} variables of the caller
     * (none for a server-side call); {@code TCB_SOURCE} is the call's SOURCE. Variables of an earlier caller are
     * removed ({@code null}).
     */
    private Map<String, Object> callerEnvironment(Invocation inv) {
        Map<String, Object> env = new LinkedHashMap<>();
        for (String key : List.of("OPENID", "APPID", "UNIONID", "CLIENTIP")) {
            env.put("WX_" + key, null);
        }
        StringBuilder keys = new StringBuilder(",");
        if (inv.caller.isClient()) {
            WxContext identity = inv.caller.identity();
            identity.fields(services.appId()).forEach((k, v) -> {
                env.put("WX_" + k, v);
                keys.append("WX_").append(k).append(',');
            });
        }
        env.put("WX_CONTEXT_KEYS", keys.toString());
        env.put("TCB_SOURCE", inv.caller.source());
        return env;
    }
}
