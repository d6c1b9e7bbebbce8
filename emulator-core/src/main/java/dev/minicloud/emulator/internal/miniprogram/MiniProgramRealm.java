package dev.minicloud.emulator.internal.miniprogram;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.functions.call.LogEntry;
import dev.minicloud.emulator.functions.call.WxContext;
import dev.minicloud.emulator.internal.common.json.JsonCodec;
import dev.minicloud.emulator.internal.common.json.JsonCodec.DateStyle;
import dev.minicloud.emulator.internal.functions.Outcome;
import dev.minicloud.emulator.internal.functions.modules.ModuleLoader;
import dev.minicloud.emulator.internal.functions.modules.ModulePaths;
import dev.minicloud.emulator.internal.functions.runtime.Budget;
import dev.minicloud.emulator.internal.functions.runtime.BudgetExceeded;
import dev.minicloud.emulator.internal.functions.runtime.ErrorInfo;
import dev.minicloud.emulator.internal.functions.runtime.JsRuntime;
import dev.minicloud.emulator.internal.functions.runtime.Running;
import dev.minicloud.emulator.internal.functions.runtime.SandboxContextFactory;
import dev.minicloud.emulator.internal.functions.runtime.StackMapper;
import dev.minicloud.emulator.internal.functions.runtime.ThrownValue;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.TopLevel;

/**
 * One mini-program loaded from its folder into a realm of its own, built as a function instance's is (same preludes,
 * same transpile route, same budgets, timers on the environment's clock), with the mini-program's globals and
 * module rules instead of Node's. Every step runs on the mini-program's own thread ({@link RealmThread}) and ends
 * only when nothing is left to run: promises settled, due timers fired, queued watch snapshots delivered.
 *
 * <p>Values cross as JSON: what Java passes in (a page query, an event, arguments) and what it reads back (page
 * data, results) are plain JSON values, with dates as ISO strings.
 */
public final class MiniProgramRealm implements AutoCloseable {
    private static final String SCRIPT_PREFIX = "miniprogram/";

    private final JsRuntime runtime = JsRuntime.shared();
    private final Path root;
    private final MiniProgramServices services;
    private final MiniProgramSession session;
    private final WxRecorder wx = new WxRecorder();
    private final MiniProgramHost host;
    private final StackMapper stacks = new StackMapper(SCRIPT_PREFIX);
    private final RealmThread thread = new RealmThread();
    private final List<Scriptable> modules = new ArrayList<>();
    private TopLevel global;
    private ModuleLoader loader;
    private Scriptable entry;
    private Duration timeLimit = Duration.ofSeconds(10);
    private Duration settleWindow = Duration.ofSeconds(10);
    private boolean broken;

    public MiniProgramRealm(Path root, MiniProgramServices services, WxContext user) {
        this.root = root.toAbsolutePath().normalize();
        this.services = services;
        this.session = new MiniProgramSession(services.clock());
        this.host = new MiniProgramHost(services, session, wx, this.root, user);
        thread.run(() -> {
            runtime.factory().call(this::build);
            return null;
        });
    }

    private Object build(Context cx) {
        global = runtime.newGlobal(cx);
        global.defineProperty("globalThis", global, ScriptableObject.DONTENUM);
        loader = new ModuleLoader(runtime, global, root, SCRIPT_PREFIX, "", stacks, services.transpileCache())
                .rules((request, fromDir) -> ModulePaths.resolveMiniProgram(root, request, fromDir), NO_BUILTINS,
                        this::notFound);
        Object shared = script(cx, "sdk/cloud_database.js");
        Object cloud = script(cx, "sdk/mp_cloud.js");
        Object files = script(cx, "miniprogram/mp_fs.js");
        LambdaFunction hostFn = new LambdaFunction(global, "host", 2, (c, s, self, a) -> host.handle(
                (Budget) c.getThreadLocal(SandboxContextFactory.BUDGET), ScriptRuntime.toString(a[0]), a[1]));
        LambdaFunction load = new LambdaFunction(global, "load", 1,
                (c, s, self, a) -> loader.require(c, ScriptRuntime.toString(a[0]), ""));
        Function factory = (Function) script(cx, "miniprogram/mp_runtime.js");
        entry = (Scriptable) factory.call(cx, global, global, new Object[] {global, hostFn, cloud, shared, files,
                load});
        return null;
    }

