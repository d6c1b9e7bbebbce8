package dev.minicloud.emulator.internal.miniprogram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RealmThreadTest {

    @Test
    void every_step_runs_on_the_one_thread_one_at_a_time_whoever_calls() throws InterruptedException {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        try (RealmThread realm = new RealmThread()) {
            Runnable steps = () -> {
                for (int i = 0; i < 2_000; i++) {
                    realm.run(() -> {
                        if (inside.incrementAndGet() > 1) {
                            overlaps.incrementAndGet();
                        }
                        threads.add(Thread.currentThread());
                        inside.decrementAndGet();
                        return null;
                    });
                }
            };
            CountDownLatch done = new CountDownLatch(3);
            for (int t = 0; t < 3; t++) {
                new Thread(() -> {
                    steps.run();
                    done.countDown();
                }).start();
            }
            done.await();
        }
        assertThat(threads).hasSize(1);
        assertThat(threads.iterator().next().getName()).startsWith("minicloud-miniprogram-");
        assertThat(overlaps).hasValue(0);
    }

    @Test
    void a_steps_exception_is_rethrown_to_its_caller_and_the_thread_serves_on() {
        try (RealmThread realm = new RealmThread()) {
            assertThatThrownBy(() -> realm.run(() -> {
                throw new IllegalArgumentException("bad step");
            })).isInstanceOf(IllegalArgumentException.class).hasMessage("bad step");
            assertThat(realm.run(() -> 42)).isEqualTo(42);
        }
    }

    @Test
    void a_closed_realm_refuses_steps() {
        RealmThread realm = new RealmThread();
        realm.close();
        assertThatThrownBy(() -> realm.run(() -> 1)).isInstanceOf(IllegalStateException.class)
                .hasMessage("the mini-program is closed");
    }
}
