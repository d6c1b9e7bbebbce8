package dev.minicloud.emulator.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.base.Permission;
import dev.minicloud.emulator.database.command.Command;
import dev.minicloud.emulator.database.result.GetResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The four basic modes and every implicit behaviour the console's permission page promises. */
class BasicPermissionsTest extends ClientTestSupport {
    private static final String DENIED = ":fail -502003 database permission denied. Permission denied";

    private void startWith(Permission mode) {
        start(EmulatorConfiguration.builder().setCollectionPermission("todos", mode));
        seed(doc("_id", "t1", "_openid", "o_alice", "title", "alice's"),
                doc("_id", "t2", "_openid", "o_bob", "title", "bob's"),
                doc("_id", "t0", "title", "the admin's"));
    }

    private static List<Object> ids(GetResult r) {
        return r.data().stream().map(d -> d.get("_id")).toList();
    }

    @Test
    void private_reads_silently_see_only_the_callers_documents_in_get_count_and_aggregate() {
        startWith(Permission.PRIVATE);
        var todos = alice.database().collection("todos");
        assertThat(ids(todos.get())).containsExactly("t1");
        assertThat(ids(todos.where(Map.of("title", Command.neq("x"))).get())).containsExactly("t1");
        assertThat(todos.count().total()).isEqualTo(1);
        assertThat(todos.aggregate().count("n").end().list()).containsExactly(Map.of("n", 1));
    }

    @Test
    void private_doc_get_of_another_users_document_is_the_clients_not_found_error() {
        startWith(Permission.PRIVATE);
        var e = error(() -> alice.database().collection("todos").doc("t2").get());
        assertThat(e.errCode()).isEqualTo(-1);
        assertThat(e.errMsg()).isEqualTo("document.get:fail document.get:fail cannot find document with _id t2,"
                + " please make sure that the document exists and you have the corresponding Read permission");
        assertThat(alice.database().collection("todos").doc("t1").get().data()).containsEntry("title", "alice's");
    }

    @Test
    void writes_to_other_users_documents_succeed_and_change_nothing_under_private_and_readonly() {
        for (Permission mode : List.of(Permission.PRIVATE, Permission.READONLY)) {
            startWith(mode);
            var todos = alice.database().collection("todos");
            var update = todos.doc("t2").update(Map.of("x", 1));
            assertThat(update.stats().updated()).as(mode.name()).isZero();
            assertThat(update.errMsg()).isEqualTo("document.update:ok");
            assertThat(todos.where(Map.of("title", "bob's")).update(Map.of("x", 1)).stats().updated()).isZero();
            assertThat(todos.doc("t2").remove().stats().removed()).isZero();
            assertThat(todos.where(Map.of()).remove().stats().removed()).isEqualTo(1);
            assertThat(env.database().collection("todos").doc("t2").get().data()).doesNotContainKey("x");
            assertThat(env.database().collection("todos").count().total()).isEqualTo(2);
            close();
        }
    }

    @Test
    void readonly_lets_everyone_read_everything() {
        startWith(Permission.READONLY);
        assertThat(ids(bob.database().collection("todos").orderBy("_id", "asc").get()))
                .containsExactly("t0", "t1", "t2");
        assertThat(nobody.database().collection("todos").doc("t1").get().data()).containsEntry("_openid", "o_alice");
    }

    @Test
    void documents_without_an_openid_are_never_writable_by_a_client() {
        startWith(Permission.READONLY);
        assertThat(alice.database().collection("todos").doc("t0").update(Map.of("x", 1)).stats().updated()).isZero();
        assertThat(alice.database().collection("todos").doc("t0").remove().stats().removed()).isZero();
    }

    @Test
    void create_stamps_the_callers_openid_and_the_caller_may_not_set_one() {
        startWith(Permission.PRIVATE);
        var added = alice.database().collection("todos").add(Map.of("title", "new"));
        assertThat(env.database().collection("todos").doc(added.id()).get().data())
                .containsEntry("_openid", "o_alice").containsEntry("title", "new");
        var e = error(() -> alice.database().collection("todos").add(Map.of("_openid", "o_bob", "x", 1)));
        assertThat(e.errCode()).isEqualTo(-502003);
        assertThat(e.errMsg()).isEqualTo("collection.add" + DENIED);
        assertThat(env.database().collection("todos").where(Map.of("x", 1)).count().total()).isZero();
    }

    @Test
    void an_update_may_not_change_the_openid() {
        startWith(Permission.PRIVATE);
        var e = error(() -> alice.database().collection("todos").doc("t1").update(Map.of("_openid", "o_bob")));
        assertThat(e.errMsg()).isEqualTo("document.update" + DENIED);
        assertThat(env.database().collection("todos").doc("t1").get().data()).containsEntry("_openid", "o_alice");
    }

    @Test
    void adminwrite_refuses_every_client_write_and_allows_reads() {
        startWith(Permission.ADMINWRITE);
        var todos = alice.database().collection("todos");
        assertThat(todos.count().total()).isEqualTo(3);
        assertThat(error(() -> todos.add(Map.of("x", 1))).errMsg()).isEqualTo("collection.add" + DENIED);
        assertThat(error(() -> todos.doc("t1").update(Map.of("x", 1))).errMsg())
                .isEqualTo("document.update" + DENIED);
        assertThat(error(() -> todos.doc("t1").remove()).errCode()).isEqualTo(-502003);
        assertThat(error(() -> todos.where(Map.of()).update(Map.of("x", 1))).errMsg())
                .isEqualTo("collection.update" + DENIED);
    }