    private Object script(Context cx, String path) {
        return runtime.compileResource(cx, path).exec(cx, global, global);
    }

    private static final ModuleLoader.Builtins NO_BUILTINS = new ModuleLoader.Builtins() {
        @Override
        public boolean has(String name) {
            return false;
        }

        @Override
        public Object load(Context cx, String name) {
            throw new IllegalStateException(name);
        }
    };

    /** WeChat's message for a path that names no file. */
    private RuntimeException notFound(Context cx, String request, String fromDir) {
        String shown = fromDir.isEmpty() ? request : fromDir + "/" + request;
        return loader.jsError(cx, "Error", "module '" + shown.replaceFirst("^/", "") + "' is not defined, require args"
                + " is '" + request + "'");
    }

    // ------------------------------------------------------------------------------------------- settings

    /** The wall-clock limit of one step; a step that runs longer is stopped and the mini-program with it. */
    public void setTimeLimit(Duration limit) {
        this.timeLimit = limit;
    }

    /** How far ahead of the clock a step runs timers before it returns (on a frozen clock, time jumps to them). */
    public void setSettleWindow(Duration window) {
        this.settleWindow = window;
    }

    public WxContext user() {
        return thread.run(host::user);
    }

    public void setUser(WxContext user) {
        thread.run(() -> {
            host.setUser(user);
            return null;
        });
    }

    public void answerModals(boolean confirm) {
        thread.run(() -> {
            wx.answerModals(confirm);
            return null;
        });
    }

    public List<RecordedWxCall> calls() {
        return thread.run(wx::calls);
    }

    public List<LogEntry> logs() {
        return thread.run(session::logs);
    }

    /** The value {@code wx.setStorageSync(key, ...)} stored, as JSON values; null when none. */
    public Object storage(String key) {
        String text = thread.run(() -> wx.stored(key));
        return text == null ? null : JsonCodec.parse(text, false, false);
    }

    /** Places a file the user picks at the next {@code wx.chooseImage} or {@code wx.chooseMedia}. */
    public void choose(String name, byte[] content) {
        thread.run(() -> {
            host.files().choose(name, content);
            return null;
        });
    }

    /** A local file's content ({@code wxfile://usr/...} or a temporary file). */
    public byte[] localFile(String path) {
        return thread.run(() -> host.files().localFile(path));
    }

    // ------------------------------------------------------------------------------------------- pages and modules

    /** Opens a page: {@code onLoad(query)}, {@code onShow}, {@code onReady}; returns the page's id. */
    public int open(String route, Map<String, String> query) {
        Object id = step(cx -> entryCall(cx, "open", route, JsonCodec.write(query, DateStyle.ISO_STRING)));
        return ((Number) id).intValue();
    }

    /** Calls a page's method with one argument (an event) and returns what it returned, promises settled. */
    public Object call(int page, String method, Object argument) {
        return settled(cx -> entryCall(cx, "call", page, method, json(argument)));
    }

    public Object data(int page) {
        return toJava(step(cx -> entryCall(cx, "data", page)));
    }

    public Object history(int page) {
        return toJava(step(cx -> entryCall(cx, "history", page)));
    }

    public void setData(int page, Map<String, ?> patch) {
        step(cx -> entryCall(cx, "setData", page, json(patch)));
    }

    public void unload(int page) {
        step(cx -> entryCall(cx, "unload", page));
    }

    public Path root() {
        return root;
    }

    /** Loads a module (as {@code require} from the root would); returns its handle. */
    public int require(String path) {
        return step(cx -> {
            modules.add((Scriptable) entryCall(cx, "requireModule", path));
            return modules.size() - 1;
        });
    }

    /** A module's exports as JSON values (functions left out). */
    public Object exports(int module) {
        return toJava(step(cx -> entryCall(cx, "toJava", modules.get(module))));
    }

    /** Calls a function a module exports, promises settled. */
    public Object invoke(int module, String name, List<?> args) {
        return settled(cx -> entryCall(cx, "invoke", modules.get(module), name, json(args)));
    }

