package dev.minicloud.emulator.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.base.Permission;
import dev.minicloud.emulator.database.Query;
import dev.minicloud.emulator.database.Watcher;
import dev.minicloud.emulator.database.command.Command;
import dev.minicloud.emulator.database.result.WatchChange;
import dev.minicloud.emulator.database.result.WatchSnapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Realtime watch from the client: every write, from any side, reaches the watcher before it returns. */
class WatchTest extends ClientTestSupport {
    private final List<WatchSnapshot> snapshots = new ArrayList<>();
    private final List<CloudException> errors = new ArrayList<>();

    private void startWith(Permission mode) {
        start(EmulatorConfiguration.builder().setCollectionPermission("todos", mode));
    }

    private Watcher watch(Query q) {
        return q.watch(snapshots::add, errors::add);
    }

    private WatchSnapshot last() {
        return snapshots.get(snapshots.size() - 1);
    }

    private static String changes(WatchSnapshot s) {
        return String.join(" ", s.docChanges().stream().map(c -> c.docId() + ":" + c.dataType() + "/"
                + c.queueType()).toList());
    }

    @Test
    void the_first_snapshot_arrives_before_watch_returns_with_type_init() {
        startWith(Permission.READONLY);
        seed(doc("_id", "a", "done", false), doc("_id", "b", "done", true));
        watch(alice.database().collection("todos").where(Map.of("done", false)));
        assertThat(snapshots).hasSize(1);
        assertThat(last().type()).isEqualTo("init");
        assertThat(changes(last())).isEqualTo("a:init/init");
    }

    @Test
    void writes_from_other_clients_the_admin_and_functions_reach_the_watcher_before_they_return() {
        startWith(Permission.READONLY);
        watch(alice.database().collection("todos").where(Map.of("done", false)));
        bob.database().collection("todos").add(Map.of("_id", "b1", "done", false));
        assertThat(changes(last())).isEqualTo("b1:add/enqueue");
        env.database().collection("todos").doc("b1").update(Map.of("title", "x", "done", false));
        WatchChange update = last().docChanges().get(0);
        assertThat(update.dataType() + "/" + update.queueType()).isEqualTo("update/update");
        assertThat(update.updatedFields()).isEqualTo(Map.of("title", "x"));
        assertThat(update.removedFields()).isEmpty();
        env.database().collection("todos").doc("b1").update(Map.of("done", true));
        assertThat(changes(last())).isEqualTo("b1:update/dequeue");
        assertThat(last().docs()).isEmpty();
        env.database().collection("todos").doc("b1").set(Map.of("done", false));
        assertThat(changes(last())).isEqualTo("b1:replace/enqueue");
        env.database().collection("todos").doc("b1").remove();
        assertThat(changes(last())).isEqualTo("b1:remove/dequeue");
        assertThat(snapshots).extracting(WatchSnapshot::id).doesNotHaveDuplicates().isSorted();
        assertThat(errors).isEmpty();
    }

    @Test
    void a_transaction_reaches_the_watcher_once_at_commit() {
        startWith(Permission.READONLY);
        watch(alice.database().collection("todos"));
        var tx = env.database().startTransaction();
        tx.collection("todos").add(Map.of("_id", "t1"));
        tx.collection("todos").add(Map.of("_id", "t2"));
        assertThat(snapshots).hasSize(1);
        tx.commit();
        assertThat(snapshots).hasSize(2);
        assertThat(changes(last())).isEqualTo("t1:add/enqueue t2:add/enqueue");
        assertThat(last().docs()).extracting(d -> d.get("_id")).containsExactly("t2", "t1");
    }

    @Test
    void a_limited_ordered_window_reports_what_the_limit_pushes_out_and_pulls_in() {
        startWith(Permission.READONLY);
        seed(doc("_id", "a", "rank", 1), doc("_id", "b", "rank", 2), doc("_id", "c", "rank", 3));
        watch(alice.database().collection("todos").orderBy("rank", "asc").limit(2));
        assertThat(last().docs()).extracting(d -> d.get("_id")).containsExactly("a", "b");
        env.database().collection("todos").add(Map.of("_id", "z", "rank", 0));
        assertThat(changes(last())).isEqualTo("z:add/enqueue b:limit/dequeue");
        env.database().collection("todos").doc("a").remove();
        assertThat(changes(last())).isEqualTo("a:remove/dequeue b:limit/enqueue");
    }

