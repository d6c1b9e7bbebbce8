package dev.minicloud.emulator.junit5;

import static dev.minicloud.emulator.junit5.CloudAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.VirtualClock;
import dev.minicloud.emulator.database.Database;
import dev.minicloud.emulator.functions.Functions;
import dev.minicloud.emulator.storage.Storage;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The default: every test method gets a fresh environment, seeded from the fixtures, shared with its lifecycle methods. */
@CloudEmulatorTest(functions = Fixtures.FUNCTIONS, databaseFixtures = Fixtures.DATABASE,
        storageFixtures = Fixtures.FILES, startTime = Fixtures.START)
class PerTestEnvironmentTest {
    private static final Set<CloudEnvironment> SEEN = ConcurrentHashMap.newKeySet();

    private final CloudEnvironment fromConstructor;
    @CloudEnv
    Database db;
    @CloudEnv
    CloudEnvironment fromField;
    private CloudEnvironment fromBeforeEach;

    PerTestEnvironmentTest(CloudEnvironment env) {
        this.fromConstructor = env;
    }

    @BeforeEach
    void remember(CloudEnvironment env) {
        fromBeforeEach = env;
    }

    @Test
    void before_each_the_constructor_fields_and_the_test_share_one_environment(CloudEnvironment env, Database db2,
            Storage storage, Functions functions, VirtualClock clock) {
        assertThat(env).isSameAs(fromBeforeEach).isSameAs(fromConstructor).isSameAs(fromField);
        assertThat(db2).isSameAs(env.database()).isSameAs(db);
        assertThat(storage).isSameAs(env.storage());
        assertThat(clock).isSameAs(env.clock());
        assertThat(functions.names()).containsExactly("later", "todos");
    }

    @RepeatedTest(3)
    void every_test_starts_from_the_fixtures_whatever_earlier_tests_changed(Functions functions) {
        assertThat(db.collection("todos")).hasSize(3);
        assertThat(db.collection("users").doc("o_alice")).hasField("nickName", "Alice");
        assertThat(fromField.storage().snapshot().cloudPaths()).containsExactly("docs/readme.txt");
        assertThat(fromField.clock().instant()).isEqualTo(Instant.parse(Fixtures.START));
        assertThat(functions.calls()).isEmpty();

        db.collection("todos").doc("t1").remove();
        functions.call("todos", Map.of("action", "add", "title", "more"));
        fromField.storage().uploadFile("docs/new.txt", new byte[] {1});
        fromField.clock().advance(Duration.ofDays(3));
    }

    @AfterEach
    void sameInAfterEach(CloudEnvironment env) {
        assertThat(env).isSameAs(fromBeforeEach);
        assertThat(env.isClosed()).isFalse();
        SEEN.add(env);
    }

    @AfterAll
    static void every_test_had_its_own_environment_and_each_was_closed_when_its_test_ended() {
        assertThat(SEEN).hasSize(4).allSatisfy(env -> assertThat(env.isClosed()).isTrue());
    }
}
