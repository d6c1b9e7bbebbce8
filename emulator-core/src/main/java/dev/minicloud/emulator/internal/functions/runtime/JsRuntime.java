package dev.minicloud.emulator.internal.functions.runtime;

import dev.minicloud.emulator.internal.functions.modules.TranspileCache;
import dev.minicloud.emulator.internal.functions.modules.Transpiled;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Script;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.TopLevel;

/**
 * What every environment's functions share in one JVM: the context factory, MiniCloud's preludes compiled once
 * (Closure's {@code $jscomp} runtime, how {@code async} functions step, the fixups, the locale subset and the Node
 * globals) and caches of transpiled
 * modules and compiled scripts; and the factory of each function instance's realm.
 *
 * <p>This is the one JVM-wide object in MiniCloud, and guest code reaches nothing in it: compiled scripts are code,
 * not objects, and every object a script creates belongs to the realm it runs in. Each function instance gets a realm
 * of its own ({@link #newGlobal}): its own standard objects with the preludes run into them, which its code may
 * extend as it could in its own Node process, and which nothing else ever sees.
 */
public final class JsRuntime {
    private static final String RESOURCES = "/dev/minicloud/emulator/internal/js/";
    private static final String HOST = "__minicloud_host";
    /** Where a realm keeps its own {@code Promise.prototype.then}, out of the guest's reach. */
    private static final String INTRINSIC_THEN = "minicloud.intrinsicThen";

    private static final class Holder {
        private static final JsRuntime INSTANCE = new JsRuntime();
    }

    private final SandboxContextFactory factory = new SandboxContextFactory();
    private final TranspileCache transpiles = new TranspileCache();
    private final ConcurrentHashMap<String, Script> scripts = new ConcurrentHashMap<>();
    private final List<Script> preludes;

    private JsRuntime() {
        this.preludes = factory.call(cx -> List.of(compiled(cx, "jscomp_runtime.js", jscompRuntime()),
                compiled(cx, "minicloud/async_steps.js", resource("runtime/async_steps.js")),
                compiled(cx, "minicloud/fixups.js", resource("runtime/fixups.js")),
                compiled(cx, "minicloud/locale.js", resource("runtime/locale.js")),
                compiled(cx, "minicloud/node_globals.js", resource("node/node_globals.js"))));
        // One realm built and dropped here loads Rhino's classes and runs the preludes once, outside any invocation,
        // so that a cold JVM's first call does not spend its time limit on that.
        factory.call(this::newGlobal);
    }

    /** The runtime of this JVM, built on first use. */
    public static JsRuntime shared() {
        return Holder.INSTANCE;
    }

    public SandboxContextFactory factory() {
        return factory;
    }

    /**
     * A new realm for one function instance: a global object holding standard objects of its own (Rhino creates most
     * constructors lazily, on first use), with {@code $jscomp}, the fixups and the Node globals run into it. Every
     * built-in is non-enumerable, as in Node, so {@code Object.keys(globalThis)} lists only what the code added. A
     * {@link TopLevel} holds the realm's own constructors, so every function, promise and array the engine creates
     * finds its prototype there instead of looking {@code Function} or {@code Promise} up by name on the global object:
     * faster, and as in Node, where rebinding {@code globalThis.Promise} does not change what an {@code async}
     * function returns.
     */
    public TopLevel newGlobal(Context cx) {
        TopLevel global = new TopLevel();
        cx.initSafeStandardObjects(global, false);
        global.associateValue(INTRINSIC_THEN, ScriptableObject.getProperty(
                TopLevel.getBuiltinPrototype(global, TopLevel.Builtins.Promise), "then"));
        preludes.get(0).exec(cx, global, global);
        global.defineProperty(HOST, HostObject.create(global), ScriptableObject.DONTENUM);
        for (Script prelude : preludes.subList(1, preludes.size())) {
            prelude.exec(cx, global, global);
        }
        global.delete(HOST);
        for (Object id : global.getIds()) {
            if (id instanceof String name) {
                global.setAttributes(name, global.getAttributes(name) | ScriptableObject.DONTENUM);
            }
        }
        return global;
    }

    /**
     * The realm's own {@code Promise.prototype.then} as it was when the realm was built, whatever the guest has done
     * to {@code Promise.prototype} since: a {@code then} that is this one runs no guest code.
     */
    public static Object intrinsicThen(Scriptable scope) {
        return ((ScriptableObject) ScriptableObject.getTopLevelScope(scope)).getAssociatedValue(INTRINSIC_THEN);
    }

    /** Transpiles a module (cached by content, in memory and in {@code diskCache} when not null). */
    public Transpiled transpile(String name, String source, Path diskCache) {
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
    public Script compile(Context cx, String code, String sourceName) {
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

    /**
     * Compiles a JavaScript resource shipped with MiniCloud ({@code sdk/cloud_database.js}); stacks name it by its
     * file alone ({@code minicloud/cloud_database.js}), as they did before the resources were grouped in folders.
     */
    public Script compileResource(Context cx, String path) {
        return compile(cx, resource(path), "minicloud/" + path.substring(path.lastIndexOf('/') + 1));
    }

    /** A JavaScript resource shipped with MiniCloud, by its path under the resource folder. */
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
    public static String jscompRuntime() {
        return resource("generated/jscomp_runtime.js");
    }
}
