package dev.minicloud.emulator.internal.js;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Symbol;

/**
 * Makes the shared scope immutable for every environment. Rhino's {@code sealObject()} blocks assignment and
 * {@code delete}, but not {@code Object.defineProperty}, {@code setPrototypeOf}, {@code freeze} and their kin, so one
 * environment could still replace {@code Array.prototype.push} for all others. The guard wraps those entry points
 * with a check for sealed targets; then every object reachable from the scope is sealed.
 */
final class SealGuard {
    private record EntryPoint(String holder, String name, boolean targetIsThis) {}

    private static final List<EntryPoint> ENTRY_POINTS = List.of(
            new EntryPoint("Object", "defineProperty", false),
            new EntryPoint("Object", "defineProperties", false),
            new EntryPoint("Object", "setPrototypeOf", false),
            new EntryPoint("Object", "freeze", false),
            new EntryPoint("Object", "seal", false),
            new EntryPoint("Object", "preventExtensions", false),
            new EntryPoint("Reflect", "defineProperty", false),
            new EntryPoint("Reflect", "setPrototypeOf", false),
            new EntryPoint("Reflect", "preventExtensions", false),
            new EntryPoint("Object.prototype", "__defineGetter__", true),
            new EntryPoint("Object.prototype", "__defineSetter__", true));

    private SealGuard() {}

    /** Installs the guard and deep-seals everything reachable from {@code scope}. */
    static void sealForSharing(Context cx, ScriptableObject scope) {
        for (EntryPoint e : ENTRY_POINTS) {
            guard(scope, e);
        }
        deepSeal(scope);
    }

    private static void guard(ScriptableObject scope, EntryPoint e) {
        ScriptableObject holder = (ScriptableObject) (e.holder().equals("Object.prototype")
                ? ScriptableObject.getObjectPrototype(scope)
                : ScriptableObject.getProperty(scope, e.holder()));
        Object original = holder.get(e.name(), holder);
        if (!(original instanceof Callable target)) {
            return;
        }
        int arity = original instanceof org.mozilla.javascript.BaseFunction f ? f.getArity() : 1;
        LambdaFunction guarded = new LambdaFunction(scope, e.name(), arity, (cx, sc, thisObj, args) -> {
            Object subject = e.targetIsThis() ? thisObj : (args.length > 0 ? args[0] : null);
            if (subject instanceof ScriptableObject so && so.isSealed()) {
                throw ScriptRuntime.typeError("Cannot modify a property of a sealed object: the built-ins are shared by"
                        + " every environment and cannot be changed");
            }
            return target.call(cx, sc, thisObj, args);
        });
        int attributes = holder.getAttributes(e.name());
        holder.defineProperty(e.name(), guarded, attributes);
    }

    /** Seals every object reachable through properties, accessors, prototypes and parent scopes. */
    static int deepSeal(ScriptableObject root) {
        Set<Scriptable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Scriptable> work = new ArrayDeque<>();
        work.add(root);
        while (!work.isEmpty()) {
            Scriptable s = work.pop();
            if (!seen.add(s)) {
                continue;
            }
            if (s.getPrototype() != null) {
                work.add(s.getPrototype());
            }
            if (s.getParentScope() != null) {
                work.add(s.getParentScope());
            }
            if (!(s instanceof ScriptableObject so)) {
                continue;
            }
            for (Object id : so.getAllIds()) {
                for (Object v : valuesOf(so, id)) {
                    if (v instanceof Scriptable child && !seen.contains(child)) {
                        work.add(child);
                    }
                }
            }
        }
        for (Scriptable s : seen) {
            if (s instanceof ScriptableObject so) {
                so.sealObject();
            }
        }
        return seen.size();
    }

    private static List<Object> valuesOf(ScriptableObject so, Object id) {
        try {
            return valuesOrAccessors(so, id);
        } catch (org.mozilla.javascript.RhinoException e) {
            // A native accessor that only works on instances (ArrayBuffer.prototype.byteLength): nothing to seal.
            return List.of();
        }
    }

    private static List<Object> valuesOrAccessors(ScriptableObject so, Object id) {
        if (id instanceof String name) {
            Object getter = so.getGetterOrSetter(name, 0, false);
            Object setter = so.getGetterOrSetter(name, 0, true);
            if (getter instanceof Scriptable || setter instanceof Scriptable) {
                return java.util.Arrays.asList(getter, setter);
            }
            return Collections.singletonList(so.get(name, so));
        }
        if (id instanceof Integer index) {
            return Collections.singletonList(so.get(index, so));
        }
        if (id instanceof Symbol symbol) {
            return Collections.singletonList(so.get(symbol, so));
        }
        return List.of();
    }
}
