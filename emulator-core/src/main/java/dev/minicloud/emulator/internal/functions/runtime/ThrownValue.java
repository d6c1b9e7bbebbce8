package dev.minicloud.emulator.internal.functions.runtime;

import java.math.BigInteger;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Symbol;
import org.mozilla.javascript.Undefined;

/**
 * The parts of a thrown value a failure report shows: name, message and Rhino stack text (null when unknown).
 *
 * @param name the error's name, "Error" when it has none
 * @param message its message, or null when it has none that can be read safely
 * @param stack its Rhino stack text, or null
 */
public record ThrownValue(String name, String message, String stack) {
    /** How long the engine's own property accessors (such as {@code Error#stack}) may run while a failure renders. */
    private static final long RENDER_NANOS = 1_000_000_000L;
    private static final long RENDER_BYTES = 64L << 20;
    private static final Object UNREADABLE = new Object();

    /**
     * Reads thrown values without running the function's code: a property defined by a JavaScript getter, anything
     * behind a {@code Proxy} and every {@code toString} or {@code valueOf} are left unread. The engine's own
     * accessors run under a small budget of their own, since {@code Error#stack} may call a user's
     * {@code Error.prepareStackTrace}.
     */
    public static final class Reader {
        private boolean interrupted;

        /** Whether an accessor had to be stopped, which leaves the instance's state in doubt. */
        public boolean interrupted() {
            return interrupted;
        }

        ThrownValue read(Object thrown) {
            if (thrown == null || thrown == Undefined.instance) {
                return new ThrownValue("Error", thrown == null ? "null" : "undefined", null);
            }
            if (thrown instanceof Symbol) {
                return new ThrownValue("Error", thrown.toString(), null);
            }
            if (thrown instanceof CharSequence || thrown instanceof Number || thrown instanceof Boolean
                    || thrown instanceof BigInteger) {
                return new ThrownValue("Error", ScriptRuntime.toString(thrown), null);
            }
            if (!(thrown instanceof Scriptable s)) {
                return new ThrownValue("Error", "[object Object]", null);
            }
            String message = text(s, "message");
            String name = text(s, "name");
            if (message == null && name == null) {
                return new ThrownValue("Error", "[object " + (isProxy(s) ? "Object" : s.getClassName()) + "]", null);
            }
            return new ThrownValue(name == null ? "Error" : name, message, text(s, "stack"));
        }

        private String text(Scriptable s, String key) {
            return property(s, key) instanceof CharSequence c ? c.toString() : null;
        }

        private Object property(Scriptable start, String key) {
            for (Scriptable o = start; o != null; o = o.getPrototype()) {
                if (isProxy(o) || !(o instanceof ScriptableObject so)) {
                    return UNREADABLE;
                }
                Object getter = so.getGetterOrSetter(key, 0, so, false);
                if (getter == null) {
                    continue;
                }
                return getter instanceof Function ? UNREADABLE : guarded(so, key, start);
            }
            return UNREADABLE;
        }

        private Object guarded(ScriptableObject holder, String key, Scriptable start) {
            Context cx = Context.getCurrentContext();
            Object outer = cx.getThreadLocal(SandboxContextFactory.BUDGET);
            cx.putThreadLocal(SandboxContextFactory.BUDGET, new Budget(RENDER_NANOS, RENDER_BYTES));
            try {
                return holder.get(key, start);
            } catch (BudgetExceeded | RuntimeException | StackOverflowError e) {
                interrupted = true;
                return UNREADABLE;
            } finally {
                if (outer == null) {
                    cx.removeThreadLocal(SandboxContextFactory.BUDGET);
                } else {
                    cx.putThreadLocal(SandboxContextFactory.BUDGET, outer);
                }
            }
        }

        private static boolean isProxy(Scriptable s) {
            return s.getClass().getName().equals("org.mozilla.javascript.NativeProxy");
        }
    }
}
