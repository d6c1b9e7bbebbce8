package dev.minicloud.emulator.internal.functions;

import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.internal.common.json.JsonCodec;
import dev.minicloud.emulator.internal.common.json.JsonCodec.DateStyle;
import dev.minicloud.emulator.internal.functions.bridge.HostBridge;
import dev.minicloud.emulator.internal.functions.modules.ModuleLoader;
import dev.minicloud.emulator.internal.functions.modules.ModulePaths;
import dev.minicloud.emulator.internal.functions.node.HttpHost;
import dev.minicloud.emulator.internal.functions.node.NodeHost;
import dev.minicloud.emulator.internal.functions.node.ProcessEnv;
import dev.minicloud.emulator.internal.functions.node.ZlibHost;
import dev.minicloud.emulator.internal.functions.runtime.BudgetExceeded;
import dev.minicloud.emulator.internal.functions.runtime.ErrorInfo;
import dev.minicloud.emulator.internal.functions.runtime.EventLoop;
import dev.minicloud.emulator.internal.functions.runtime.JsRuntime;
import dev.minicloud.emulator.internal.functions.runtime.Running;
import dev.minicloud.emulator.internal.functions.runtime.SandboxContextFactory;
import dev.minicloud.emulator.internal.functions.runtime.StackMapper;
import dev.minicloud.emulator.internal.functions.runtime.ThrownValue;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.mozilla.javascript.BaseFunction;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.EcmaError;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.JavaScriptException;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.NativeJSON;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.TopLevel;
import org.mozilla.javascript.Undefined;
import org.mozilla.javascript.json.JsonParser;

/**
 * One warm container of one function: its own realm (global object and built-ins), its module cache and its
 * {@code process}. Module-level state survives between invocations, as in SCF; an instance serves one invocation at
 * a time, so concurrent calls use several instances.
 */
public final class FunctionInstance implements WarmInstance {
    /** Result size limit: a larger result fails with -604001. */
    public static final int MAX_RESULT_BYTES = 1024 * 1024;

    private static final Set<String> JS_MODULES = Set.of("path", "util", "events", "stream", "url", "punycode",
            "dns", "http2");
    private static final Set<String> MISC_MODULES = Set.of("assert", "querystring", "os", "timers", "timers/promises",
            "string_decoder");
    private static final Set<String> HTTP_MODULES = Set.of("http", "https");
    private static final Set<String> OFFLINE_MODULES = Set.of("net", "tls", "dgram", "child_process", "cluster",
            "worker_threads", "readline", "vm", "v8", "inspector", "perf_hooks", "async_hooks", "repl", "tty",
            "module");

    private final JsRuntime runtime;
    private final FunctionDefinition def;
    private final FunctionServices services;
    private final HostBridge bridge;
    private final StackMapper stacks;
    private final Map<String, Scriptable> builtins = new HashMap<>();
    private final ModuleLoader loader;
    private final TopLevel global;
    private Scriptable process;
    private ProcessEnv env;
    private Callable main;
    private int mainArity;
    private boolean broken;

    FunctionInstance(JsRuntime runtime, FunctionDefinition def, FunctionServices services, HostBridge bridge) {
        this.runtime = runtime;
        this.def = def;
        this.services = services;
        this.bridge = bridge;
        this.stacks = new StackMapper(def.name() + "/");
        // Built before the first invocation starts, so that its cost is not charged to the function's time limit.
        this.global = runtime.factory().call(runtime::newGlobal);
        this.loader = newLoader();
    }

    FunctionDefinition definition() {
        return def;
    }

    @Override
    public boolean isBroken() {
        return broken;
    }

    /** A Rhino instance holds nothing outside the heap. */
    @Override
    public void discard() {
        broken = true;
    }

