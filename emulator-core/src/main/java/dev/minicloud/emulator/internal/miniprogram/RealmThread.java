package dev.minicloud.emulator.internal.miniprogram;

import dev.minicloud.emulator.internal.functions.FunctionRunner;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one thread a mini-program's JavaScript runs on, with the large stack function invocations get (Rhino recurses
 * on the Java stack through built-ins), so a realm is never entered by two threads and a test's thread needs no
 * particular stack.
 */
final class RealmThread implements AutoCloseable {
    private static final AtomicInteger NUMBER = new AtomicInteger();

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
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
}
