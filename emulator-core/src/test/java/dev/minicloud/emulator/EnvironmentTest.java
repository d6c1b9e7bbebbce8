package dev.minicloud.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.database.DatabaseSnapshot;
import dev.minicloud.emulator.functions.call.WxContext;
import dev.minicloud.emulator.storage.Storage;
import dev.minicloud.emulator.storage.StorageSnapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Environments are isolated, configurable and closeable. */
class EnvironmentTest {

    @Test
    void two_environments_never_share_data() {
        EmulatorConfiguration config = EmulatorConfiguration.builder().addCollection("todos").build();
        try (CloudEnvironment a = CloudEmulator.newEnvironment(config);
                CloudEnvironment b = CloudEmulator.newEnvironment(config)) {
            a.database().collection("todos").add(Map.of("_id", "x"));
            assertThat(b.database().collection("todos").count().total()).isZero();
            b.database().createCollection("only-in-b");
            assertThatThrownBy(() -> a.database().collection("only-in-b").get())
                    .isInstanceOfSatisfying(CloudException.class, e -> assertThat(e.errCode()).isEqualTo(-502005));
        }
    }

    @Test
    void collections_do_not_exist_until_configured_or_created() {
        try (CloudEnvironment env = CloudEmulator.newEnvironment()) {
            assertThatThrownBy(() -> env.database().collection("todos").add(Map.of("a", 1)))
                    .isInstanceOfSatisfying(CloudException.class, e -> assertThat(e.errCode()).isEqualTo(-502005));
        }
    }

    @Test
    void auto_create_makes_writes_create_collections_and_reads_of_missing_ones_empty() {
        try (CloudEnvironment env = CloudEmulator.newEnvironment(
                EmulatorConfiguration.builder().setAutoCreateCollections(true).build())) {
            assertThat(env.database().collection("ghost").get().data()).isEmpty();
            assertThat(env.database().collection("ghost").where(Map.of("a", 1)).update(Map.of("a", 2)).stats()
                    .updated()).isZero();
            env.database().collection("todos").add(Map.of("a", 1));
            assertThat(env.database().collection("todos").count().total()).isEqualTo(1);
        }
    }

    @Test
    void throw_on_not_found_can_be_switched_off_for_the_environment() {
        try (CloudEnvironment env = CloudEmulator.newEnvironment(EmulatorConfiguration.builder()
                .addCollection("todos").setThrowOnNotFound(false).build())) {
            assertThat(env.database().collection("todos").doc("nope").get().data()).isNull();
        }
    }

    @Test
    void query_limits_are_configurable() {
        try (CloudEnvironment env = CloudEmulator.newEnvironment(EmulatorConfiguration.builder()
                .addCollection("todos").setQueryLimits(20, 20).build())) {
            for (int i = 0; i < 30; i++) {
                env.database().collection("todos").add(Map.of("i", i));
            }
            assertThat(env.database().collection("todos").get().data()).hasSize(20);
            assertThat(env.database().collection("todos").limit(25).get().data()).hasSize(20);
        }
    }

    @Test
    void each_environment_gets_its_own_frozen_clock_from_a_start_time() {
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        EmulatorConfiguration config = EmulatorConfiguration.builder().setStartTime(start).build();
        try (CloudEnvironment a = CloudEmulator.newEnvironment(config);
                CloudEnvironment b = CloudEmulator.newEnvironment(config)) {
            a.clock().advance(Duration.ofDays(1));
            assertThat(a.clock().instant()).isEqualTo(start.plus(Duration.ofDays(1)));
            assertThat(b.clock().instant()).isEqualTo(start);
        }
    }

    @Test
    void a_system_clock_follows_host_time_with_a_shift() {
        VirtualClock clock = VirtualClock.system();
        clock.advance(Duration.ofDays(365));
        assertThat(clock.instant()).isAfter(Instant.now().plus(Duration.ofDays(364)));
        assertThat(clock.isFrozen()).isFalse();
    }

    @Test
    void a_closed_environment_refuses_use() {
        CloudEnvironment env = CloudEmulator.newEnvironment();
        env.close();
        env.close();
        assertThat(env.isClosed()).isTrue();
        assertThatThrownBy(env::database).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThatThrownBy(env::storage).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void storage_held_from_before_close_refuses_use() {
        CloudEnvironment env = CloudEmulator.newEnvironment();
        Storage storage = env.storage();
        env.close();
        assertThatThrownBy(() -> storage.uploadFile("a.txt", new byte[1])).isInstanceOf(IllegalStateException.class)
                .hasMessage("environment minicloud-local is closed");
    }

    @Test
    void configuration_rejects_bad_values_at_once() {
        assertThatThrownBy(() -> EmulatorConfiguration.builder().setEnvId("bad id"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("envId (bad id)");
        assertThatThrownBy(() -> EmulatorConfiguration.builder().setQueryLimits(0, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EmulatorConfiguration.builder().addCollection(""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EmulatorConfiguration.builder().setMaxUploadBytes(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("maxUploadBytes (0) must be at least 1");
        assertThatThrownBy(() -> EmulatorConfiguration.builder().setTransactionLockTimeout(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be negative");
        assertThatThrownBy(() -> EmulatorConfiguration.builder().setDataDirectory(Path.of("pom.xml")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageEndingWith("must be a directory");
    }

    @Test
    void to_builder_copies_every_setting() {
        StorageSnapshot seed = StorageSnapshot.of(Map.of("a.txt", new byte[1]));
        EmulatorConfiguration a = EmulatorConfiguration.builder().setEnvId("e1").addCollection("c")
                .setAutoCreateCollections(true).setThrowOnNotFound(false).setQueryLimits(5, 50)
                .setPathIndexes(false).setMaxUploadBytes(1234).addStorageSeed(seed)
                .setTransactionLockTimeout(Duration.ofMillis(250)).addDatabaseSeed(DatabaseSnapshot.empty())
                .setDefaultCaller(WxContext.ofOpenId("o_alice")).setDataDirectory(Path.of("data")).build();
        EmulatorConfiguration b = a.toBuilder().build();
        assertThat(b.envId()).isEqualTo("e1");
        assertThat(b.collections()).containsExactly("c");
        assertThat(b.autoCreateCollections()).isTrue();
        assertThat(b.throwOnNotFound()).isFalse();
        assertThat(b.defaultQueryLimit()).isEqualTo(5);
        assertThat(b.maxQueryLimit()).isEqualTo(50);
        assertThat(b.pathIndexes()).isFalse();
        assertThat(b.maxUploadBytes()).isEqualTo(1234);
        assertThat(b.storageSeeds()).containsExactly(seed);
        assertThat(b.transactionLockTimeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(b.databaseSeeds()).hasSize(1);
        assertThat(b.defaultCaller()).contains(WxContext.ofOpenId("o_alice"));
        assertThat(b.dataDirectory()).contains(Path.of("data").toAbsolutePath());
        assertThat(EmulatorConfiguration.defaults().dataDirectory()).isEmpty();
        assertThat(EmulatorConfiguration.defaults().transactionLockTimeout()).isEqualTo(Duration.ofSeconds(5));
    }
}
