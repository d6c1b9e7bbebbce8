package dev.minicloud.emulator.internal.functions;

import dev.minicloud.emulator.functions.call.FunctionResult;

/** One warm container of one function, whichever runtime runs it; it serves one invocation at a time. */
public interface WarmInstance {
    /** Runs one invocation to its end on the calling thread; every failure becomes a failed result. */
    FunctionResult invoke(Invocation inv, Object event);

    /** Whether the instance must not serve again: it was stopped mid-run, or its process ended. */
    boolean isBroken();

    /** Releases what the instance holds outside the JVM's heap (a process); it serves no more. */
    void discard();
}
