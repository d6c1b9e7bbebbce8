package dev.minicloud.emulator.internal.functions;

import dev.minicloud.emulator.internal.functions.runtime.JsRuntime;
import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.LambdaFunction;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/** How a value the host waits for settled: a function's promise (or callback), a page handler's promise. */
public final class Outcome {
    public boolean settled;
    public boolean rejected;
    public Object value;

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

    /**
     * Follows {@code returned}: a thenable settles this outcome when it settles; anything else resolves it now.
     *
     * @return whether it was a thenable
     */
    public boolean follow(Context cx, Scriptable scope, Object returned) {
        if (returned instanceof Scriptable s && ScriptableObject.getProperty(s, "then") instanceof Callable then) {
            // The realm's own then keeps its handlers to itself, so they need not be JavaScript functions (two fewer
            // function objects per call); a then of the guest's own gets functions, as it would in Node.
            boolean guestThen = then != JsRuntime.intrinsicThen(scope);
            then.call(cx, scope, s, new Object[] {settle(scope, true, guestThen), settle(scope, false, guestThen)});
            return true;
        }
        resolve(returned);
        return false;
    }

    private Callable settle(Scriptable scope, boolean fulfilled, boolean asFunction) {
        Callable handler = (cx, s, self, args) -> {
            Object v = args.length > 0 ? args[0] : Undefined.instance;
            if (fulfilled) {
                resolve(v);
            } else {
                reject(v);
            }
            return Undefined.instance;
        };
        return asFunction ? new LambdaFunction(scope, 1, handler::call) : handler;
    }
}
