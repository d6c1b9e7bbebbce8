package dev.minicloud.emulator.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.functions.Functions;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** A thousand tests, each with its own seeded environment, leave nothing behind once they are done. */
@Isolated("measures the heap, which other tests running at the same time would disturb")
class EnvironmentLeakTest {
    private static final List<WeakReference<CloudEnvironment>> ENVIRONMENTS = new CopyOnWriteArrayList<>();
    /** Far below what 1,000 leaked environments hold (each keeps an H2 store, a file system and function state). */
    private static final long ALLOWED_GROWTH_BYTES = 4L << 20;

    @Scenario
    @CloudEmulatorTest(functions = Fixtures.FUNCTIONS, databaseFixtures = Fixtures.DATABASE,
            storageFixtures = Fixtures.FILES, openId = "o_alice")
    static class ThousandTests {
        @RepeatedTest(1000)
        void uses_every_part_of_its_environment(CloudEnvironment env, Functions functions) {
            ENVIRONMENTS.add(new WeakReference<>(env));
            env.database().collection("todos").doc("t1").update(Map.of("done", true));
            env.storage().uploadFile("tmp/" + ENVIRONMENTS.size() + ".txt", new byte[256]);
            assertThat(functions.call("todos", Map.of("action", "mine")).succeeded()).isTrue();
        }
    }

    private static long retainedHeap() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(50);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static void runThousand() {
        EngineExecutionResults results = Scenarios.run(ThousandTests.class);
        results.allEvents().failed().assertThatEvents().isEmpty();
        assertThat(results.testEvents().succeeded().count()).isEqualTo(1000);
    }

    @Test
    void a_thousand_fresh_environments_in_a_row_leave_no_growth_in_retained_heap() throws InterruptedException {
        runThousand();
        ENVIRONMENTS.clear();
        long before = retainedHeap();

        runThousand();
        long after = retainedHeap();

        assertThat(ENVIRONMENTS).hasSize(1000).allSatisfy(ref -> assertThat(ref.get()).isNull());
        assertThat(after - before).as("retained heap growth after 1,000 environments, in bytes")
                .isLessThan(ALLOWED_GROWTH_BYTES);
    }
}