    @Override
    public FunctionResult invoke(Invocation inv, Object event) {
        long started = System.nanoTime();
        InvocationResults results = new InvocationResults(def, bridge);
        ColdStart phase = main == null ? ColdStart.INITIALISING : null;
        Context cx = runtime.factory().enterContext();
        try {
            cx.putThreadLocal(Running.KEY, inv);
            cx.putThreadLocal(SandboxContextFactory.BUDGET, inv.budget);
            if (phase != null) {
                inv.budget.restart(InvocationResults.INIT_TIMEOUT.toNanos());
                cx.setTimeZone(configuredZone());
                load(cx);
                phase = ColdStart.HANDLING;
                inv.budget.restart(def.timeout().toNanos());
            }
            cx.setTimeZone(env.zone());
            Outcome outcome = new Outcome();
            Object jsEvent = parseEvent(cx, JsonCodec.write(event, DateStyle.ISO_STRING));
            Object[] args = mainArity >= 3
                    ? new Object[] {jsEvent, context(cx, inv), callback(outcome)}
                    : new Object[] {jsEvent, context(cx, inv)};
            Object returned = main.call(cx, global, global, args);
            if (returned instanceof Scriptable s && ScriptableObject.getProperty(s, "then") instanceof Callable
                    || mainArity < 3) {
                outcome.follow(cx, global, returned);
            }
            runLoop(cx, inv, outcome);
            return finish(cx, inv, outcome, results, started);
        } catch (BudgetExceeded e) {
            broken = true;
            return results.budgetFailure(inv, e, started, phase);
        } catch (RhinoException e) {
            return results.failure(inv, render(e), started);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            broken = true;
            return results.engineFailure(inv, e, started);
        } finally {
            // A module that failed to load is not cached (as in Node): the next call starts a fresh instance.
            broken |= main == null;
            // Already done when the result was made; this covers an invocation ended by an unexpected exception.
            bridge.endInvocation(inv);
            cx.removeThreadLocal(Running.KEY);
            cx.removeThreadLocal(SandboxContextFactory.BUDGET);
            Context.exit();
        }
    }

    /**
     * The event as a JavaScript value. Rhino's parser directly: {@code JSON.parse} without a reviver is not public,
     * and an identity reviver would walk the whole event once more.
     */
    private Object parseEvent(Context cx, String json) {
        try {
            return new JsonParser(cx, global).parseValue(json);
        } catch (JsonParser.ParseException e) {
            throw new IllegalStateException("the event's own JSON did not parse", e);
        }
    }

    /** The zone before the instance's {@code process.env} exists: from configuration, else UTC as on SCF. */
    private TimeZone configuredZone() {
        return ProcessEnv.zoneOf(def.envVariables().getOrDefault("TZ", services.processEnv().get("TZ")));
    }

    private ErrorInfo render(RhinoException e) {
        ThrownValue.Reader reader = new ThrownValue.Reader();
        ErrorInfo error = ErrorInfo.of(e, stacks, reader);
        broken |= reader.interrupted();
        return error;
    }

    private ErrorInfo render(Object thrown) {
        ThrownValue.Reader reader = new ThrownValue.Reader();
        ErrorInfo error = ErrorInfo.of(thrown, stacks, reader);
        broken |= reader.interrupted();
        return error;
    }

    // ---------------------------------------------------------------------------------------- loading

    private void load(Context cx) {
        global.defineProperty("globalThis", global, ScriptableObject.DONTENUM);
        global.defineProperty("global", global, ScriptableObject.DONTENUM);
        process = newProcess(cx);
        global.defineProperty("process", process, ScriptableObject.DONTENUM);
        ((Function) runtime.compileResource(cx, "node/node_url_globals.js").exec(cx, global, global))
                .call(cx, global, global, new Object[] {global, loader.requireFunction("")});
        Object exported = loader.require(cx, "./" + def.entry(), "");
        Object handler = exported instanceof Scriptable s ? ScriptableObject.getProperty(s, "main") : null;
        if (!(handler instanceof Callable fn)) {
            throw ScriptRuntime.constructError("Error", "Handler not found: " + def.entry()
                    + " must export a function named main (exports.main = async (event, context) => {...})");
        }
        main = fn;
        mainArity = fn instanceof BaseFunction b ? b.getArity() : 2;
    }

    private Scriptable newProcess(Context cx) {
        Map<String, String> vars = new HashMap<>();
        vars.put("SCF_FUNCTIONNAME", def.name());
        vars.put("SCF_NAMESPACE", services.envId());
        vars.put("TCB_ENV", services.envId());
        vars.put("TENCENTCLOUD_RUNENV", "SCF");
        vars.putAll(services.processEnv());
        vars.putAll(def.envVariables());
        env = new ProcessEnv(global, vars);
        Function factory = (Function) runtime.compileResource(cx, "node/node_process.js").exec(cx, global, global);
        return (Scriptable) factory.call(cx, global, global, new Object[] {NodeHost.process(global), env});
    }

