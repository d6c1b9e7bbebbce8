package dev.minicloud.emulator.internal.js;

import dev.minicloud.emulator.functions.FunctionResult;
import dev.minicloud.emulator.internal.json.JsonCodec;
import dev.minicloud.emulator.internal.json.JsonCodec.DateStyle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.mozilla.javascript.BaseFunction;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.EcmaError;
import org.mozilla.javascript.EvaluatorException;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.JavaScriptException;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.NativeJSON;
import org.mozilla.javascript.NativeObject;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * One warm container of one function: its own realm (global object and built-ins), its module cache and its
 * {@code process}. Module-level state survives between invocations, as in SCF; an instance serves one invocation at
 * a time, so concurrent calls use several instances.
 */
final class FunctionInstance {
    /** Result size limit: a larger result fails with -604001. */
    static final int MAX_RESULT_BYTES = 1024 * 1024;

    private static final Set<String> JS_MODULES = Set.of("path", "util", "events");
    private static final Set<String> MISC_MODULES = Set.of("assert", "querystring", "os", "timers", "timers/promises",
            "string_decoder");
    private static final Set<String> OFFLINE_MODULES = Set.of("http", "https", "http2", "net", "tls", "dgram", "dns",
            "child_process", "cluster", "worker_threads", "readline", "vm", "v8", "inspector", "zlib", "stream",
            "url", "perf_hooks", "async_hooks", "repl", "tty", "module");

