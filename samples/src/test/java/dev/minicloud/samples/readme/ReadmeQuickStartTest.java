package dev.minicloud.samples.readme;

import static dev.minicloud.emulator.junit5.CloudAssertions.assertThat;

import dev.minicloud.emulator.VirtualClock;
import dev.minicloud.emulator.database.Database;
import dev.minicloud.emulator.functions.Functions;
import dev.minicloud.emulator.junit5.CallerIdentity;
import dev.minicloud.emulator.junit5.CloudEmulatorTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

// README.md, "Quick start: a JUnit 5 test": this class is the snippet (ReadmeTest checks they stay the same).
@CloudEmulatorTest(functions = "cloudfunctions", databaseFixtures = "seed/database", openId = "o_alice",
        startTime = "2024-03-17T02:20:30Z")
class ReadmeQuickStartTest {

    @Test
    void adds_a_todo_for_the_caller(Functions functions, Database db) {
        assertThat(functions.call("todos", Map.of("action", "add", "title", "write tests"))).succeeded()
                .hasResultField("ok", true);
        assertThat(db.collection("todos"))
                .containsDocumentMatching(Map.of("title", "write tests", "owner", "o_alice", "done", false));
    }

    @Test
    @CallerIdentity(openId = "o_bob")
    void sees_only_their_own_todos(Functions functions, VirtualClock clock) {
        clock.advance(Duration.ofDays(1));
        assertThat(functions.call("todos", Map.of("action", "list"))).hasResultField("total", 1)
                .hasResultField("items.0.title", "Fix the kettle listing");
    }
}
