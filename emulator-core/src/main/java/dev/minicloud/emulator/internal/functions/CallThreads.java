package dev.minicloud.emulator.internal.functions;

import dev.minicloud.emulator.internal.common.SpinWait;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The threads invocations run on, each with a large stack, handed one call at a time. The caller gives an idle
 * thread the call and waits; the thread wakes the caller when the call is done. No future, no queue node and no waiter
 * node per call, and the thread that just finished a call is the next one used: it returns to the idle threads before
 * it wakes its caller, so a caller's next call finds it there, with its stack and caches warm.
 *
 * <p>Both sides wait by spinning a little before they park. On a virtual machine, a park and the wake-up that ends it
 * cost 20 to 50 µs when the other core is idle (the host has to wake a halted virtual CPU), several times a warm
 * call's own work; measured on the project's 2-core machine, a warm trivial call took 52 µs with parking alone and 7 µs
 * with both sides spinning (docs/functions.md). The spins are short and bounded, a caller whose recent calls took
 * longer than its spin parks at once, and nobody spins on a single core, where spinning only delays the thread it
 * waits for. A thread idle for a minute ends.
 */
final class CallThreads implements AutoCloseable {
    private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(60);
    /** How often a waiting caller makes sure its call's thread still runs. */
    private static final long CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    /** The longest a caller spins for its call's end: about twice the time of a call with two database operations. */
    private static final long CALLER_SPIN_NANOS = TimeUnit.MICROSECONDS.toNanos(100);
    /** How long a thread that ended a call spins for the next: a test's back-to-back calls find it awake. */
    private static final long WORKER_SPIN_NANOS = TimeUnit.MICROSECONDS.toNanos(50);

    private final String name;
    private final long stackBytes;
    private final AtomicInteger number = new AtomicInteger();
    /** Threads waiting for a call, the most recently used first. Guarded by itself. */
    private final Deque<Worker> idle = new ArrayDeque<>();
    private final Set<Worker> started = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;
    /** How long recent calls took, averaged: a caller spins only while calls end within its spin. */
    private volatile long recentCallNanos;

    CallThreads(String name, long stackBytes) {
        this.name = name;
        this.stackBytes = stackBytes;
    }

    /**
     * Runs {@code work} on one of the threads and waits for it. An interrupt of the waiting caller interrupts the
     * call's thread and ends the wait.
     *
     * @throws ExecutionException with what {@code work} threw
     * @throws RejectedExecutionException once closed
     */
    <T> T run(Callable<T> work) throws InterruptedException, ExecutionException {
        if (closed) {
            throw new RejectedExecutionException("closed");
        }
        Call<T> call = new Call<>(work, Thread.currentThread());
        Worker worker = take();
        long started = System.nanoTime();
        worker.call = call;
        LockSupport.unpark(worker);
        if (recentCallNanos <= CALLER_SPIN_NANOS) {
            SpinWait.until(() -> call.done, CALLER_SPIN_NANOS);
        }
        // As Future.get: an interrupt is noticed before the result, so an interrupted caller always gets it.
        while (true) {
            if (Thread.interrupted()) {
                if (worker.call == call) {
                    worker.interrupt();
                }
                throw new InterruptedException();
            }
            if (call.done) {
                break;
            }
            if (!worker.isAlive()) {
                // Closed between the check above and the hand-over: the thread ended without taking the call.
                throw new RejectedExecutionException("closed");
            }
            LockSupport.parkNanos(this, CHECK_NANOS);
        }
        recentCallNanos = (3 * recentCallNanos + System.nanoTime() - started) / 4;
        if (call.failure != null) {
            throw new ExecutionException(call.failure);
        }
        return call.result;
    }

    private Worker take() {
        synchronized (idle) {
            Worker w = idle.pollFirst();
            if (w != null) {
                return w;
            }
        }
        Worker w = new Worker(name + number.incrementAndGet());
        started.add(w);
        w.start();
        return w;
    }

    /** Ends every thread: idle ones at once, busy ones interrupted (as {@code shutdownNow} does). */
    @Override
    public void close() {
        closed = true;
        for (Worker w : started) {
            w.interrupt();
            LockSupport.unpark(w);
        }
    }

    private static final class Call<T> {
        private final Callable<T> work;
        private final Thread caller;
        private T result;
        private Throwable failure;
        /** Written after result and failure, so a caller that sees it set sees them. */
        private volatile boolean done;

        Call(Callable<T> work, Thread caller) {
            this.work = work;
            this.caller = caller;
        }

        void compute() {
            try {
                result = work.call();
            } catch (Throwable t) {
                failure = t;
            }
        }

        void complete() {
            done = true;
            LockSupport.unpark(caller);
        }
    }

    private final class Worker extends Thread {
        private volatile Call<?> call;

        Worker(String threadName) {
            super(null, null, threadName, stackBytes);
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                while (!closed) {
                    Call<?> next = call;
                    if (next == null) {
                        long parked = System.nanoTime();
                        LockSupport.parkNanos(this, IDLE_NANOS);
                        if (call == null && System.nanoTime() - parked >= IDLE_NANOS && retire()) {
                            return;
                        }
                        continue;
                    }
                    // An interrupt meant for an earlier call must not reach this one.
                    Thread.interrupted();
                    try {
                        next.compute();
                    } finally {
                        call = null;
                        synchronized (idle) {
                            idle.addFirst(this);
                        }
                        next.complete();
                    }
                    awaitNextBriefly();
                }
            } finally {
                started.remove(this);
                synchronized (idle) {
                    idle.remove(this);
                }
            }
        }

        private void awaitNextBriefly() {
            SpinWait.until(() -> call != null || closed, WORKER_SPIN_NANOS);
        }

        /** Leaves the idle threads unless a caller has just taken this one. */
        private boolean retire() {
            synchronized (idle) {
                return idle.remove(this);
            }
        }
    }
}
