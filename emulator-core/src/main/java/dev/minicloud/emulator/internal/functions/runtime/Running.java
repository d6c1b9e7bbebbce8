package dev.minicloud.emulator.internal.functions.runtime;

import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;

/**
 * What the host functions need from the invocation running on this thread. A realm's host functions serve every
 * invocation of its instance, so they find the invocation through the Rhino context rather than holding any state.
 */
public interface Running {
    /** The context thread-local under which the running invocation is kept. */
    String KEY = "minicloud.running";

    /** The running invocation. */
    static Running current(Context cx) {
        Object r = cx.getThreadLocal(KEY);
        if (r instanceof Running running) {
            return running;
        }
        throw org.mozilla.javascript.ScriptRuntime.constructError("Error",
                "this is only available while a cloud function runs");
    }

    /** The environment's virtual time, in epoch milliseconds. */
    long nowMillis();

    /** Captures one console line at a level: log, info, debug, warn, error, trace. */
    void log(String level, String message);

    /** {@code console.time/timeEnd/timeLog/count} for a label. */
    void consoleLabel(String operation, String label);

    /** Schedules {@code fn(args)} after {@code delayMillis} (negative: {@code setImmediate}); returns the timer id. */
    int setTimer(Callable fn, Object[] args, double delayMillis, boolean repeat);

    void clearTimer(int id);
}
