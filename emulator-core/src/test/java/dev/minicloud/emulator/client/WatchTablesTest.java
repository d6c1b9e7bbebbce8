package dev.minicloud.emulator.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.base.Permission;
import dev.minicloud.emulator.database.Query;
import dev.minicloud.emulator.database.command.Command;
import dev.minicloud.emulator.database.result.WatchChange;
import dev.minicloud.emulator.database.result.WatchSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every row of the snapshot and change tables of cloud-api.md §6, and its three examples, from a client. */
class WatchTablesTest extends ClientTestSupport {
    private final List<WatchSnapshot> snapshots = new ArrayList<>();
    private final List<CloudException> errors = new ArrayList<>();

    private void startReadable() {
        start(EmulatorConfiguration.builder().setCollectionPermission("todos", Permission.READONLY));
    }

    private void watch(Query q) {
        q.watch(snapshots::add, errors::add);
    }

    private WatchSnapshot last() {
        return snapshots.get(snapshots.size() - 1);
    }

    private WatchChange onlyChange() {
        assertThat(last().docChanges()).hasSize(1);
        return last().docChanges().get(0);
    }

    private static String kinds(WatchChange c) {
        return c.dataType() + "/" + c.queueType();
    }

    @Test
    void the_first_example_two_matching_documents_give_an_init_snapshot_with_two_init_changes() {
        startReadable();
        seed(doc("_id", "d1", "done", false), doc("_id", "d2", "done", false));
        watch(alice.database().collection("todos").where(Map.of("done", false)));
        WatchSnapshot init = last();
        assertThat(init.type()).isEqualTo("init");
        assertThat(init.docs()).extracting(d -> d.get("_id")).containsExactly("d2", "d1");
        assertThat(init.docChanges()).extracting(c -> c.docId() + ":" + kinds(c)).containsExactly(
                "d2:init/init", "d1:init/init");
        assertThat(init.docChanges()).allSatisfy(c -> {
            assertThat(c.id()).isEqualTo(init.id());
            assertThat(c.doc()).containsEntry("done", false);
            assertThat(c.updatedFields()).isNull();
            assertThat(c.removedFields()).isNull();
        });
    }

    @Test
    void the_second_example_an_empty_first_result_is_still_an_init_snapshot() {
        startReadable();
        watch(alice.database().collection("todos"));
        assertThat(snapshots).singleElement().satisfies(s -> {
            assertThat(s.type()).isEqualTo("init");
            assertThat(s.docs()).isEmpty();
            assertThat(s.docChanges()).isEmpty();
        });
    }

    @Test
    void the_third_example_an_update_that_stops_a_match_dequeues_with_the_new_document_and_its_fields() {
        startReadable();
        seed(doc("_id", "d1", "done", false, "title", "a"), doc("_id", "d2", "done", false));
        watch(alice.database().collection("todos").where(Map.of("done", false)));
        long initId = last().id();
        env.database().collection("todos").doc("d1").update(Map.of("done", true));
        WatchSnapshot s = last();
        assertThat(s.id()).isEqualTo(initId + 1);
        assertThat(s.type()).isNull();
        assertThat(s.docs()).extracting(d -> d.get("_id")).containsExactly("d2");
        WatchChange c = onlyChange();
        assertThat(c.id()).isEqualTo(s.id());
        assertThat(kinds(c)).isEqualTo("update/dequeue");
        assertThat(c.docId()).isEqualTo("d1");
        assertThat(c.doc()).isEqualTo(Map.of("_id", "d1", "done", true, "title", "a"));
        assertThat(c.updatedFields()).isEqualTo(Map.of("done", true));
        assertThat(c.removedFields()).isEmpty();
    }

    @Test
    void an_update_that_makes_a_document_match_enqueues_it() {
        startReadable();
        seed(doc("_id", "d1", "done", true));
        watch(alice.database().collection("todos").where(Map.of("done", false)));
        env.database().collection("todos").doc("d1").update(Map.of("done", false));
        assertThat(kinds(onlyChange())).isEqualTo("update/enqueue");
        assertThat(onlyChange().doc()).containsEntry("done", false);
        assertThat(last().docs()).extracting(d -> d.get("_id")).containsExactly("d1");
    }