    private ModuleLoader newLoader() {
        return new ModuleLoader(runtime, global, def.dir(), def.name() + "/", NodeHost.VIRTUAL_ROOT, stacks,
                services.transpileCache()).rules((request, fromDir) -> ModulePaths.resolve(def.dir(), request, fromDir),
                        new ModuleLoader.Builtins() {
                            @Override
                            public boolean has(String name) {
                                String bare = bare(name);
                                return bare.equals("wx-server-sdk") || isBuiltin(bare);
                            }

                            @Override
                            public Object load(Context cx, String name) {
                                return builtin(cx, bare(name));
                            }
                        }, this::notFound);
    }

    private static String bare(String request) {
        return request.startsWith("node:") ? request.substring(5) : request;
    }

    private RuntimeException notFound(Context cx, String request, String fromDir) {
        JavaScriptException e = loader.jsError(cx, "Error", "Cannot find module '" + request + "'\nRequire stack:\n- "
                + NodeHost.VIRTUAL_ROOT + "/" + (fromDir.isEmpty() ? def.entry() : fromDir));
        ScriptableObject.putProperty((Scriptable) e.getValue(), "code", "MODULE_NOT_FOUND");
        return e;
    }

    private static boolean isBuiltin(String name) {
        return JS_MODULES.contains(name) || MISC_MODULES.contains(name) || OFFLINE_MODULES.contains(name)
                || HTTP_MODULES.contains(name)
                || name.equals("crypto") || name.equals("zlib") || name.equals("fs") || name.equals("fs/promises")
                || name.equals("buffer")
                || name.equals("process");
    }

    private Object builtin(Context cx, String name) {
        Scriptable cached = builtins.get(name);
        if (cached != null) {
            return ScriptableObject.getProperty(cached, "exports");
        }
        Scriptable module = cx.newObject(global);
        ScriptableObject.putProperty(module, "exports", cx.newObject(global));
        builtins.put(name, module);
        switch (name) {
            case "buffer" -> ScriptableObject.putProperty((Scriptable) ScriptableObject.getProperty(module, "exports"),
                    "Buffer", ScriptableObject.getProperty(global, "Buffer"));
            case "process" -> ScriptableObject.putProperty(module, "exports", process);
            case "fs/promises" -> ScriptableObject.putProperty(module, "exports",
                    ScriptableObject.getProperty((Scriptable) builtin(cx, "fs"), "promises"));
            default -> {
                String resource;
                Object host = Undefined.instance;
                Object shared = Undefined.instance;
                if (name.equals("wx-server-sdk")) {
                    shared = runtime.compileResource(cx, "sdk/cloud_database.js").exec(cx, global, global);
                    resource = "sdk/wx_server_sdk.js";
                    host = new LambdaFunction(global, "host", 2, (c, s, self, a) -> bridge.handle(
                            (Invocation) Running.current(c), ScriptRuntime.toString(a[0]), a[1]));
                } else if (name.equals("crypto")) {
                    resource = "node/node_crypto.js";
                    host = NodeHost.crypto(global);
                } else if (name.equals("zlib")) {
                    resource = "node/node_zlib.js";
                    host = ZlibHost.create(global);
                } else if (name.equals("fs")) {
                    resource = "node/node_fs.js";
                    host = NodeHost.fs(global, def.dir());
                } else if (HTTP_MODULES.contains(name)) {
                    resource = "node/node_http.js";
                    host = HttpHost.create(global, services.http(), def.name());
                } else if (JS_MODULES.contains(name)) {
                    resource = "node/node_" + name + ".js";
                    if (name.equals("url")) {
                        shared = runtime.compileResource(cx, "node/node_whatwg_url.js").exec(cx, global, global);
                    }
                } else if (MISC_MODULES.contains(name)) {
                    resource = "node/node_misc.js";
                } else {
                    resource = "node/node_offline.js";
                }
                Function factory = (Function) runtime.compileResource(cx, resource).exec(cx, global, global);
                factory.call(cx, global, global, new Object[] {ScriptableObject.getProperty(module, "exports"),
                        loader.requireFunction(""), module, host, name, shared});
            }
        }
        return ScriptableObject.getProperty(module, "exports");
    }

    // ---------------------------------------------------------------------------------------- invocation

