package dev.minicloud.emulator.internal.functions;

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
            then.call(cx, scope, s, new Object[] {settle(scope, true), settle(scope, false)});
            return true;
        }
        resolve(returned);
        return false;
    }

    private LambdaFunction settle(Scriptable scope, boolean fulfilled) {
        return new LambdaFunction(scope, 1, (cx, s, self, args) -> {
            Object v = args.length > 0 ? args[0] : Undefined.instance;
            if (fulfilled) {
                resolve(v);
            } else {
                reject(v);
            }
            return Undefined.instance;
        });
    }
}
