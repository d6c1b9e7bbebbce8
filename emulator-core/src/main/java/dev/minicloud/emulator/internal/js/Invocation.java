package dev.minicloud.emulator.internal.js;

import dev.minicloud.emulator.VirtualClock;
import dev.minicloud.emulator.functions.WxContext;

/**
 * One call of one function: who called, when it must end, what it logged and its timers. Lives on the thread that
 * runs the function; the shared host functions reach it through the Rhino context ({@link Running}).
 */
final class Invocation extends RealmRun {
    /** The caller: a client identity, or null for a server-side call; the SOURCE chain; the nesting depth. */
    record Caller(WxContext identity, String source, int depth) {
        boolean isClient() {
            return identity != null;
        }
    }

    final String requestId;
    final FunctionDefinition function;
    final Caller caller;
    final Budget budget;

    Invocation(String requestId, FunctionDefinition function, Caller caller, VirtualClock clock, Budget budget) {
        super(clock);
        this.requestId = requestId;
        this.function = function;
        this.caller = caller;
        this.budget = budget;
    }
}
