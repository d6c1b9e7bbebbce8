package dev.minicloud.emulator.internal.functions;

import dev.minicloud.emulator.functions.call.WxContext;
import dev.minicloud.emulator.internal.common.MovableClock;
import dev.minicloud.emulator.internal.functions.runtime.Budget;
import dev.minicloud.emulator.internal.functions.runtime.RealmRun;
import dev.minicloud.emulator.internal.functions.runtime.Running;

/**
 * One call of one function: who called, when it must end, what it logged and its timers. Lives on the thread that
 * runs the function; the shared host functions reach it through the Rhino context ({@link Running}).
 */
public final class Invocation extends RealmRun {
    /** The caller: a client identity, or null for a server-side call; the SOURCE chain; the nesting depth. */
    public record Caller(WxContext identity, String source, int depth) {
        public boolean isClient() {
            return identity != null;
        }
    }

    public final String requestId;
    public final FunctionDefinition function;
    public final Caller caller;
    public final Budget budget;

    Invocation(String requestId, FunctionDefinition function, Caller caller, MovableClock clock, Budget budget) {
        super(clock);
        this.requestId = requestId;
        this.function = function;
        this.caller = caller;
        this.budget = budget;
    }
}
