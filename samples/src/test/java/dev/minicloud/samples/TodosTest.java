package dev.minicloud.samples;

import static dev.minicloud.emulator.junit5.CloudAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import dev.minicloud.emulator.VirtualClock;
import dev.minicloud.emulator.database.Database;
import dev.minicloud.emulator.functions.Functions;
import dev.minicloud.emulator.junit5.CallerIdentity;
import dev.minicloud.emulator.junit5.CloudEmulatorTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

@CloudEmulatorTest(functions = MiniShop.FUNCTIONS, databaseFixtures = MiniShop.DATABASE, startTime = MiniShop.NOW,
        openId = "o_alice")
class TodosTest {

    private static Map<String, Object> todo(String action, Object... keyValues) {
        Map<String, Object> event = new java.util.LinkedHashMap<>();
        event.put("action", action);
        for (int i = 0; i < keyValues.length; i += 2) {
            event.put((String) keyValues[i], keyValues[i + 1]);
        }
        return event;
    }

    @Test
    void the_list_shows_only_my_todos_open_ones_first_newest_first(Functions functions) {
        assertThat(functions.call("todos", todo("list"))).succeeded()
                .hasResultField("total", 3)
                .hasResultField("items.0._id", "t-3")
                .hasResultField("items.1._id", "t-1")
                .hasResultField("items.2._id", "t-2");
    }

    @Test
    void the_list_pages_through_many_todos(Functions functions, VirtualClock clock) {
        for (int i = 1; i <= 12; i++) {
            clock.advance(Duration.ofMinutes(1));
            assertThat(functions.call("todos", todo("add", "title", "task " + i))).hasResultField("ok", true);
        }
        assertThat(functions.call("todos", todo("list", "page", 1, "pageSize", 5)))
                .hasResultField("total", 15).hasResultField("pages", 3).hasResultField("items.0.title", "task 12");
        assertThat(functions.call("todos", todo("list", "page", 3, "pageSize", 5)).result())
                .extracting("items", LIST).hasSize(5);
        assertThat(functions.call("todos", todo("list", "done", true))).hasResultField("total", 1);
    }

    @Test
    void adding_checks_the_title_and_stamps_the_server_time(Functions functions, Database db) {
        assertThat(functions.call("todos", todo("add", "title", "  "))).hasResult(
                Map.of("ok", false, "code", "BAD_TITLE", "message", "title is required"));
        Object id = ((Map<?, ?>) functions.call("todos", todo("add", "title", " Restock mooncakes ",
                "dueDate", "2024-03-18T00:00:00Z")).resultOrThrow()).get("_id");
        assertThat(db.collection("todos").doc(id)).hasField("title", "Restock mooncakes")
                .hasField("owner", "o_alice").hasField("done", false)
                .hasField("dueDate", java.time.Instant.parse("2024-03-18T00:00:00Z"))
                .hasField("createdAt", java.time.Instant.parse(MiniShop.NOW));
    }

    @Test
    void toggling_and_clearing_done_todos(Functions functions, Database db) {
        assertThat(functions.call("todos", todo("toggle", "id", "t-1"))).hasResultField("done", true);
        assertThat(functions.call("todos", todo("clearDone"))).hasResultField("removed", 2);
        assertThat(db.collection("todos")).hasSize(2)
                .doesNotContainDocumentMatching(Map.of("owner", "o_alice", "done", true));
    }

    @Test
    void nobody_can_change_someone_else_s_todo(@CallerIdentity(openId = "o_bob") Functions bob, Database db) {
        assertThat(bob.call("todos", todo("remove", "id", "t-1"))).hasResult(
                Map.of("ok", false, "code", "NOT_FOUND", "message", "todo t-1 not found"));
        assertThat(bob.call("todos", todo("update", "id", "t-1", "title", "mine now"))).hasResultField("ok", false);
        assertThat(db.collection("todos").doc("t-1")).exists().hasField("title", "Order more jasmine tea");
    }

    @Test
    void overdue_todos_follow_the_clock(Functions functions, VirtualClock clock) {
        assertThat(functions.call("todos", todo("overdue"))).hasResultField("items.0._id", "t-1")
                .doesNotHaveResultField("items.1");
        clock.advance(Duration.ofDays(4));
        assertThat(functions.call("todos", todo("overdue"))).hasResultField("items.0._id", "t-1")
                .hasResultField("items.1._id", "t-3");
    }

    @Test
    void an_unknown_action_is_answered_not_thrown(Functions functions) {
        assertThat(functions.call("todos", todo("fly"))).hasResult(
                Map.of("ok", false, "code", "BAD_ACTION", "message", "unknown action fly"));
        assertThat(functions.calls()).extracting(c -> c.result().errCode()).containsOnly(0);
    }
}
