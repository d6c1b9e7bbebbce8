package dev.minicloud.emulator.internal.miniprogram;

import dev.minicloud.emulator.internal.common.SpinWait;
import dev.minicloud.emulator.internal.functions.FunctionRunner;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one thread a mini-program's JavaScript runs on, with the large stack function invocations get (Rhino recurses
 * on the Java stack through built-ins), so a realm is never entered by two threads and a test's thread needs no
 * particular stack.
 *
 * <p>Both sides spin a little before they park ({@link SpinWait}), as a function's thread does: opening a page takes
 * several steps on this thread, and each would otherwise pay for waking a parked thread twice.
 */
final class RealmThread implements AutoCloseable {
    private static final AtomicInteger NUMBER = new AtomicInteger();
    /** How long a caller spins for its step's end: most steps of a page take less. */
    private static final long CALLER_SPIN_NANOS = TimeUnit.MICROSECONDS.toNanos(50);
    /** How long the thread spins for the next step: a test's steps come back to back. */
    private static final long THREAD_SPIN_NANOS = TimeUnit.MICROSECONDS.toNanos(50);

    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new SpinningQueue(), r -> {
                Thread t = new Thread(null, r, "minicloud-miniprogram-" + NUMBER.incrementAndGet(),
                        FunctionRunner.STACK_BYTES);
                t.setDaemon(true);
                return t;
            });

    /** Runs {@code work} on the thread and waits for it; its exception is rethrown here. */
    <T> T run(Callable<T> work) {
        Future<T> f;
        try {
            f = executor.submit(work);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            throw new IllegalStateException("the mini-program is closed", e);
        }
        SpinWait.until(f::isDone, CALLER_SPIN_NANOS);
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            f.cancel(true);
            throw new IllegalStateException("interrupted while the mini-program ran", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** The thread's queue of steps: waiting for the next, it spins briefly before it parks. */
    private static final class SpinningQueue extends LinkedBlockingQueue<Runnable> {
        @Override
        public Runnable take() throws InterruptedException {
            SpinWait.until(() -> !isEmpty(), THREAD_SPIN_NANOS);
            return super.take();
        }
    }
}