    @Test
    void a_document_watch_follows_one_document() {
        startWith(Permission.READONLY);
        seed(doc("_id", "a", "n", 1), doc("_id", "b", "n", 1));
        alice.database().collection("todos").doc("a").watch(snapshots::add, errors::add);
        env.database().collection("todos").doc("b").update(Map.of("n", 2));
        assertThat(snapshots).hasSize(1);
        env.database().collection("todos").doc("a").update(Map.of("n", Command.inc(1)));
        assertThat(last().docChanges().get(0).updatedFields()).isEqualTo(Map.of("n", 2));
    }

    @Test
    void under_private_a_watcher_sees_only_its_own_documents() {
        startWith(Permission.PRIVATE);
        watch(alice.database().collection("todos"));
        bob.database().collection("todos").add(Map.of("_id", "bobs"));
        alice.database().collection("todos").add(Map.of("_id", "alices"));
        assertThat(snapshots).hasSize(2);
        assertThat(changes(last())).isEqualTo("alices:add/enqueue");
    }

    @Test
    void a_watch_the_caller_may_not_read_ends_with_on_error() {
        startWith(Permission.ADMINONLY);
        watch(alice.database().collection("todos"));
        assertThat(snapshots).isEmpty();
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.errCode()).isEqualTo(-402006);
            assertThat(e.errMsg()).startsWith("COLLECTION_PERMISSION_DENIED");
        });
    }

    @Test
    void close_stops_the_snapshots() {
        startWith(Permission.READONLY);
        Watcher w = watch(alice.database().collection("todos"));
        w.close();
        env.database().collection("todos").add(Map.of("x", 1));
        assertThat(snapshots).hasSize(1);
        assertThat(w.isClosed()).isTrue();
    }

    @Test
    void a_listener_that_throws_ends_its_watch_with_on_error_and_the_write_succeeds() {
        startWith(Permission.READONLY);
        alice.database().collection("todos").watch(s -> {
            if (!s.init()) {
                throw new IllegalStateException("boom");
            }
        }, errors::add);
        assertThat(env.database().collection("todos").add(Map.of("x", 1)).errMsg()).isEqualTo("collection.add:ok");
        assertThat(errors).singleElement().extracting(CloudException::errCode).isEqualTo(-402011);
        env.database().collection("todos").add(Map.of("x", 2));
        assertThat(errors).hasSize(1);
    }

    @Test
    void writes_made_inside_a_function_call_are_delivered_before_the_call_returns() throws Exception {
        Path fn = java.nio.file.Files.createTempDirectory("fns");
        java.nio.file.Files.createDirectories(fn.resolve("adder"));
        java.nio.file.Files.writeString(fn.resolve("adder/index.js"), "const cloud = require('wx-server-sdk');\n"
                + "cloud.init();\nexports.main = async () => cloud.database().collection('todos').add({data: {n: 1}});\n");
        java.nio.file.Files.writeString(fn.resolve("adder/config.json"), "{\"timeout\": 30}");
        start(EmulatorConfiguration.builder().setCollectionPermission("todos", Permission.READONLY)
                .addFunctionRoot(fn));
        watch(alice.database().collection("todos"));
        assertThat(alice.callFunction("adder", Map.of()).errMsg()).isEqualTo("cloud.callFunction:ok");
        assertThat(snapshots).hasSize(2);
        assertThat(last().docChanges()).singleElement().extracting(WatchChange::dataType).isEqualTo("add");
    }

    @Test
    void the_server_side_has_no_watch() {
        startWith(Permission.READONLY);
        assertThat(error(() -> env.database().collection("todos").watch(s -> { }, e -> { })).errMsg())
                .isEqualTo("watch:fail watch is only available in the mini-program client SDK, not in wx-server-sdk");
    }
}
