package dev.minicloud.emulator.internal.functions.modules;

import dev.minicloud.emulator.internal.functions.runtime.Budget;
import dev.minicloud.emulator.internal.functions.runtime.JsRuntime;
import dev.minicloud.emulator.internal.functions.runtime.SandboxContextFactory;
import dev.minicloud.emulator.internal.functions.runtime.StackMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.EcmaError;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.JavaScriptException;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.NativeJSON;
import org.mozilla.javascript.Script;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.TopLevel;

/**
 * CommonJS modules of one realm, read from one folder: every {@code .js} file goes through the one transpile route
 * (Closure, cached) and runs wrapped as Node wraps it; {@code .json} files are parsed. Cloud functions and
 * mini-programs use it with their own resolution rules and built-in modules.
 */
public final class ModuleLoader {
    /** How a module is wrapped, as Node wraps it; the head shares the first line, so line numbers stay the file's. */
    static final String WRAP_HEAD = "(function (exports, require, module, __filename, __dirname) {";
    static final String WRAP_TAIL = "\n})";

    /** Finds the file a request names, relative to the root, or null if there is none. */
    @FunctionalInterface
    public interface Resolver {
        String resolve(String request, String fromDir);
    }

    /** The built-in modules, which {@code require} finds before any file. */
    public interface Builtins {
        boolean has(String name);

        Object load(Context cx, String name);
    }

    /** The error for a request that names no module. */
    @FunctionalInterface
    public interface NotFound {
        RuntimeException error(Context cx, String request, String fromDir);
    }

    private final JsRuntime runtime;
    private final TopLevel global;
    private final Path root;
    private final String scriptPrefix;
    private final String virtualRoot;
    private final StackMapper stacks;
    private final Path transpileCache;
    private final Map<String, Scriptable> modules = new HashMap<>();
    private Resolver resolver;
    private Builtins builtins;
    private NotFound notFound;

    /**
     * @param scriptPrefix what script names start with, hidden in stack traces (e.g. {@code "login/"})
     * @param virtualRoot the folder {@code __filename} and {@code module.id} show the root as
     */
    public ModuleLoader(JsRuntime runtime, TopLevel global, Path root, String scriptPrefix, String virtualRoot,
            StackMapper stacks, Path transpileCache) {
        this.runtime = runtime;
        this.global = global;
        this.root = root;
        this.scriptPrefix = scriptPrefix;
        this.virtualRoot = virtualRoot;
        this.stacks = stacks;
        this.transpileCache = transpileCache;
    }

    /** Sets the rules: how requests resolve, which names are built in and how a missing module fails. */
    public ModuleLoader rules(Resolver resolver, Builtins builtins, NotFound notFound) {
        this.resolver = resolver;
        this.builtins = builtins;
        this.notFound = notFound;
        return this;
    }

    /** {@code require(request)} from code in {@code fromDir} (relative to the root). */
    public Object require(Context cx, String request, String fromDir) {
        if (builtins.has(request)) {
            return builtins.load(cx, request);
        }
        String rel = resolver.resolve(request, fromDir);
        if (rel == null) {
            throw notFound.error(cx, request, fromDir);
        }
        Scriptable cached = modules.get(rel);
        if (cached != null) {
            return ScriptableObject.getProperty(cached, "exports");
        }
        try {
            return rel.endsWith(".json") ? loadJson(cx, rel) : loadJs(cx, rel);
        } catch (RuntimeException | Error e) {
            // As in Node, a module that threw while loading is forgotten, so the next require runs it again.
            modules.remove(rel);
            throw e;
        }
    }

    /** The path a module shows as {@code __filename}. */
    String virtualPath(String rel) {
        return rel.isEmpty() ? virtualRoot : virtualRoot + "/" + rel;
    }

    private Object loadJson(Context cx, String rel) {
        Scriptable module = newModule(cx, rel);
        Object parsed;
        try {
            parsed = NativeJSON.parse(cx, global, read(rel), (c, s, t, a) -> a[1]);
        } catch (EcmaError e) {
            throw jsError(cx, "SyntaxError", virtualPath(rel) + ": " + e.getErrorMessage());
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
        String wrapped = WRAP_HEAD + source + WRAP_TAIL;
        String scriptName = scriptPrefix + rel;
        Script script;
        try {
            script = uncharged(cx, () -> {
                Transpiled t = runtime.transpile(scriptName, wrapped, transpileCache);
                stacks.register(scriptName, t.sourceMap());
                return runtime.compile(cx, t.code(), scriptName);
            });
        } catch (Transpiler.TranspileException e) {
            throw jsError(cx, "SyntaxError", e.getMessage().replace(scriptPrefix, ""));
        }
        Function wrapper = (Function) script.exec(cx, global, global);
        Scriptable module = newModule(cx, rel);
        Object exports = ScriptableObject.getProperty(module, "exports");
        String dir = ModulePaths.parent(rel);
        wrapper.call(cx, global, (Scriptable) exports, new Object[] {exports, requireFunction(dir), module,
                virtualPath(rel), virtualPath(dir)});
        ScriptableObject.putProperty(module, "loaded", true);
        return ScriptableObject.getProperty(module, "exports");
    }

    /** The emulator's own preparation of a module: not charged to the invocation, as the platform does not. */
    static <T> T uncharged(Context cx, Supplier<T> work) {
        return cx.getThreadLocal(SandboxContextFactory.BUDGET) instanceof Budget budget ? budget.uncharged(work)
                : work.get();
    }

    private Scriptable newModule(Context cx, String rel) {
        Scriptable module = cx.newObject(global);
        ScriptableObject.putProperty(module, "id", virtualPath(rel));
        ScriptableObject.putProperty(module, "filename", virtualPath(rel));
        ScriptableObject.putProperty(module, "loaded", false);
        ScriptableObject.putProperty(module, "exports", cx.newObject(global));
        modules.put(rel, module);
        return module;
    }

    /** The {@code require} function of code in {@code dir}, with Node's {@code require.resolve}. */
    public LambdaFunction requireFunction(String dir) {
        LambdaFunction require = new LambdaFunction(global, "require", 1,
                (cx, scope, self, args) -> require(cx, args.length == 0 ? "undefined" : ScriptRuntime.toString(args[0]),
                        dir));
        require.defineProperty("resolve", new LambdaFunction(global, "resolve", 1, (cx, scope, self, args) -> {
            String name = ScriptRuntime.toString(args[0]);
            if (builtins.has(name)) {
                return name;
            }
            String rel = resolver.resolve(name, dir);
            if (rel == null) {
                throw jsError(cx, "Error", "Cannot find module '" + name + "'");
            }
            return virtualPath(rel);
        }), ScriptableObject.DONTENUM);
        return require;
    }

    private String read(String rel) {
        try {
            return Files.readString(root.resolve(rel), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ScriptRuntime.constructError("Error", "cannot read " + rel + ": " + e.getMessage());
        }
    }

    /** A JavaScript error of {@code type} made in this realm, thrown as JavaScript code would throw it. */
    public JavaScriptException jsError(Context cx, String type, String message) {
        Scriptable err = cx.newObject(global, type, new Object[] {message});
        return new JavaScriptException(err, null, 0);
    }
}
