package dev.minicloud.emulator.internal.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The hand-over of calls to large-stack threads that every function invocation goes through. */
class CallThreadsTest {

    @Test
    void back_to_back_calls_from_one_caller_run_on_the_same_warm_thread() throws Exception {
        try (CallThreads threads = new CallThreads("test-", 1 << 20)) {
            Set<Thread> used = new HashSet<>();
            for (int i = 0; i < 500; i++) {
                used.add(threads.run(Thread::currentThread));
            }
            assertThat(used).hasSize(1);
            assertThat(used.iterator().next()).isNotSameAs(Thread.currentThread());
        }
    }

    @Test
    void a_call_runs_on_a_thread_with_the_stack_it_was_given() throws Exception {
        try (CallThreads threads = new CallThreads("test-", 256L << 20)) {
            // Far deeper than a default 1 MB stack allows.
            assertThat(threads.run(() -> depth(200_000))).isEqualTo(200_000);
        }
    }

    private static int depth(int n) {
        return n == 0 ? 0 : depth(n - 1) + 1;
    }

    @Test
    void concurrent_callers_get_threads_of_their_own() throws Exception {
        try (CallThreads threads = new CallThreads("test-", 1 << 20)) {
            CountDownLatch bothInside = new CountDownLatch(2);
            AtomicReference<Thread> other = new AtomicReference<>();
            Thread second = new Thread(() -> {
                try {
                    other.set(threads.run(() -> {
                        bothInside.countDown();
                        bothInside.await(10, TimeUnit.SECONDS);
                        return Thread.currentThread();
                    }));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            second.start();
            Thread mine = threads.run(() -> {
                bothInside.countDown();
                bothInside.await(10, TimeUnit.SECONDS);
                return Thread.currentThread();
            });
            second.join();
            assertThat(bothInside.getCount()).isZero();
            assertThat(mine).isNotSameAs(other.get());
        }
    }

    @Test
    void what_a_call_throws_reaches_its_caller_and_the_thread_serves_the_next_call() throws Exception {
        try (CallThreads threads = new CallThreads("test-", 1 << 20)) {
            Thread first = threads.run(Thread::currentThread);
            assertThatThrownBy(() -> threads.run(() -> {
                throw new IllegalArgumentException("bad event");
            })).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(IllegalArgumentException.class)
                    .hasRootCauseMessage("bad event");
            assertThat(threads.run(Thread::currentThread)).isSameAs(first);
        }
    }

    @Test
    void an_interrupted_caller_interrupts_its_call_and_stops_waiting() throws Exception {
        try (CallThreads threads = new CallThreads("test-", 1 << 20)) {
            CountDownLatch started = new CountDownLatch(1);
            AtomicReference<Object> outcome = new AtomicReference<>();
            Thread caller = new Thread(() -> {
                try {
                    outcome.set(threads.run(() -> {
                        started.countDown();
                        Thread.sleep(TimeUnit.MINUTES.toMillis(10));
                        return "slept";
                    }));
                } catch (InterruptedException e) {
                    outcome.set(e);
                } catch (ExecutionException e) {
                    outcome.set(e.getCause());
                }
            });
            caller.start();
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            caller.interrupt();
            caller.join(TimeUnit.SECONDS.toMillis(10));
            assertThat(outcome.get()).isInstanceOf(InterruptedException.class);
            assertThat(threads.run(() -> "next")).isEqualTo("next");
        }
    }

    @Test
    void a_closed_pool_refuses_calls() {
        CallThreads threads = new CallThreads("test-", 1 << 20);
        threads.close();
        assertThatThrownBy(() -> threads.run(() -> "late")).isInstanceOf(RejectedExecutionException.class);
    }
}