    @Test
    void updated_and_removed_fields_are_dot_paths_and_only_updates_carry_them() {
        startReadable();
        seed(doc("_id", "d1", "done", false, "tag", "x", "meta", Map.of("a", 1, "b", 2)));
        watch(alice.database().collection("todos"));
        env.database().collection("todos").doc("d1").update(Map.of("tag", Command.remove(), "meta.a", 5));
        WatchChange update = onlyChange();
        assertThat(kinds(update)).isEqualTo("update/update");
        assertThat(update.updatedFields()).isEqualTo(Map.of("meta.a", 5));
        assertThat(update.removedFields()).containsExactly("tag");

        env.database().collection("todos").doc("d1").set(Map.of("done", true));
        WatchChange replace = onlyChange();
        assertThat(kinds(replace)).isEqualTo("replace/update");
        assertThat(replace.doc()).isEqualTo(Map.of("_id", "d1", "done", true));
        assertThat(replace.updatedFields()).isNull();
        assertThat(replace.removedFields()).isNull();
    }

    @Test
    void a_replace_that_stops_a_match_dequeues_and_a_remove_reports_the_last_known_document() {
        startReadable();
        seed(doc("_id", "d1", "done", false, "title", "old"), doc("_id", "d2", "done", false, "title", "two"));
        watch(alice.database().collection("todos").where(Map.of("done", false)));
        env.database().collection("todos").doc("d1").set(Map.of("done", true, "title", "new"));
        assertThat(kinds(onlyChange())).isEqualTo("replace/dequeue");
        assertThat(onlyChange().doc()).containsEntry("title", "new");
        env.database().collection("todos").doc("d2").remove();
        assertThat(kinds(onlyChange())).isEqualTo("remove/dequeue");
        assertThat(onlyChange().doc()).isEqualTo(Map.of("_id", "d2", "done", false, "title", "two"));
        assertThat(last().docs()).isEmpty();
    }

    @Test
    void without_limit_a_watch_lists_every_match_past_the_clients_page_of_20() {
        startReadable();
        for (int i = 0; i < 25; i++) {
            seed(doc("_id", String.format("t%02d", i)));
        }
        watch(alice.database().collection("todos"));
        assertThat(last().docs()).hasSize(25);
        assertThat(last().docs().get(0)).containsEntry("_id", "t24");
    }

    @Test
    void event_ids_rise_by_one_and_writes_the_watch_cannot_see_send_nothing() {
        startReadable();
        watch(alice.database().collection("todos").where(Map.of("done", false)));
        env.database().collection("todos").add(Map.of("_id", "a", "done", true));
        assertThat(snapshots).hasSize(1);
        env.database().collection("todos").add(Map.of("_id", "b", "done", false));
        env.database().collection("todos").add(Map.of("_id", "c", "done", false));
        assertThat(snapshots).extracting(WatchSnapshot::id)
                .containsExactly(snapshots.get(0).id(), snapshots.get(0).id() + 1, snapshots.get(0).id() + 2);
    }

    @Test
    void under_custom_rules_a_watch_is_judged_as_a_get_on_its_query() {
        start(EmulatorConfiguration.builder().setSecurityRules("todos",
                "{\"read\": \"doc._openid == auth.openid\", \"write\": \"doc._openid == auth.openid\"}"));
        watch(alice.database().collection("todos").where(Map.of("_openid", "{openid}")));
        bob.database().collection("todos").add(Map.of("_id", "bobs"));
        alice.database().collection("todos").add(Map.of("_id", "alices"));
        assertThat(snapshots).hasSize(2);
        assertThat(onlyChange().docId()).isEqualTo("alices");
        assertThat(errors).isEmpty();

        alice.database().collection("todos").watch(snapshots::add, errors::add);
        assertThat(snapshots).hasSize(2);
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.errCode()).isEqualTo(-402006);
            assertThat(e.errMsg()).isEqualTo("COLLECTION_PERMISSION_DENIED - Permission denied");
        });
    }

    @Test
    void a_watch_on_a_collection_that_does_not_exist_fails_as_get_would() {
        startReadable();
        var e = error(() -> alice.database().collection("nope").watch(snapshots::add, errors::add));
        assertThat(e.errCode()).isEqualTo(-502005);
        assertThat(snapshots).isEmpty();
    }
}