    /** The legacy {@code (event, context, callback)} form: {@code callback(err, result)}. */
    private LambdaFunction callback(Outcome outcome) {
        return new LambdaFunction(global, "callback", 2, (cx, scope, self, args) -> {
            Object err = args.length > 0 ? args[0] : Undefined.instance;
            if (err != null && err != Undefined.instance) {
                outcome.reject(err);
            } else {
                outcome.resolve(args.length > 1 ? args[1] : Undefined.instance);
            }
            return Undefined.instance;
        });
    }

    private Scriptable context(Context cx, Invocation inv) {
        Scriptable c = cx.newObject(global);
        ScriptableObject.putProperty(c, "request_id", inv.requestId);
        ScriptableObject.putProperty(c, "function_name", def.name());
        ScriptableObject.putProperty(c, "function_version", "$LATEST");
        ScriptableObject.putProperty(c, "namespace", services.envId());
        ScriptableObject.putProperty(c, "memory_limit_in_mb", 256);
        ScriptableObject.putProperty(c, "time_limit_in_ms", (double) def.timeout().toMillis());
        ScriptableObject.putProperty(c, "environ", "TCB_ENV=" + services.envId() + ";SCF_NAMESPACE="
                + services.envId());
        ScriptableObject.putProperty(c, "callbackWaitsForEmptyEventLoop", true);
        return c;
    }

    /**
     * Node's event loop for one invocation: microtasks, then the next timer; on a frozen clock, time jumps to the
     * timer (and the environment's clock moves with it), on a running clock the thread waits for it.
     */
    private void runLoop(Context cx, Invocation inv, Outcome outcome) {
        long virtualDeadline = -1;
        while (true) {
            cx.processMicrotasks();
            if (outcome.settled) {
                return;
            }
            EventLoop.Timer next = inv.loop.peek();
            if (next == null) {
                inv.log("warn", "the function's promise never settled and nothing else was scheduled;"
                        + " the service would wait until the time limit");
                throw new BudgetExceeded(BudgetExceeded.Kind.TIME, "never settled");
            }
            long now = inv.clock().millis();
            if (next.dueMillis() > now) {
                if (inv.clock().isFrozen()) {
                    if (virtualDeadline < 0) {
                        virtualDeadline = now + def.timeout().toMillis();
                    }
                    if (next.dueMillis() > virtualDeadline) {
                        throw new BudgetExceeded(BudgetExceeded.Kind.TIME, "timer beyond the time limit");
                    }
                    inv.clock().advance(Duration.ofMillis(next.dueMillis() - now));
                } else {
                    sleepUntil(inv, next.dueMillis() - now);
                    continue;
                }
            }
            inv.loop.take();
            try {
                next.fn().call(cx, global, global, next.args());
            } catch (JavaScriptException e) {
                outcome.reject(e.getValue());
            } catch (EcmaError e) {
                outcome.reject(errorValue(cx, e));
            }
        }
    }

    private static void sleepUntil(Invocation inv, long waitMillis) {
        long remaining = inv.budget.remainingNanos() / 1_000_000;
        try {
            Thread.sleep(Math.max(0, Math.min(waitMillis, remaining)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BudgetExceeded(BudgetExceeded.Kind.CANCELLED, "interrupted");
        }
        inv.budget.checkMemory();
    }

    private Object errorValue(Context cx, EcmaError e) {
        Scriptable err = cx.newObject(global, e.getName(), new Object[] {e.getErrorMessage()});
        ScriptableObject.putProperty(err, "stack", e.getScriptStackTrace());
        return err;
    }

    private FunctionResult finish(Context cx, Invocation inv, Outcome outcome, InvocationResults results,
            long started) {
        if (outcome.rejected) {
            return results.failure(inv, render(outcome.value), started);
        }
        // A last allocation (a string flattened on return) may not have met a sampled check yet.
        inv.budget.checkMemory();
        Object json = NativeJSON.stringify(cx, global, outcome.value, null, null);
        Object result = null;
        if (json instanceof CharSequence text) {
            // A UTF-8 character takes at most three bytes per UTF-16 unit: most results need no encoding to pass.
            if (text.length() > MAX_RESULT_BYTES / 3
                    && text.toString().getBytes(StandardCharsets.UTF_8).length > MAX_RESULT_BYTES) {
                return results.tooLarge(inv, started);
            }
            result = JsonCodec.parse(text.toString(), true, false);
        }
        return results.success(inv, result, started);
    }
}
