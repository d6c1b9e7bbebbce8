package dev.minicloud.emulator.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.base.Permission;
import dev.minicloud.emulator.database.command.Command;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the mini-program's SDK does differently from the server's, whatever the permission. */
class ClientSemanticsTest extends ClientTestSupport {
    private void startReadable() {
        start(EmulatorConfiguration.builder().setCollectionPermission("todos", Permission.READONLY));
    }

    @Test
    void a_page_holds_20_documents_by_default_and_at_most() {
        startReadable();
        for (int i = 0; i < 30; i++) {
            seed(doc("_id", String.format("t%02d", i)));
        }
        var todos = alice.database().collection("todos");
        assertThat(todos.get().data()).hasSize(20);
        assertThat(todos.limit(25).get().data()).hasSize(20);
        assertThat(todos.limit(5).get().data()).hasSize(5);
        assertThat(todos.skip(20).get().data()).hasSize(10);
        assertThat(todos.count().total()).isEqualTo(30);
        assertThat(env.database().collection("todos").get().data()).hasSize(30);
    }

    @Test
    void the_openid_placeholder_in_query_values_is_the_callers_openid() {
        startReadable();
        seed(doc("_id", "a", "owner", "o_alice"), doc("_id", "b", "owner", "o_bob"));
        var mine = alice.database().collection("todos").where(Map.of("owner", "{openid}")).get().data();
        assertThat(mine).extracting(d -> d.get("_id")).containsExactly("a");
        assertThat(bob.database().collection("todos").where(Map.of("owner", "{openid}")).count().total())
                .isEqualTo(1);
        assertThat(env.database().collection("todos").where(Map.of("owner", "{openid}")).count().total()).isZero();
    }

    @Test
    void a_result_over_1_mb_fails_with_602001() {
        startReadable();
        String big = "x".repeat(200_000);
        for (int i = 0; i < 6; i++) {
            seed(doc("_id", "big" + i, "blob", big));
        }
        var e = error(() -> alice.database().collection("todos").get());
        assertThat(e.errCode()).isEqualTo(-602001);
        assertThat(e.errMsg()).isEqualTo("collection.get:fail -602001 database query result size exceed limit (1MB)");
        assertThat(alice.database().collection("todos").limit(4).get().data()).hasSize(4);
    }

    @Test
    void the_1_mb_limit_is_on_the_answer_after_skip_order_and_projection() {
        startReadable();
        String big = "x".repeat(200_000);
        for (int i = 0; i < 6; i++) {
            seed(doc("_id", "big" + i, "n", i, "blob", big));
        }
        var todos = alice.database().collection("todos");
        assertThat(todos.skip(3).get().data()).hasSize(3);
        assertThat(todos.orderBy("n", "desc").limit(2).get().data()).extracting(d -> d.get("_id"))
                .containsExactly("big5", "big4");
        assertThat(todos.field(Map.of("n", true)).get().data()).hasSize(6);
        assertThat(error(() -> todos.orderBy("n", "asc").get()).errCode()).isEqualTo(-602001);
    }

    @Test
    void the_1_mb_limit_counts_utf8_bytes_not_characters() {
        startReadable();
        String big = "\u00e9".repeat(100_000);
        for (int i = 0; i < 6; i++) {
            seed(doc("_id", "big" + i, "blob", big));
        }
        assertThat(error(() -> alice.database().collection("todos").get()).errCode()).isEqualTo(-602001);
        assertThat(alice.database().collection("todos").limit(4).get().data()).hasSize(4);
    }

    @Test
    void what_the_client_sdk_does_not_have_fails_as_a_call_from_the_wrong_side() {
        startReadable();
        var db = alice.database();
        assertThat(error(() -> db.createCollection("more")).errMsg())
                .isEqualTo("createCollection:fail the mini-program client SDK has no createCollection: call it from"
                        + " a cloud function");
        assertThat(error(db::startTransaction).errMsg()).startsWith("startTransaction:fail");
        assertThat(error(() -> db.runTransaction(t -> 1)).errCode()).isEqualTo(-1);
        assertThat(error(db::snapshot).errCode()).isEqualTo(-1);
    }

    @Test
    void the_client_adds_one_document_per_call() {
        startReadable();
        var e = error(() -> alice.database().collection("todos").add(java.util.List.of(Map.of("a", 1))));
        assertThat(e.errCode()).isEqualTo(-1);
        assertThat(env.database().collection("todos").count().total()).isZero();
    }

    @Test
    void lookup_in_an_aggregation_is_for_admins_only() {
        startReadable();
        var e = error(() -> alice.database().collection("todos").aggregate().lookup(Map.of("from", "todos",
                "localField", "a", "foreignField", "b", "as", "c")).end());
        assertThat(e.errCode()).isEqualTo(-502003);
    }

    @Test
    void an_aggregation_without_a_limit_stage_gives_20_to_the_client() {
        startReadable();
        for (int i = 0; i < 30; i++) {
            seed(doc("_id", String.format("t%02d", i), "i", i));
        }
        var todos = alice.database().collection("todos");
        assertThat(todos.aggregate().match(Map.of("i", Command.gte(0))).end().list()).hasSize(20);
        assertThat(todos.aggregate().limit(25).end().list()).hasSize(25);
    }

    @Test
    void doc_get_of_a_missing_id_always_throws_the_clients_error_and_where_id_gives_an_empty_list() {
        startReadable();
        var todos = alice.database().collection("todos");
        var e = error(() -> todos.doc("nope").get());
        assertThat(e.errCode()).isEqualTo(-1);
        assertThat(e.errMsg()).isEqualTo("document.get:fail document.get:fail cannot find document with _id nope,"
                + " please make sure that the document exists and you have the corresponding Read permission");
        var none = todos.where(Map.of("_id", "nope")).get();
        assertThat(none.data()).isEmpty();
        assertThat(none.errMsg()).isEqualTo("collection.get:ok");
    }
}
