package dev.minicloud.emulator.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.database.command.Command;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Custom security rules from the client: queries allowed whole or refused, creates judged on the new record. */
class SecurityRulesFromClientTest extends ClientTestSupport {
    private void startWith(String rules) {
        start(EmulatorConfiguration.builder().setSecurityRules("todos", rules));
        seed(doc("_id", "t1", "_openid", "o_alice", "age", 20, "title", "alice's"),
                doc("_id", "t2", "_openid", "o_bob", "age", 8, "title", "bob's"));
    }

    @Test
    void an_owner_rule_allows_a_query_that_pins_the_callers_openid_and_refuses_one_that_does_not() {
        startWith("{\"read\": \"doc._openid == auth.openid\", \"write\": \"doc._openid == auth.openid\"}");
        var todos = alice.database().collection("todos");
        assertThat(todos.where(Map.of("_openid", "{openid}")).get().data()).extracting(d -> d.get("_id"))
                .containsExactly("t1");
        var refused = error(() -> todos.get());
        assertThat(refused.errCode()).isEqualTo(-502003);
        assertThat(refused.errMsg()).isEqualTo("collection.get:fail -502003 database permission denied."
                + " Permission denied");
        assertThat(error(() -> todos.doc("t1").get()).errCode()).isEqualTo(-502003);
        assertThat(error(() -> todos.where(Map.of("_openid", "o_bob")).count()).errCode()).isEqualTo(-502003);
    }

    @Test
    void writes_are_judged_on_their_query_and_never_narrowed() {
        startWith("{\"read\": true, \"write\": \"doc._openid == auth.openid\"}");
        var todos = alice.database().collection("todos");
        assertThat(todos.where(Map.of("_id", "t1", "_openid", "{openid}")).update(Map.of("done", true)).stats()
                .updated()).isEqualTo(1);
        assertThat(error(() -> todos.doc("t1").update(Map.of("done", false))).errMsg())
                .startsWith("document.update:fail -502003");
        assertThat(error(() -> todos.where(Map.of("title", "bob's")).remove()).errCode()).isEqualTo(-502003);
        assertThat(env.database().collection("todos").count().total()).isEqualTo(2);
    }

    @Test
    void a_range_rule_needs_the_query_inside_its_range() {
        startWith("{\"read\": \"doc.age > 10\", \"write\": false}");
        var todos = bob.database().collection("todos");
        assertThat(todos.where(Map.of("age", Command.gt(15))).get().data()).hasSize(1);
        assertThat(error(() -> todos.where(Map.of("age", Command.gt(5))).get()).errCode()).isEqualTo(-502003);
    }

    @Test
    void create_is_judged_on_the_stamped_record() {
        startWith("{\"read\": true, \"write\": false, \"create\": \"doc._openid == auth.openid && doc.age >= 0\"}");
        assertThat(alice.database().collection("todos").add(Map.of("age", 3)).errMsg()).isEqualTo("collection.add:ok");
        assertThat(error(() -> alice.database().collection("todos").add(Map.of("age", -1))).errCode())
                .isEqualTo(-502003);
        assertThat(error(() -> nobody.database().collection("todos").add(Map.of("age", 3))).errCode())
                .isEqualTo(-502003);
        assertThat(env.database().collection("todos").count().total()).isEqualTo(3);
    }

    @Test
    void set_replacing_a_document_is_judged_by_the_update_rule_alone() {
        startWith("{\"read\": true, \"write\": false, \"update\": true}");
        var todos = alice.database().collection("todos");
        assertThat(todos.doc("t2").set(Map.of("title", "replaced")).stats().updated()).isEqualTo(1);
        assertThat(env.database().collection("todos").doc("t2").get().data()).containsEntry("title", "replaced");
        assertThat(error(() -> todos.doc("t9").set(Map.of("title", "created"))).errMsg())
                .startsWith("document.set:fail -502003");
        assertThat(env.database().collection("todos").count().total()).isEqualTo(2);
    }

    @Test
    void set_creating_a_missing_document_is_judged_by_the_create_rule_alone() {
        startWith("{\"read\": true, \"write\": false, \"create\": true}");
        var todos = alice.database().collection("todos");
        assertThat(todos.doc("t9").set(Map.of("title", "created")).stats().created()).isEqualTo(1);
        assertThat(env.database().collection("todos").doc("t9").get().data()).containsEntry("_openid", "o_alice");
        assertThat(error(() -> todos.doc("t1").set(Map.of("title", "replaced"))).errMsg())
                .startsWith("document.set:fail -502003");
        assertThat(env.database().collection("todos").doc("t1").get().data()).containsEntry("title", "alice's");
    }

    @Test
    void a_rule_may_read_another_document_with_get() {
        start(EmulatorConfiguration.builder().addCollections("admins").setSecurityRules("todos",
                "{\"read\": \"get('database.admins.' + auth.openid).active == true\", \"write\": false}"));
        env.database().collection("admins").add(doc("_id", "o_alice", "active", true));
        seed(doc("_id", "t1"));
        assertThat(alice.database().collection("todos").get().data()).hasSize(1);
        assertThat(error(() -> bob.database().collection("todos").get()).errCode()).isEqualTo(-502003);
    }

    @Test
    void bad_rule_text_is_a_configuration_error_naming_the_collection_and_the_position() {
        assertThatThrownBy(() -> EmulatorConfiguration.builder().setSecurityRules("todos",
                "{\"read\": \"doc._openid = auth.openid\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("collection 'todos'").hasMessageContaining("\"read\"")
                .hasMessageContaining("at position 12");
    }
}
