package dev.minicloud.emulator.internal.js;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.NativeObject;
import org.mozilla.javascript.Script;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * What every environment's functions share in one JVM: the context factory, the deep-sealed scope holding the
 * standard objects, Closure's {@code $jscomp} runtime, the fixups and the Node globals, plus caches of transpiled
 * modules and compiled scripts.
 *
 * <p>This is the one JVM-wide object in MiniCloud, and it holds nothing an environment can change: the scope is
 * sealed behind {@link SealGuard}, and the caches memoise pure functions of source text. Building the scope costs
 * about 50 ms warm (about 0.5 s in a cold JVM), paid once.
 */
public final class JsRuntime {
    private static final String RESOURCES = "/dev/minicloud/emulator/internal/js/";

    private static final class Holder {
        private static final JsRuntime INSTANCE = new JsRuntime();
    }

    private final SandboxContextFactory factory = new SandboxContextFactory();
    private final TranspileCache transpiles = new TranspileCache();
    private final ConcurrentHashMap<String, Script> scripts = new ConcurrentHashMap<>();
    private final ScriptableObject shared;

    private JsRuntime() {
        this.shared = factory.call(this::buildSharedScope);
    }

    /** The runtime of this JVM, built on first use. */
    public static JsRuntime shared() {
        return Holder.INSTANCE;
    }

    SandboxContextFactory factory() {
        return factory;
    }

    /** The sealed scope every function instance's global object inherits from. */
    ScriptableObject sharedScope() {
        return shared;
    }

    private ScriptableObject buildSharedScope(Context cx) {
        ScriptableObject scope = cx.initSafeStandardObjects(null, false);
        compiled(cx, "jscomp_runtime.js", jscompRuntime()).exec(cx, scope);
        scope.defineProperty("__minicloud_host", HostObject.create(scope), ScriptableObject.DONTENUM);
        for (String prelude : new String[] {"fixups.js", "locale.js", "node_globals.js"}) {
            compiled(cx, "minicloud/" + prelude, resource(prelude)).exec(cx, scope);
        }
        scope.delete("__minicloud_host");
        SealGuard.sealForSharing(cx, scope);
        return scope;
    }

    /** A new, empty global object for one function instance, inheriting the shared scope. */
    NativeObject newGlobal() {
        NativeObject global = new NativeObject();
        global.setPrototype(shared);
        global.setParentScope(null);
        return global;
    }

    /** Transpiles a module (cached by content, in memory and in {@code diskCache} when not null). */
    Transpiled transpile(String name, String source, Path diskCache) {
        return transpiles.get(name, source, diskCache);
    }

    /**
     * Compiles MiniCloud's own JavaScript (the SDK, the Node modules, Closure's runtime) to JVM bytecode: every call
     * and every {@code await} of a function runs through it, and it is compiled once per JVM. Instruction counting
     * stays on, so the budget still applies.
     */
    private static Script compiled(Context cx, String sourceName, String code) {
        cx.setInterpretedMode(false);
        cx.setGenerateObserverCount(true);
        try {
            return cx.compileString(code, sourceName, 1, null);
        } finally {
            cx.setInterpretedMode(true);
            cx.setGenerateObserverCount(false);
        }
    }

    /** Compiles code once per distinct text and name; compiled scripts are safe to share. */
    Script compile(Context cx, String code, String sourceName) {
        String key = TranspileCache.hash(sourceName, code);
        Script script = scripts.get(key);
        if (script == null) {
            script = sourceName.startsWith("minicloud/") ? compiled(cx, sourceName, code)
                    : cx.compileString(code, sourceName, 1, null);
            Script raced = scripts.putIfAbsent(key, script);
            script = raced == null ? script : raced;
        }
        return script;
    }

    /** A JavaScript resource shipped with MiniCloud. */
    static String resource(String name) {
        try (InputStream in = JsRuntime.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closure's runtime, shipped pre-generated so no JVM pays Closure's cold start just to build the scope. */
    static String jscompRuntime() {
        return resource("jscomp_runtime.js");
    }

    /** Evaluates {@code code} in a throwaway scope derived from the shared one; for tests of the runtime itself. */
    Object evaluate(String code) {
        return factory.call(cx -> {
            Scriptable global = newGlobal();
            return Context.jsToJava(cx.evaluateString(global, code, "eval.js", 1, null), Object.class);
        });
    }
}