    private final JsRuntime runtime;
    private final FunctionDefinition def;
    private final FunctionServices services;
    private final HostBridge bridge;
    private final StackMapper stacks;
    private final Map<String, Scriptable> modules = new HashMap<>();
    private final NativeObject global;
    private Scriptable process;
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
    }

    FunctionDefinition definition() {
        return def;
    }

    /** Whether the instance must not serve again: it was stopped mid-run and its state is unknown. */
    boolean isBroken() {
        return broken;
    }

    /** Runs one invocation to its end on the calling thread. */
    FunctionResult invoke(Invocation inv, Object event) {
        long started = System.nanoTime();
        Context cx = runtime.factory().enterContext();
        try {
            cx.putThreadLocal(Running.KEY, inv);
            cx.putThreadLocal(SandboxContextFactory.BUDGET, inv.budget);
            cx.setTimeZone(timeZone());
            if (main == null) {
                load(cx);
            }
            Outcome outcome = new Outcome();
            Object jsEvent = NativeJSON.parse(cx, global, JsonCodec.write(event, DateStyle.ISO_STRING),
                    (c, s, t, a) -> a[1]);
            Object[] args = mainArity >= 3
                    ? new Object[] {jsEvent, context(cx, inv), callback(outcome)}
                    : new Object[] {jsEvent, context(cx, inv)};
            Object returned = main.call(cx, global, global, args);
            if (returned instanceof Scriptable s && ScriptableObject.getProperty(s, "then") instanceof Callable then) {
                then.call(cx, global, s, new Object[] {settle(outcome, true), settle(outcome, false)});
            } else if (mainArity < 3) {
                outcome.resolve(returned);
            }
            runLoop(cx, inv, outcome);
            return finish(cx, inv, outcome, started);
        } catch (BudgetExceeded e) {
            broken = true;
            return budgetFailure(inv, e, started);
        } catch (RhinoException e) {
            return failure(inv, ErrorInfo.of(e, stacks), started);
        } catch (StackOverflowError e) {
            broken = true;
            return failure(inv, new ErrorInfo("RangeError", "Maximum call stack size exceeded", List.of()), started);
        } catch (OutOfMemoryError e) {
            broken = true;
            return failure(inv, new ErrorInfo("RangeError", "out of memory: the function allocated more than the JVM"
                    + " could give it", List.of()), started);
        } finally {
            // Already done when the result was made; this covers an invocation ended by an unexpected exception.
            bridge.endInvocation(inv);
            cx.removeThreadLocal(Running.KEY);
            cx.removeThreadLocal(SandboxContextFactory.BUDGET);
            Context.exit();
        }
    }

    private TimeZone timeZone() {
        String tz = def.envVariables().getOrDefault("TZ", services.processEnv().get("TZ"));
        if (tz != null) {
            try {
                return TimeZone.getTimeZone(ZoneId.of(tz));
            } catch (java.time.DateTimeException e) {
                return TimeZone.getTimeZone("UTC");
            }
        }
        return TimeZone.getTimeZone("UTC");
    }

    // ---------------------------------------------------------------------------------------- loading

    private void load(Context cx) {
        global.defineProperty("globalThis", global, ScriptableObject.DONTENUM);
        global.defineProperty("global", global, ScriptableObject.DONTENUM);
        process = newProcess(cx);
        global.defineProperty("process", process, ScriptableObject.DONTENUM);
        Object exported = require(cx, "./" + def.entry(), "");
        Object handler = exported instanceof Scriptable s ? ScriptableObject.getProperty(s, "main") : null;
        if (!(handler instanceof Callable fn)) {
            throw ScriptRuntime.constructError("Error", "Handler not found: " + def.entry()
                    + " must export a function named main (exports.main = async (event, context) => {...})");
        }
        main = fn;
        mainArity = fn instanceof BaseFunction b ? b.getArity() : 2;
    }

    private Scriptable newProcess(Context cx) {
        Scriptable env = cx.newObject(global);
        Map<String, String> vars = new HashMap<>();
        vars.put("SCF_FUNCTIONNAME", def.name());
        vars.put("SCF_NAMESPACE", services.envId());
        vars.put("TCB_ENV", services.envId());
        vars.put("TENCENTCLOUD_RUNENV", "SCF");
        vars.putAll(services.processEnv());
        vars.putAll(def.envVariables());
        vars.forEach((k, v) -> env.put(k, env, v));
        Function factory = (Function) runtime.compile(cx, JsRuntime.resource("node_process.js"),
                "minicloud/node_process.js").exec(cx, global);
        return (Scriptable) factory.call(cx, global, global, new Object[] {NodeHost.process(global), env});
    }

    /** Node's {@code require} for code in {@code fromDir} (a path relative to the function folder). */
    private Object require(Context cx, String request, String fromDir) {
        String name = request.startsWith("node:") ? request.substring(5) : request;
        if (name.equals("wx-server-sdk") || isBuiltin(name)) {
            return builtin(cx, name);
        }
        String rel = ModulePaths.resolve(def.dir(), name, fromDir);
        if (rel == null) {
            JavaScriptException e = jsError(cx, "Error", "Cannot find module '" + request + "'\nRequire stack:\n- "
                    + NodeHost.VIRTUAL_ROOT + "/" + (fromDir.isEmpty() ? def.entry() : fromDir));
            ScriptableObject.putProperty((Scriptable) e.getValue(), "code", "MODULE_NOT_FOUND");
            throw e;
        }
        Scriptable cached = modules.get("file:" + rel);
        if (cached != null) {
            return ScriptableObject.getProperty(cached, "exports");
        }
        return rel.endsWith(".json") ? loadJson(cx, rel) : loadJs(cx, rel);
    }

    private static boolean isBuiltin(String name) {
        return JS_MODULES.contains(name) || MISC_MODULES.contains(name) || OFFLINE_MODULES.contains(name)
                || name.equals("crypto") || name.equals("fs") || name.equals("fs/promises") || name.equals("buffer")
                || name.equals("process");
    }

    private Object loadJson(Context cx, String rel) {
        Scriptable module = newModule(cx, rel);
        Object parsed;
        try {
            parsed = NativeJSON.parse(cx, global, read(rel), (c, s, t, a) -> a[1]);
        } catch (EcmaError e) {
            throw jsError(cx, "SyntaxError", NodeHost.VIRTUAL_ROOT + "/" + rel + ": " + e.getErrorMessage());
        }
        ScriptableObject.putProperty(module, "exports", parsed);
        return parsed;
    }

    private Object loadJs(Context cx, String rel) {
        String source = read(rel);
        if (source.startsWith("\uFEFF")) {
            source = source.substring(1);
        }
        if (source.startsWith("#!")) {
            source = "//" + source;
        }
        // The wrapper shares the first line, so line numbers of the module stay those of the file.
        String wrapped = "(function (exports, require, module, __filename, __dirname) {" + source + "\n})";
        String scriptName = def.name() + "/" + rel;
        Transpiled t;
        try {
            t = runtime.transpile(scriptName, wrapped, services.transpileCache());
        } catch (Transpiler.TranspileException e) {
            throw jsError(cx, "SyntaxError", e.getMessage().replace(def.name() + "/", ""));
        }
        stacks.register(scriptName, t.sourceMap());
        Function wrapper = (Function) runtime.compile(cx, t.code(), scriptName).exec(cx, global);
        Scriptable module = newModule(cx, rel);
        Object exports = ScriptableObject.getProperty(module, "exports");
        String dir = ModulePaths.parent(rel);
        wrapper.call(cx, global, (Scriptable) exports, new Object[] {exports, requireFunction(dir), module,
                NodeHost.VIRTUAL_ROOT + "/" + rel, NodeHost.VIRTUAL_ROOT + (dir.isEmpty() ? "" : "/" + dir)});
        ScriptableObject.putProperty(module, "loaded", true);
        return ScriptableObject.getProperty(module, "exports");
    }

    private Scriptable newModule(Context cx, String rel) {
        Scriptable module = cx.newObject(global);
        ScriptableObject.putProperty(module, "id", NodeHost.VIRTUAL_ROOT + "/" + rel);
        ScriptableObject.putProperty(module, "filename", NodeHost.VIRTUAL_ROOT + "/" + rel);
        ScriptableObject.putProperty(module, "loaded", false);
        ScriptableObject.putProperty(module, "exports", cx.newObject(global));
        modules.put("file:" + rel, module);
        return module;
    }

    private LambdaFunction requireFunction(String dir) {
        LambdaFunction require = new LambdaFunction(global, "require", 1,
                (cx, scope, self, args) -> require(cx, args.length == 0 ? "undefined" : ScriptRuntime.toString(args[0]),
                        dir));
        require.defineProperty("resolve", new LambdaFunction(global, "resolve", 1, (cx, scope, self, args) -> {
            String name = ScriptRuntime.toString(args[0]);
            if (isBuiltin(name)) {
                return name;
            }
            String rel = ModulePaths.resolve(def.dir(), name, dir);
            if (rel == null) {
                throw jsError(cx, "Error", "Cannot find module '" + name + "'");
            }
            return NodeHost.VIRTUAL_ROOT + "/" + rel;
        }), ScriptableObject.DONTENUM);
        return require;
    }

    private Object builtin(Context cx, String name) {
        Scriptable cached = modules.get("builtin:" + name);
        if (cached != null) {
            return ScriptableObject.getProperty(cached, "exports");
        }
        Scriptable module = cx.newObject(global);
        ScriptableObject.putProperty(module, "exports", cx.newObject(global));
        modules.put("builtin:" + name, module);
        switch (name) {
            case "buffer" -> ScriptableObject.putProperty((Scriptable) ScriptableObject.getProperty(module, "exports"),
                    "Buffer", ScriptableObject.getProperty(global, "Buffer"));
            case "process" -> ScriptableObject.putProperty(module, "exports", process);
            case "fs/promises" -> ScriptableObject.putProperty(module, "exports",
                    ScriptableObject.getProperty((Scriptable) builtin(cx, "fs"), "promises"));
            default -> {
                String resource;
                Object host = Undefined.instance;
                if (name.equals("wx-server-sdk")) {
                    resource = "wx_server_sdk.js";
                    host = new LambdaFunction(global, "host", 2, (c, s, self, a) -> bridge.handle(
                            (Invocation) Running.current(c), ScriptRuntime.toString(a[0]), ScriptRuntime.toString(a[1])));
                } else if (name.equals("crypto")) {
                    resource = "node_crypto.js";
                    host = NodeHost.crypto(global);
                } else if (name.equals("fs")) {
                    resource = "node_fs.js";
                    host = NodeHost.fs(global, def.dir());
                } else if (JS_MODULES.contains(name)) {
                    resource = "node_" + name + ".js";
                } else if (MISC_MODULES.contains(name)) {
                    resource = "node_misc.js";
                } else {
                    resource = "node_offline.js";
                }
                Function factory = (Function) runtime.compile(cx, JsRuntime.resource(resource),
                        "minicloud/" + resource).exec(cx, global);
                factory.call(cx, global, global, new Object[] {ScriptableObject.getProperty(module, "exports"),
                        requireFunction(""), module, host, name});
            }
        }
        return ScriptableObject.getProperty(module, "exports");
    }

    private String read(String rel) {
        try {
            return Files.readString(def.dir().resolve(rel), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ScriptRuntime.constructError("Error", "cannot read " + rel + ": " + e.getMessage());
        }
    }

    // ---------------------------------------------------------------------------------------- invocation

    /** How the function's promise (or callback) settled. */
    private static final class Outcome {
        boolean settled;
        boolean rejected;
        Object value;

        void resolve(Object v) {
            if (!settled) {
                settled = true;
                value = v;
            }
        }

        void reject(Object reason) {
            if (!settled) {
                settled = true;
                rejected = true;
                value = reason;
            }
        }
    }

    private LambdaFunction settle(Outcome outcome, boolean fulfilled) {
        return new LambdaFunction(global, fulfilled ? "resolve" : "reject", 1, (cx, scope, self, args) -> {
            Object v = args.length > 0 ? args[0] : Undefined.instance;
            if (fulfilled) {
                outcome.resolve(v);
            } else {
                outcome.reject(v);
            }
            return Undefined.instance;
        });
    }

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
        long virtualDeadline = inv.clock().millis() + def.timeout().toMillis();
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
        inv.budget.check();
    }

    private Object errorValue(Context cx, EcmaError e) {
        Scriptable err = cx.newObject(global, e.getName(), new Object[] {e.getErrorMessage()});
        ScriptableObject.putProperty(err, "stack", e.getScriptStackTrace());
        return err;
    }

    private FunctionResult finish(Context cx, Invocation inv, Outcome outcome, long started) {
        if (outcome.rejected) {
            return failure(inv, ErrorInfo.of(outcome.value, stacks), started);
        }
        Object json = NativeJSON.stringify(cx, global, outcome.value, null, null);
        Object result = null;
        if (json instanceof CharSequence text) {
            if (text.toString().getBytes(StandardCharsets.UTF_8).length > MAX_RESULT_BYTES) {
                return result(inv, null, -604001, "cloudfunction result size exceed limit (1MB)", null, started);
            }
            result = JsonCodec.parse(text.toString(), true, false);
        }
        return result(inv, result, 0, null, null, started);
    }

    private FunctionResult failure(Invocation inv, ErrorInfo error, long started) {
        String stack = error.render();
        inv.log("error", stack);
        return result(inv, null, -504002, "functions execute fail. " + error.headline(), stack, started);
    }

    private FunctionResult budgetFailure(Invocation inv, BudgetExceeded e, long started) {
        if (e.kind() == BudgetExceeded.Kind.MEMORY) {
            return failure(inv, new ErrorInfo("RangeError", "memory limit exceeded: the invocation " + e.getMessage(),
                    List.of()), started);
        }
        if (e.kind() == BudgetExceeded.Kind.CANCELLED) {
            return failure(inv, new ErrorInfo("Error", "the invocation was stopped: " + e.getMessage(), List.of()),
                    started);
        }
        return result(inv, null, -504003, "Invoking task timed out after " + seconds(def.timeout()) + " seconds", null,
                started);
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? Long.toString(d.toSeconds()) : Double.toString(d.toMillis() / 1000.0);
    }

    private FunctionResult result(Invocation inv, Object value, int errCode, String failure, String stack,
            long started) {
        // Before the logs are taken, so that the warning about an open transaction is among them.
        bridge.endInvocation(inv);
        String api = inv.caller.isClient() ? "cloud.callFunction" : "callFunction";
        String errMsg = errCode == 0 ? api + ":ok" : api + ":fail " + errCode + " " + failure;
        return new FunctionResult(value, inv.requestId, errMsg, errCode, stack, inv.logs(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private JavaScriptException jsError(Context cx, String type, String message) {
        Scriptable err = cx.newObject(global, type, new Object[] {message});
        return new JavaScriptException(err, null, 0);
    }

    /** A failure as Node would print it: name, message and mapped frames. */
    record ErrorInfo(String name, String message, List<String> frames) {
        String headline() {
            return name + ": " + message;
        }

        String render() {
            return frames.isEmpty() ? headline() : headline() + "\n" + String.join("\n", frames);
        }

        static ErrorInfo of(RhinoException e, StackMapper stacks) {
            if (e instanceof JavaScriptException j) {
                return of(j.getValue(), stacks);
            }
            List<String> frames = new ArrayList<>();
            for (org.mozilla.javascript.ScriptStackElement el : e.getScriptStack()) {
                String frame = stacks.frame(el.fileName, el.lineNumber, el.functionName);
                if (frame != null) {
                    frames.add(frame);
                }
            }
            if (e instanceof EcmaError ecma) {
                return named(ecma.getName(), ecma.getErrorMessage(), frames);
            }
            if (e instanceof EvaluatorException ev) {
                return new ErrorInfo("SyntaxError", ev.details(), frames);
            }
            return new ErrorInfo("Error", e.details(), frames);
        }

        static ErrorInfo of(Object thrown, StackMapper stacks) {
            if (thrown instanceof Scriptable s && ScriptableObject.getProperty(s, "message") instanceof CharSequence m) {
                Object name = ScriptableObject.getProperty(s, "name");
                Object stack = ScriptableObject.getProperty(s, "stack");
                return named(name instanceof CharSequence n ? n.toString() : "Error", m.toString(),
                        stacks.frames(stack instanceof CharSequence st ? st.toString() : null));
            }
            String text = thrown == null || thrown == Undefined.instance ? String.valueOf(thrown == null ? "null"
                    : "undefined") : ScriptRuntime.toString(thrown);
            return new ErrorInfo("Error", text, List.of());
        }

        /** Rhino's own stack-depth error reads as Node's. */
        private static ErrorInfo named(String name, String message, List<String> frames) {
            if (name.equals("InternalError") && message.contains("Exceeded maximum stack depth")) {
                return new ErrorInfo("RangeError", "Maximum call stack size exceeded", frames);
            }
            return new ErrorInfo(name, message, frames);
        }
    }
}
