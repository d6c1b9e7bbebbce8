package dev.minicloud.emulator.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.database.Database;
import dev.minicloud.emulator.functions.Functions;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Tests running at the same time never see each other's data; a shared per-class environment is never concurrent. */
class ParallelIsolationTest {
    private static final String[] PARALLEL = {
        "junit.jupiter.execution.parallel.enabled", "true",
        "junit.jupiter.execution.parallel.mode.default", "concurrent",
        "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
        "junit.jupiter.execution.parallel.config.strategy", "fixed",
        "junit.jupiter.execution.parallel.config.fixed.parallelism", "4"};

    private static final CyclicBarrier PAIRS = new CyclicBarrier(2);
    private static final AtomicInteger INSIDE = new AtomicInteger();
    private static final AtomicInteger MOST_INSIDE = new AtomicInteger();

    @Scenario
    @CloudEmulatorTest(functions = Fixtures.FUNCTIONS, databaseFixtures = Fixtures.DATABASE)
    static class PerTestScenario {
        @RepeatedTest(8)
        void each_test_writes_and_sees_only_its_own_data(Database db, Functions functions, CloudEnvironment env,
                RepetitionInfo repetition) throws Exception {
            // Two tests at a time provably overlap here; a run that is not parallel times out instead.
            PAIRS.await(20, TimeUnit.SECONDS);
            String mine = "repetition-" + repetition.getCurrentRepetition();
            db.collection("todos").where(Map.of()).remove();
            functions.call("todos", Map.of("action", "add", "title", mine));
            env.storage().uploadFile("mine.txt", mine.getBytes());
            PAIRS.await(20, TimeUnit.SECONDS);
            assertThat(db.collection("todos").get().data()).singleElement()
                    .satisfies(d -> assertThat(d).containsEntry("title", mine));
            assertThat(new String(env.storage().downloadFile(env.storage().fileIdOf("mine.txt")).fileContent()))
                    .isEqualTo(mine);
            assertThat(functions.calls()).hasSize(1);
        }
    }

    @Scenario
    @CloudEmulatorTest(collections = "visits")
    static class PerClassScenario {
        @CloudEnv
        static Database db;

        @RepeatedTest(6)
        void tests_sharing_the_class_environment_run_one_at_a_time() throws InterruptedException {
            MOST_INSIDE.accumulateAndGet(INSIDE.incrementAndGet(), Math::max);
            assertThat(db.collection("visits").count().total()).isZero();
            db.collection("visits").add(Map.of("at", db.serverDate()));
            Thread.sleep(20);
            INSIDE.decrementAndGet();
        }
    }

    @Test
    void per_test_environments_are_isolated_when_tests_run_in_parallel() {
        EngineExecutionResults results = Scenarios.run(PerTestScenario.class, PARALLEL);
        results.allEvents().failed().assertThatEvents().isEmpty();
        assertThat(results.testEvents().succeeded().count()).isEqualTo(8);
    }

    @Test
    void a_class_with_a_per_class_environment_runs_its_tests_sequentially_even_in_parallel_mode() {
        MOST_INSIDE.set(0);
        EngineExecutionResults results = Scenarios.run(PerClassScenario.class, PARALLEL);
        results.allEvents().failed().assertThatEvents().isEmpty();
        assertThat(results.testEvents().succeeded().count()).isEqualTo(6);
        assertThat(MOST_INSIDE.get()).isEqualTo(1);
    }
}
