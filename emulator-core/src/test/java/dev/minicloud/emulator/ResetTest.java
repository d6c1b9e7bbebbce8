package dev.minicloud.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.database.DatabaseSnapshot;
import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.storage.StorageSnapshot;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** reset() and restore(): one environment reused by many tests, each starting from a known state. */
class ResetTest {
    private static final Instant START = Instant.parse("2024-03-17T02:20:30Z");
    private static final DatabaseSnapshot TODOS = DatabaseSnapshot.builder()
            .addJson("todos", "[{\"_id\": \"t1\", \"title\": \"seeded\"}]").build();
    private static final StorageSnapshot FILES = StorageSnapshot.of(Map.of("img/logo.png", new byte[] {1, 2, 3}));

    private static Path functionRoot() {
        try {
            return Path.of(ResetTest.class.getResource("fns").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CloudEnvironment newEnvironment() {
        return CloudEmulator.newEnvironment(EmulatorConfiguration.builder().addCollection("users")
                .addDatabaseSeed(TODOS).addStorageSeed(FILES).setStartTime(START).addFunctionRoot(functionRoot())
                .build());
    }

    private static int calls(FunctionResult r) {
        return ((Number) ((Map<?, ?>) r.resultOrThrow()).get("calls")).intValue();
    }

    @Test
    void reset_returns_data_files_clock_and_functions_to_how_the_environment_started() {
        try (CloudEnvironment env = newEnvironment()) {
            env.database().collection("todos").doc("t1").update(Map.of("title", "changed"));
            env.database().collection("todos").add(Map.of("title", "extra"));
            env.database().createCollection("scratch");
            env.storage().uploadFile("notes.txt", "hi".getBytes(StandardCharsets.UTF_8));
            env.storage().deleteFile(java.util.List.of(env.storage().fileIdOf("img/logo.png")));
            env.clock().advance(Duration.ofDays(1));
            env.functions().openapi().respond("security.msgSecCheck", Map.of("errCode", 87014));
            assertThat(calls(env.functions().call("counter", Map.of()))).isEqualTo(1);
            assertThat(calls(env.functions().call("counter", Map.of()))).isEqualTo(2);

            env.reset();

            assertThat(env.database().collection("todos").get().data())
                    .containsExactly(Map.of("_id", "t1", "title", "seeded"));
            assertThat(env.database().snapshot().collections()).containsExactlyInAnyOrder("users", "todos");
            assertThat(env.storage().snapshot().cloudPaths()).containsExactly("img/logo.png");
            assertThat(env.clock().instant()).isEqualTo(START);
            assertThat(env.functions().calls()).isEmpty();
            assertThat(env.functions().openapi().calls()).isEmpty();
            assertThat(calls(env.functions().call("counter", Map.of()))).as("a cold instance after reset").isEqualTo(1);
        }
    }

    @Test
    void reset_stops_a_function_that_is_still_running() throws Exception {
        try (CloudEnvironment env = newEnvironment()) {
            CompletableFuture<FunctionResult> spinning = CompletableFuture.supplyAsync(
                    () -> env.functions().call("counter", Map.of("spin", true)));
            while (env.database().collection("users").where(Map.of("_id", "spinning")).count().total() == 0) {
                assertThat(spinning).isNotDone();
                Thread.sleep(5);
            }
            env.reset();
            FunctionResult stopped = spinning.get(10, TimeUnit.SECONDS);
            assertThat(stopped.succeeded()).isFalse();
            assertThat(stopped.duration()).as("stopped long before its 60 s limit").isLessThan(Duration.ofSeconds(10));
            assertThat(calls(env.functions().call("counter", Map.of()))).isEqualTo(1);
        }
    }

    @Test
    void restore_brings_back_the_data_and_time_of_a_snapshot() {
        try (CloudEnvironment env = newEnvironment()) {
            env.database().collection("users").add(Map.of("_id", "u1", "name", "alice"));
            env.storage().uploadFile("avatars/u1.png", new byte[] {9});
            env.clock().advance(Duration.ofHours(2));
            EnvironmentSnapshot afterSetup = env.snapshot();

            env.database().collection("users").doc("u1").remove();
            env.storage().uploadFile("avatars/u2.png", new byte[] {8});
            env.clock().advance(Duration.ofHours(5));
            env.restore(afterSetup);

            assertThat(env.database().collection("users").doc("u1").get().data()).containsEntry("name", "alice");
            assertThat(env.storage().snapshot().cloudPaths()).containsExactly("avatars/u1.png", "img/logo.png");
            assertThat(env.clock().instant()).isEqualTo(START.plus(Duration.ofHours(2)));
            assertThat(afterSetup.time()).isEqualTo(START.plus(Duration.ofHours(2)));
        }
    }

    @Test
    void reset_leaves_a_shared_clock_alone() {
        VirtualClock shared = VirtualClock.fixed(START);
        try (CloudEnvironment env = CloudEmulator.newEnvironment(EmulatorConfiguration.builder().setClock(shared)
                .build())) {
            shared.advance(Duration.ofMinutes(3));
            env.reset();
            assertThat(shared.instant()).isEqualTo(START.plusSeconds(180));
        }
    }

    @Test
    void reset_rolls_back_open_transactions() {
        try (CloudEnvironment env = newEnvironment()) {
            var tx = env.database().startTransaction();
            tx.collection("todos").doc("t1").update(Map.of("title", "in transaction"));
            env.reset();
            assertThat(tx.isOpen()).isFalse();
            env.database().collection("todos").doc("t1").update(Map.of("title", "after reset"));
            assertThat(env.database().collection("todos").doc("t1").get().data()).containsEntry("title", "after reset");
        }
    }
}