    @Test
    void adminonly_refuses_every_client_read_and_write() {
        startWith(Permission.ADMINONLY);
        var todos = alice.database().collection("todos");
        assertThat(error(todos::get).errMsg()).isEqualTo("collection.get" + DENIED);
        assertThat(error(todos::count).errMsg()).isEqualTo("collection.count" + DENIED);
        assertThat(error(() -> todos.add(Map.of("x", 1))).errCode()).isEqualTo(-502003);
        assertThat(error(() -> todos.doc("t1").get()).errMsg()).isEqualTo("document.get" + DENIED);
        assertThat(error(() -> todos.aggregate().count("n").end()).errCode()).isEqualTo(-502003);
    }

    @Test
    void a_new_collection_is_private_unless_configured_otherwise() {
        start(EmulatorConfiguration.builder());
        seed(doc("_id", "t2", "_openid", "o_bob"));
        assertThat(alice.database().collection("todos").get().data()).isEmpty();
        close();
        start(EmulatorConfiguration.builder().setDefaultCollectionPermission(Permission.READONLY));
        seed(doc("_id", "t2", "_openid", "o_bob"));
        assertThat(alice.database().collection("todos").get().data()).hasSize(1);
    }

    @Test
    void a_user_who_is_not_logged_in_owns_nothing_and_cannot_create() {
        startWith(Permission.PRIVATE);
        assertThat(nobody.database().collection("todos").get().data()).isEmpty();
        assertThat(error(() -> nobody.database().collection("todos").add(Map.of("x", 1))).errCode())
                .isEqualTo(-502003);
    }

    @Test
    void set_creates_with_the_callers_openid_replaces_their_own_and_refuses_others() {
        startWith(Permission.PRIVATE);
        var todos = alice.database().collection("todos");
        assertThat(todos.doc("t9").set(Map.of("title", "created")).stats().created()).isEqualTo(1);
        assertThat(env.database().collection("todos").doc("t9").get().data()).containsEntry("_openid", "o_alice");
        assertThat(todos.doc("t1").set(Map.of("title", "replaced")).stats().updated()).isEqualTo(1);
        assertThat(env.database().collection("todos").doc("t1").get().data())
                .containsEntry("_openid", "o_alice").containsEntry("title", "replaced");
        assertThat(error(() -> todos.doc("t2").set(Map.of("title", "stolen"))).errMsg())
                .isEqualTo("document.set" + DENIED);
        assertThat(env.database().collection("todos").doc("t2").get().data()).containsEntry("title", "bob's");
    }

    @Test
    void adminwrite_also_refuses_set_and_batch_remove_and_nothing_changes() {
        startWith(Permission.ADMINWRITE);
        var todos = alice.database().collection("todos");
        assertThat(error(() -> todos.doc("t1").set(Map.of("x", 1))).errMsg()).isEqualTo("document.set" + DENIED);
        assertThat(error(() -> todos.doc("t9").set(Map.of("x", 1))).errCode()).isEqualTo(-502003);
        assertThat(error(() -> todos.where(Map.of()).remove()).errMsg()).isEqualTo("collection.remove" + DENIED);
        assertThat(env.database().collection("todos").count().total()).isEqualTo(3);
        assertThat(env.database().collection("todos").doc("t1").get().data()).doesNotContainKey("x");
    }

    @Test
    void under_readonly_too_the_openid_is_stamped_and_cannot_be_set_or_changed() {
        startWith(Permission.READONLY);
        var todos = alice.database().collection("todos");
        assertThat(error(() -> todos.add(Map.of("_openid", "o_bob"))).errMsg()).isEqualTo("collection.add" + DENIED);
        assertThat(error(() -> todos.doc("t1").update(Map.of("_openid", "o_bob"))).errMsg())
                .isEqualTo("document.update" + DENIED);
        assertThat(error(() -> todos.where(Map.of("_openid", "{openid}")).update(Map.of("_openid", "o_bob")))
                .errCode()).isEqualTo(-502003);
        assertThat(error(() -> todos.doc("t9").set(Map.of("_openid", "o_bob"))).errCode()).isEqualTo(-502003);
        assertThat(env.database().collection("todos").doc("t1").get().data()).containsEntry("_openid", "o_alice");
        assertThat(env.database().collection("todos").count().total()).isEqualTo(3);
    }

    @Test
    void documents_without_an_openid_are_invisible_under_private_and_adminonly_refuses_reading_them() {
        startWith(Permission.PRIVATE);
        assertThat(ids(alice.database().collection("todos").where(Map.of("_id", "t0")).get())).isEmpty();
        assertThat(error(() -> alice.database().collection("todos").doc("t0").get()).errCode()).isEqualTo(-1);
        assertThat(alice.database().collection("todos").doc("t0").update(Map.of("x", 1)).stats().updated()).isZero();
        assertThat(alice.database().collection("todos").doc("t0").remove().stats().removed()).isZero();
        close();
        startWith(Permission.ADMINWRITE);
        assertThat(alice.database().collection("todos").doc("t0").get().data()).containsEntry("title", "the admin's");
    }
}
