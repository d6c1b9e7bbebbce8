package dev.minicloud.emulator.junit5;

import static dev.minicloud.emulator.junit5.CloudAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.database.Database;
import dev.minicloud.emulator.functions.Functions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * A static field or a {@code @BeforeAll} parameter: one environment for the class, put back before each test to the
 * state {@code @BeforeAll} left it in.
 */
@CloudEmulatorTest(functions = Fixtures.FUNCTIONS, databaseFixtures = Fixtures.DATABASE, startTime = Fixtures.START)
class StaticEnvironmentTest {
    @CloudEnv
    static CloudEnvironment shared;
    private static CloudEnvironment fromBeforeAll;

    @BeforeAll
    static void setUp(CloudEnvironment env, Database db) {
        fromBeforeAll = env;
        db.collection("users").add(Map.of("_id", "o_carol", "nickName", "Carol"));
        env.storage().uploadFile("config/flags.json", "{}".getBytes());
        env.clock().advance(Duration.ofHours(1));
        env.functions().call("todos", Map.of("action", "add", "title", "from setup"));
        env.functions().openapi().respond("subscribeMessage.send", Map.of("errCode", 0, "msgid", "m1"));
    }

    @RepeatedTest(3)
    void each_test_starts_from_the_state_before_all_left(Database db, Functions functions) {
        assertThat(db).isSameAs(shared.database());
        assertThat(db.collection("users").doc("o_carol")).hasField("nickName", "Carol");
        assertThat(db.collection("todos")).hasSize(4).containsDocumentMatching(Map.of("title", "from setup"));
        assertThat(shared.storage().snapshot().cloudPaths()).containsExactly("config/flags.json");
        assertThat(shared.clock().instant()).isEqualTo(Instant.parse(Fixtures.START).plus(Duration.ofHours(1)));
        assertThat(functions.calls()).as("function calls start empty").isEmpty();

        db.collection("users").doc("o_carol").remove();
        db.collection("todos").where(Map.of()).remove();
        shared.storage().uploadFile("scratch.txt", new byte[] {1});
        shared.clock().advance(Duration.ofDays(1));
        functions.call("todos", Map.of("action", "add", "title", "scratch"));
    }

    @Test
    void every_request_of_the_class_gets_the_one_environment(CloudEnvironment env) {
        assertThat(env).isSameAs(shared).isSameAs(fromBeforeAll);
        assertThat(env.isClosed()).isFalse();
    }

    @AfterAll
    static void the_environment_is_still_open_after_the_tests(CloudEnvironment env) {
        assertThat(env).isSameAs(shared);
        assertThat(env.isClosed()).isFalse();
    }
}
