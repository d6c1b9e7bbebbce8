package dev.minicloud.emulator.internal.functions;

import dev.minicloud.emulator.functions.call.FunctionCall;
import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.functions.call.FunctionRuntime;
import dev.minicloud.emulator.functions.call.WxContext;
import dev.minicloud.emulator.internal.admin.AdminEndpoint;
import dev.minicloud.emulator.internal.common.MovableClock;
import dev.minicloud.emulator.internal.common.RequestIds;
import dev.minicloud.emulator.internal.functions.bridge.HostBridge;
import dev.minicloud.emulator.internal.functions.node.NodeInstance;
import dev.minicloud.emulator.internal.functions.node.NodeSettings;
import dev.minicloud.emulator.internal.common.http.OutboundHttp;
import dev.minicloud.emulator.internal.functions.runtime.Budget;
import dev.minicloud.emulator.internal.functions.runtime.BudgetExceeded;
import dev.minicloud.emulator.internal.functions.runtime.JsRuntime;
import dev.minicloud.emulator.internal.functions.runtime.SandboxContextFactory;
import dev.minicloud.emulator.internal.functions.triggers.TriggerConfig;
import dev.minicloud.emulator.internal.functions.triggers.TriggerSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * The functions of one environment: finds them in the configured roots, keeps warm instances per function (one
 * per concurrent call, as SCF scales containers), runs calls and nested calls, and stops everything when the
 * environment closes.
 */
public final class FunctionRunner implements AutoCloseable {
    /** Nested {@code cloud.callFunction} calls deeper than this fail instead of exhausting threads. */
    static final int MAX_NESTING = 16;
    /** The stack of a function's thread: room for {@link SandboxContextFactory#MAX_STACK_DEPTH} calls. */
    public static final long STACK_BYTES = 256L << 20;
    /** How long {@link #reset()} waits for stopped invocations to end. */
    private static final Duration RESET_WAIT = Duration.ofSeconds(2);

    private final List<Path> roots;
    private final FunctionServices services;
    private final HostBridge bridge;
    private final Map<String, FunctionDefinition> definitions = new ConcurrentHashMap<>();
    private final Map<String, Deque<WarmInstance>> idle = new ConcurrentHashMap<>();
    private final Set<Invocation> running = ConcurrentHashMap.newKeySet();
    private final CallHistory history = new CallHistory();
    /**
     * Every invocation runs on a thread of its own with a large stack, whatever thread called: Rhino recurses on the
     * Java stack wherever JavaScript calls through a built-in ({@code map}, {@code call}, getters), and a caller's
     * thread may have a small one.
     */
    private final CallThreads workers = new CallThreads("minicloud-function-", STACK_BYTES);
    private final FunctionRuntime defaultRuntime;
    private final String nodeExecutable;
    /** The environment's admin endpoint, started when the first Node instance needs it. */
    private volatile Supplier<AdminEndpoint> adminEndpoint;
    private volatile boolean closed;

    public FunctionRunner(List<Path> roots, String envId, String appId, MovableClock clock,
            dev.minicloud.emulator.internal.database.engine.DatabaseEngine database,
            dev.minicloud.emulator.internal.files.StorageService storage,
            dev.minicloud.emulator.functions.call.OpenApi openApi, OutboundHttp http,
            Map<String, String> processEnv, Duration timeout, long memoryBudgetBytes, Path transpileCache,
            FunctionRuntime defaultRuntime, String nodeExecutable) {
        this.roots = List.copyOf(roots);
        this.defaultRuntime = defaultRuntime;
        this.nodeExecutable = nodeExecutable;
        this.services = new FunctionServices(envId, appId, clock, database, storage, openApi, http, this::callNested,
                Map.copyOf(processEnv), timeout, memoryBudgetBytes, transpileCache);
        this.bridge = new HostBridge(services);
    }

    /** How Node instances reach the environment: its admin endpoint, started on first use. */
    public void useAdminEndpoint(Supplier<AdminEndpoint> endpoint) {
        this.adminEndpoint = endpoint;
    }

    /** The names of the functions found in the roots, sorted. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (Path root : roots) {
            try (var dirs = Files.list(root)) {
                dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
                        .filter(n -> definition(n) != null && !names.contains(n)).forEach(names::add);
            } catch (java.io.IOException e) {
                // A root that cannot be listed has no functions.
            }
        }
        Collections.sort(names);
        return names;
    }

    private FunctionDefinition definition(String name) {
        if (name == null || name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            return null;
        }
        return definitions.computeIfAbsent(name, n -> {
            for (Path root : roots) {
                FunctionDefinition d = FunctionDefinition.read(n, root.resolve(n), services.defaultTimeout());
                if (d != null) {
                    return d;
                }
            }
            return null;
        });
    }

    /** A call from the test, from a client identity or (null) from the server side. */
    public FunctionResult call(String name, Object event, WxContext identity) {
        String source = identity == null ? "wx_unknown" : (identity.source() != null ? identity.source() : "wx_client");
        Invocation.Caller caller = new Invocation.Caller(identity, source, 0);
        return onWorker(caller, () -> call(name, event, caller));
    }

    /**
     * A call from a timer trigger: server-side, with {@code SOURCE: 'wx_trigger'}, recorded like any call.
     */
    public FunctionResult callFromTrigger(String name, Object event) {
        Invocation.Caller caller = new Invocation.Caller(null, "wx_trigger", 0);
        return onWorker(caller, () -> call(name, event, caller));
    }

