package dev.minicloud.emulator.internal.functions.runtime;

import java.lang.management.ManagementFactory;
import java.util.function.Supplier;
import org.mozilla.javascript.Context;

/**
 * The limits of one invocation, checked by the context factory every few thousand instructions and by the guards of
 * large allocations: a wall-clock deadline (infinite loops, runaway CPU) and an allocation budget (runaway memory;
 * counted as bytes this thread allocated since the invocation began, plus what a guarded allocation is about to
 * take). The emulator's own preparation work (transpiling, compiling) runs {@link #uncharged uncharged}.
 */
public final class Budget {
    private static final com.sun.management.ThreadMXBean THREADS = threads();

    private final long allocationLimit;
    private long deadlineNanos;
    private long allocatedAtStart;
    private boolean sampledSinceRestart;
    private volatile boolean cancelled;

    public Budget(long timeoutNanos, long allocationLimitBytes) {
        this.allocationLimit = Math.min(allocationLimitBytes, Runtime.getRuntime().maxMemory() / 2);
        restart(timeoutNanos);
    }

    private static com.sun.management.ThreadMXBean threads() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                && t.isThreadAllocatedMemorySupported()) {
            return t;
        }
        return null;
    }

    private static long allocated() {
        return THREADS == null ? 0 : THREADS.getCurrentThreadAllocatedBytes();
    }

    /** Starts a new phase (initialisation, then the handler) with its own time limit and a fresh allocation count. */
    public void restart(long timeoutNanos) {
        deadlineNanos = System.nanoTime() + timeoutNanos;
        allocatedAtStart = allocated();
        sampledSinceRestart = false;
    }

    /**
     * The instruction observer's sample. The first sample after a restart is skipped: Rhino's instruction count
     * cannot be reset, so that sample may come after only a few instructions of the new phase, and a phase that
     * ends within one sampling window then never depends on how fast the machine is.
     */
    void observe() {
        if (sampledSinceRestart) {
            check();
        }
        sampledSinceRestart = true;
    }

    /** Runs the emulator's own work: neither its time nor its allocations count against the function. */
    public <T> T uncharged(Supplier<T> work) {
        long startedNanos = System.nanoTime();
        long allocatedBefore = allocated();
        try {
            return work.get();
        } finally {
            deadlineNanos += System.nanoTime() - startedNanos;
            allocatedAtStart += allocated() - allocatedBefore;
        }
    }

    /** Reserves bytes from the budget of the invocation running in {@code cx}, if any (see {@link #reserve(long)}). */
    public static void reserve(Context cx, double bytes) {
        if (cx.getThreadLocal(SandboxContextFactory.BUDGET) instanceof Budget budget) {
            budget.reserve(bytes >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) bytes);
        }
    }

    /** Nanoseconds left before the deadline (negative once it passed). */
    public long remainingNanos() {
        return deadlineNanos - System.nanoTime();
    }

    public void cancel() {
        cancelled = true;
    }

    /** Throws if the invocation ran out of time or memory, or was cancelled. */
    public void check() {
        reserve(0);
    }

    /** Throws if the invocation ran out of memory (a phase that ended is not failed for its time after the fact). */
    public void checkMemory() {
        if (allocated() - allocatedAtStart > allocationLimit) {
            throw memoryExceeded();
        }
    }

    private BudgetExceeded memoryExceeded() {
        return new BudgetExceeded(BudgetExceeded.Kind.MEMORY, "allocated more than " + (allocationLimit >> 20) + " MB");
    }

    /**
     * Throws unless {@code bytes} more can be allocated within the budget, which is never more than half the JVM's
     * heap: a guarded allocation fails before it is made rather than by the JVM running out of memory.
     */
    public void reserve(long bytes) {
        if (cancelled) {
            throw new BudgetExceeded(BudgetExceeded.Kind.CANCELLED, "the environment was closed");
        }
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new BudgetExceeded(BudgetExceeded.Kind.TIME, "time limit exceeded");
        }
        long used = allocated() - allocatedAtStart;
        if (bytes > allocationLimit - used) {
            throw memoryExceeded();
        }
    }
}
