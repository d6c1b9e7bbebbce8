package dev.minicloud.emulator.internal.js;

import java.lang.management.ManagementFactory;

/**
 * The limits of one invocation, checked by the context factory every few thousand instructions: a wall-clock
 * deadline (infinite loops, runaway CPU) and an allocation budget (runaway memory; approximate, counted as bytes this
 * thread allocated since the invocation began).
 */
final class Budget {
    private static final com.sun.management.ThreadMXBean THREADS = threads();

    private final long deadlineNanos;
    private final long allocationLimit;
    private final long allocatedAtStart;
    private volatile boolean cancelled;

    Budget(long timeoutNanos, long allocationLimitBytes) {
        this.deadlineNanos = System.nanoTime() + timeoutNanos;
        this.allocationLimit = allocationLimitBytes;
        this.allocatedAtStart = allocated();
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

    /** Nanoseconds left before the deadline (negative once it passed). */
    long remainingNanos() {
        return deadlineNanos - System.nanoTime();
    }

    void cancel() {
        cancelled = true;
    }

    /** Throws if the invocation ran out of time or memory, or was cancelled. */
    void check() {
        if (cancelled) {
            throw new BudgetExceeded(BudgetExceeded.Kind.CANCELLED, "the environment was closed");
        }
        if (System.nanoTime() - deadlineNanos > 0) {
            throw new BudgetExceeded(BudgetExceeded.Kind.TIME, "time limit exceeded");
        }
        if (THREADS != null && allocated() - allocatedAtStart > allocationLimit) {
            throw new BudgetExceeded(BudgetExceeded.Kind.MEMORY, "allocated more than " + (allocationLimit >> 20)
                    + " MB");
        }
    }
}
