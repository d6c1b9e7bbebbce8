package dev.minicloud.emulator.internal.common;

import java.util.function.BooleanSupplier;

/**
 * A brief spin before a thread parks, for the hand-overs between a caller and the thread that runs its work (a
 * function's, a mini-program's, a Node process's reader). On a virtual machine, waking a parked thread on an idle
 * virtual CPU costs 20 to 50 µs, several times a warm call's own work, so a waiter that expects the answer within
 * microseconds spins first. Nobody spins on a single core, where spinning only delays the thread it waits for.
 */
public final class SpinWait {
    /** Whether spinning can help at all: more than one core. */
    public static final boolean WORTHWHILE = Runtime.getRuntime().availableProcessors() > 1;

    private SpinWait() {}

    /**
     * Spins until {@code done} holds or {@code nanos} have passed (at once on a single core).
     *
     * @return whether {@code done} held
     */
    public static boolean until(BooleanSupplier done, long nanos) {
        if (!WORTHWHILE) {
            return done.getAsBoolean();
        }
        long started = System.nanoTime();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() - started >= nanos) {
                return false;
            }
            Thread.onSpinWait();
        }
        return true;
    }
}