    /** The timer triggers declared by every function in the roots, checked as the developer tools check them. */
    public List<TriggerSpec> triggers() {
        List<TriggerSpec> specs = new ArrayList<>();
        for (String name : names()) {
            specs.addAll(TriggerConfig.read(name, definition(name).dir()));
        }
        return specs;
    }

    private FunctionResult callNested(String name, Object data, Invocation.Caller caller) {
        if (caller.depth() > MAX_NESTING) {
            return notCallable(caller, "nested callFunction deeper than " + MAX_NESTING + " calls");
        }
        return onWorker(caller, () -> call(name, data, caller));
    }

    private FunctionResult onWorker(Invocation.Caller caller, Callable<FunctionResult> work) {
        if (closed) {
            throw new IllegalStateException("the environment is closed");
        }
        try {
            return workers.run(work);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (caller.depth() > 0) {
                throw new BudgetExceeded(BudgetExceeded.Kind.CANCELLED, "interrupted");
            }
            throw new IllegalStateException("interrupted while the function ran", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private FunctionResult call(String name, Object event, Invocation.Caller caller) {
        if (closed) {
            throw new IllegalStateException("the environment is closed");
        }
        Object received = caller.isClient() ? withUserInfo(event, caller.identity()) : event;
        Instant startedAt = services.clock().instant();
        FunctionResult result = invoke(name, received, caller);
        history.record(new FunctionCall(name, caller.identity(), caller.depth() > 0, received, startedAt, result));
        return result;
    }

    private FunctionResult invoke(String name, Object event, Invocation.Caller caller) {
        FunctionDefinition def = definition(name);
        if (def == null) {
            return notCallable(caller, "-501000 FunctionName parameter could not be found");
        }
        WarmInstance instance = take(def);
        Budget budget = new Budget(def.timeout().toNanos(), services.memoryBudgetBytes());
        Invocation inv = new Invocation(RequestIds.next(), def, caller, services.clock(), budget);
        running.add(inv);
        try {
            return instance.invoke(inv, event);
        } finally {
            running.remove(inv);
            if (!instance.isBroken() && !closed) {
                idle.computeIfAbsent(def.name(), n -> new ConcurrentLinkedDeque<>()).push(instance);
            } else {
                instance.discard();
            }
        }
    }

    private WarmInstance take(FunctionDefinition def) {
        Deque<WarmInstance> pool = idle.get(def.name());
        for (WarmInstance warm; pool != null && (warm = pool.poll()) != null; ) {
            if (!warm.isBroken()) {
                return warm;
            }
            // A Node process that ended while idle (a timer's process.exit, a crash) serves no more.
            warm.discard();
        }
        FunctionRuntime runtime = def.runtime() != null ? def.runtime() : defaultRuntime;
        if (runtime == FunctionRuntime.NODE) {
            return new NodeInstance(def, services, bridge, new NodeSettings(nodeExecutable,
                    (int) Math.max(16, services.memoryBudgetBytes() >> 20), adminEndpoint.get()));
        }
        // An instance builds its realm on its first call, so functions that are never called never pay for one.
        return new FunctionInstance(JsRuntime.shared(), def, services, bridge);
    }

    /** A client call adds {@code event.userInfo = {appId, openId}}, as the platform does. */
    private Object withUserInfo(Object event, WxContext identity) {
        Map<String, Object> copy = new LinkedHashMap<>();
        if (event instanceof Map<?, ?> m) {
            m.forEach((k, v) -> copy.put(String.valueOf(k), v));
        }
        Map<String, Object> userInfo = new LinkedHashMap<>();
        userInfo.put("appId", identity.appId() != null ? identity.appId() : services.appId());
        userInfo.put("openId", identity.openId());
        copy.put("userInfo", userInfo);
        return copy;
    }

    private static FunctionResult notCallable(Invocation.Caller caller, String failure) {
        String api = caller.isClient() ? "cloud.callFunction" : "callFunction";
        int code = failure.startsWith("-501000") ? -501000 : -1;
        return new FunctionResult(null, RequestIds.next(), api + ":fail " + failure, code, null, List.of(),
                Duration.ZERO);
    }

    /** The calls made so far, oldest first (at most {@value CallHistory#CAPACITY}). */
    public List<FunctionCall> calls() {
        return history.calls();
    }

    /**
     * Back to a cold start: stops running invocations, drops warm instances (so no module state survives) and forgets
     * the calls. Waits briefly for stopped invocations to finish.
     */
    public void reset() {
        stopAll();
        long deadline = System.nanoTime() + RESET_WAIT.toNanos();
        while (!running.isEmpty() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(100_000);
        }
        discardIdle();
        history.clear();
    }

    private void stopAll() {
        for (Invocation inv : running) {
            inv.budget.cancel();
        }
        discardIdle();
    }

    /** Drops the warm instances, ending their processes. */
    private void discardIdle() {
        for (Deque<WarmInstance> pool : idle.values()) {
            for (WarmInstance warm; (warm = pool.poll()) != null; ) {
                warm.discard();
            }
        }
        idle.clear();
    }

    /** Stops running invocations at their next check and drops warm instances. */
    @Override
    public void close() {
        closed = true;
        stopAll();
        workers.close();
    }
}
