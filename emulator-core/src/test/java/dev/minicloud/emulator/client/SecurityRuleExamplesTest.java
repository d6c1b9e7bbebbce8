package dev.minicloud.emulator.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.database.command.Command;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The rule guide's examples (cloud-api.md §10.2) from a client, each allowed once and refused once. */
class SecurityRuleExamplesTest extends ClientTestSupport {
    private void startWith(String rules, String... otherCollections) {
        start(EmulatorConfiguration.builder().addCollections(otherCollections).setSecurityRules("todos", rules));
    }

    private static int code(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return error(call).errCode();
    }

    @Test
    void the_caller_in_an_editors_array_needs_the_query_to_require_it() {
        startWith("{\"read\": \"auth.openid in doc.editors\", \"write\": false}");
        seed(doc("_id", "t1", "editors", List.of("o_alice", "o_bob")));
        var todos = alice.database().collection("todos");
        assertThat(todos.where(Map.of("editors", "o_alice")).get().data()).hasSize(1);
        assertThat(todos.where(Map.of("editors", Command.all(List.of("o_alice", "o_bob")))).count().total())
                .isEqualTo(1);
        assertThat(code(() -> todos.where(Map.of("editors", "o_bob")).get())).isEqualTo(-502003);
        assertThat(code(todos::get)).isEqualTo(-502003);
    }

    @Test
    void a_field_in_a_list_needs_the_query_to_stay_inside_the_list() {
        startWith("{\"read\": \"doc.status in ['a', 'b']\", \"write\": false}");
        seed(doc("_id", "t1", "status", "a"), doc("_id", "t2", "status", "c"));
        var todos = alice.database().collection("todos");
        assertThat(todos.where(Map.of("status", Command.in(List.of("a", "b")))).get().data()).hasSize(1);
        assertThat(todos.where(Map.of("status", "b")).get().data()).isEmpty();
        assertThat(code(() -> todos.where(Map.of("status", Command.in(List.of("a", "c")))).get()))
                .isEqualTo(-502003);
    }

    @Test
    void every_or_branch_must_satisfy_the_rule() {
        startWith("{\"read\": \"doc._openid == auth.openid\", \"write\": false}");
        seed(doc("_id", "t1", "_openid", "o_alice", "a", 1), doc("_id", "t2", "_openid", "o_bob", "b", 2));
        var todos = alice.database().collection("todos");
        var both = Command.or(List.of(Map.of("_openid", "{openid}", "a", 1), Map.of("_openid", "{openid}", "b", 2)));
        assertThat(todos.where(both).get().data()).extracting(d -> d.get("_id")).containsExactly("t1");
        var oneOpen = Command.or(List.of(Map.of("_openid", "{openid}"), Map.of("b", 2)));
        assertThat(code(() -> todos.where(oneOpen).get())).isEqualTo(-502003);
    }

    @Test
    void doc_id_alone_cannot_satisfy_a_rule_on_another_field_so_remove_by_id_is_refused() {
        startWith("{\"read\": \"doc._openid == auth.openid\", \"write\": \"doc._openid == auth.openid\"}");
        seed(doc("_id", "t1", "_openid", "o_alice"));
        var todos = alice.database().collection("todos");
        assertThat(code(() -> todos.doc("t1").remove())).isEqualTo(-502003);
        assertThat(env.database().collection("todos").count().total()).isEqualTo(1);
        assertThat(todos.where(Map.of("_id", "t1", "_openid", "{openid}")).remove().stats().removed()).isEqualTo(1);
    }

    @Test
    void update_and_delete_fall_back_to_write_and_a_missing_read_or_write_denies() {
        startWith("{\"read\": true, \"write\": \"doc._openid == auth.openid\", \"create\": true}");
        seed(doc("_id", "t1", "_openid", "o_alice"), doc("_id", "t2", "_openid", "o_bob"));
        var todos = alice.database().collection("todos");
        assertThat(todos.where(Map.of("_openid", "{openid}")).update(Map.of("x", 1)).stats().updated()).isEqualTo(1);
        assertThat(code(() -> todos.where(Map.of("_openid", "o_bob")).remove())).isEqualTo(-502003);
        close();
        startWith("{\"read\": true}");
        assertThat(code(() -> alice.database().collection("todos").add(Map.of("x", 1)))).isEqualTo(-502003);
        close();
        startWith("{\"write\": true}");
        assertThat(code(() -> alice.database().collection("todos").get())).isEqualTo(-502003);
    }

    @Test
    void now_is_the_environments_clock_in_milliseconds() {
        startWith("{\"read\": \"doc.expiresAt > now\", \"write\": false}");
        long now = NOW.toEpochMilli();
        var todos = alice.database().collection("todos");
        assertThat(todos.where(Map.of("expiresAt", Command.gt(now + 1))).get().data()).isEmpty();
        assertThat(code(() -> todos.where(Map.of("expiresAt", Command.gt(now - 1))).get())).isEqualTo(-502003);
    }