    /** Runs what is pending: queued watch snapshots, settled promises, timers due within the settle window. */
    public void drain() {
        step(cx -> null);
    }

    // ------------------------------------------------------------------------------------------- steps

    private static String json(Object value) {
        return JsonCodec.write(value, DateStyle.ISO_STRING);
    }

    private static Object toJava(Object jsonText) {
        return JsonCodec.parse((String) jsonText, false, false);
    }

    private Object entryCall(Context cx, String name, Object... args) {
        Callable fn = (Callable) ScriptableObject.getProperty(entry, name);
        return fn.call(cx, global, entry, args);
    }

    /** Runs {@code work} and follows what it returns until it settles; a rejection fails the step. */
    private Object settled(RealmStep<Object> work) {
        return toJava(step(cx -> {
            Outcome outcome = new Outcome();
            outcome.follow(cx, global, work.run(cx));
            drainLoop(cx);
            if (!outcome.settled) {
                throw new IllegalStateException("the returned promise did not settle: nothing was left to run within"
                        + " the settle window of " + settleWindow);
            }
            if (outcome.rejected) {
                throw rejection(cx, outcome.value);
            }
            return entryCall(cx, "toJava", outcome.value);
        }));
    }

    /** A cloud failure stays a cloud failure; anything else is the page's error, as WeChat reports it. */
    private CloudException rejection(Context cx, Object reason) {
        if (reason instanceof Scriptable s && ScriptableObject.getProperty(s, "errMsg") instanceof CharSequence msg
                && ScriptableObject.getProperty(s, "errCode") instanceof Number code) {
            return new CloudException(code.intValue(), msg.toString());
        }
        return thirdScriptError(List.of(ErrorInfo.of(reason, stacks, new ThrownValue.Reader())));
    }

    private static CloudException thirdScriptError(List<ErrorInfo> errors) {
        ErrorInfo first = errors.get(0);
        StringBuilder all = new StringBuilder();
        for (ErrorInfo e : errors) {
            all.append("thirdScriptError\n").append(e.render()).append('\n');
        }
        return new CloudException(-1, "thirdScriptError\n" + first.headline(), all.toString().trim(), null);
    }

    private <T> T step(RealmStep<T> work) {
        if (broken) {
            throw new IllegalStateException("this mini-program was stopped in the middle of a step; open a new one");
        }
        return thread.run(() -> runtime.factory().call(cx -> {
            Budget budget = new Budget(timeLimit.toNanos(), services.memoryBudgetBytes());
            cx.putThreadLocal(Running.KEY, session);
            cx.putThreadLocal(SandboxContextFactory.BUDGET, budget);
            try {
                // What is pending (a snapshot written from elsewhere, a timer now due) happens before the step.
                drainLoop(cx);
                T result = work.run(cx);
                drainLoop(cx);
                List<ErrorInfo> errors = session.takeErrors();
                if (!errors.isEmpty()) {
                    throw thirdScriptError(errors);
                }
                return result;
            } catch (BudgetExceeded e) {
                broken = true;
                throw new CloudException(-1, "thirdScriptError\nthe mini-program ran out of its " + e.getMessage()
                        + " (time limit " + timeLimit + ")");
            } catch (org.mozilla.javascript.RhinoException e) {
                session.takeErrors();
                throw thirdScriptError(List.of(ErrorInfo.of(e, stacks, new ThrownValue.Reader())));
            } finally {
                cx.removeThreadLocal(Running.KEY);
                cx.removeThreadLocal(SandboxContextFactory.BUDGET);
            }
        }));
    }

    private void drainLoop(Context cx) {
        new RealmDrain(session, settleWindow).run(cx, global, (c, d) -> entryCall(c, "deliver", d.watchId(),
                d.kind(), d.json()), e -> session.uncaught(ErrorInfo.of(e, stacks, new ThrownValue.Reader())));
    }

    /** Stops the mini-program's watches and its thread. */
    @Override
    public void close() {
        try {
            thread.run(() -> {
                host.close();
                return null;
            });
        } finally {
            thread.close();
        }
    }

    /** Work on the mini-program's thread, in its context. */
    @FunctionalInterface
    interface RealmStep<T> {
        T run(Context cx);
    }
}