    @Test
    void request_data_is_the_payload_of_a_create_or_an_update() {
        startWith("{\"read\": true, \"write\": \"doc._openid == auth.openid && request.data.title != ''\","
                + " \"create\": \"request.data.title != ''\"}");
        var todos = alice.database().collection("todos");
        assertThat(todos.add(Map.of("title", "hi")).errMsg()).isEqualTo("collection.add:ok");
        assertThat(code(() -> todos.add(Map.of("title", "")))).isEqualTo(-502003);
        var mine = todos.where(Map.of("_openid", "{openid}"));
        assertThat(mine.update(Map.of("title", "again")).stats().updated()).isEqualTo(1);
        assertThat(code(() -> mine.update(Map.of("title", "")))).isEqualTo(-502003);
        assertThat(env.database().collection("todos").where(Map.of("title", "again")).count().total()).isEqualTo(1);
    }

    @Test
    void auth_is_null_for_a_user_who_is_not_logged_in() {
        startWith("{\"read\": \"auth != null\", \"write\": \"auth == null\"}");
        seed(doc("_id", "t1"));
        assertThat(alice.database().collection("todos").get().data()).hasSize(1);
        assertThat(code(() -> nobody.database().collection("todos").get())).isEqualTo(-502003);
        assertThat(nobody.database().collection("todos").add(Map.of("x", 1)).errMsg()).isEqualTo("collection.add:ok");
        assertThat(code(() -> alice.database().collection("todos").add(Map.of("x", 1)))).isEqualTo(-502003);
    }

    @Test
    void get_of_a_doc_field_needs_the_query_to_pin_that_field() {
        startWith("{\"read\": \"get('database.rooms.' + doc.roomId).owner == auth.openid\", \"write\": false}",
                "rooms");
        env.database().collection("rooms").add(doc("_id", "r1", "owner", "o_alice"));
        seed(doc("_id", "t1", "roomId", "r1"));
        assertThat(alice.database().collection("todos").where(Map.of("roomId", "r1")).get().data()).hasSize(1);
        assertThat(code(() -> bob.database().collection("todos").where(Map.of("roomId", "r1")).get()))
                .isEqualTo(-502003);
        assertThat(code(() -> alice.database().collection("todos").get())).isEqualTo(-502003);
        assertThat(code(() -> alice.database().collection("todos")
                .where(Map.of("roomId", Command.in(List.of("r1", "r2")))).get())).isEqualTo(-502003);
    }

    @Test
    void a_request_whose_gets_read_more_than_ten_documents_is_refused() {
        startWith("{\"read\": \"get('database.rooms.' + doc.a).ok && get('database.rooms.' + doc.b).ok\","
                + " \"write\": false}", "rooms");
        IntStream.range(0, 12).forEach(i -> env.database().collection("rooms").add(doc("_id", "r" + i, "ok", true)));
        var todos = alice.database().collection("todos");
        assertThat(todos.where(Map.of("a", "r0", "b", "r1")).get().errMsg()).isEqualTo("collection.get:ok");
        var six = Command.or(IntStream.range(0, 6)
                .mapToObj(i -> (Object) Map.of("a", "r" + (2 * i), "b", "r" + (2 * i + 1))).toList());
        assertThat(code(() -> todos.where(six).get())).isEqualTo(-502003);
    }

    @Test
    void the_builder_refuses_rules_past_the_services_limits() {
        String longRule = "doc.a == '" + "x".repeat(1020) + "'";
        assertThatThrownBy(() -> EmulatorConfiguration.builder().setSecurityRules("todos",
                "{\"read\": \"" + longRule + "\"}")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("collection 'todos'").hasMessageContaining("the limit is 1024");
        String fourGets = "get('database.a.1').x && get('database.a.2').x && get('database.a.3').x"
                + " && get('database.a.4').x";
        assertThatThrownBy(() -> EmulatorConfiguration.builder().setSecurityRules("todos",
                "{\"read\": \"" + fourGets + "\"}")).hasMessageContaining("more than 3 get() calls");
        String nested = "get('database.a.' + get('database.b.' + get('database.c.1').x).y).z";
        assertThatThrownBy(() -> EmulatorConfiguration.builder().setSecurityRules("todos",
                "{\"read\": \"" + nested + "\"}")).hasMessageContaining("nested more than 2 deep");
        String exactly1024 = "doc.a == '" + "x".repeat(1024 - 11) + "'";
        assertThat(exactly1024).hasSize(1024);
        EmulatorConfiguration.builder().setSecurityRules("todos", "{\"read\": \"" + exactly1024 + "\"}");
    }
}
