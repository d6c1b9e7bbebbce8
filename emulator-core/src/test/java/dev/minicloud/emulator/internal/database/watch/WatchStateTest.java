package dev.minicloud.emulator.internal.database.watch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.database.result.WatchChange;
import dev.minicloud.emulator.database.result.WatchSnapshot;
import dev.minicloud.emulator.internal.database.query.FilterCompiler;
import dev.minicloud.emulator.internal.database.watch.DocumentChange.Kind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every row of the service's watch tables, from the watcher's side. */
class WatchStateTest {
    private static Map<String, Object> todo(String id, boolean done, long rank) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("_id", id);
        doc.put("done", done);
        doc.put("rank", rank);
        return doc;
    }

    private static WatchState openTodos(Map<String, Integer> orders, Integer limit) {
        return new WatchState(new FilterCompiler().compile(Map.of("done", false)), orders, limit);
    }

    private static List<String> ids(WatchSnapshot s) {
        return s.docs().stream().map(d -> (String) d.get("_id")).toList();
    }

    private static String kinds(WatchSnapshot s) {
        return String.join(" ", s.docChanges().stream()
                .map(c -> c.docId() + ":" + c.dataType() + "/" + c.queueType()).toList());
    }

    @Test
    void the_first_snapshot_is_init_with_every_match_in_id_descending_order() {
        WatchSnapshot s = openTodos(null, null).start(List.of(todo("a", false, 1), todo("b", true, 2),
                todo("c", false, 3)));
        assertThat(s.init()).isTrue();
        assertThat(ids(s)).containsExactly("c", "a");
        assertThat(kinds(s)).isEqualTo("c:init/init a:init/init");
        assertThat(s.docChanges()).allSatisfy(c -> assertThat(c.id()).isEqualTo(s.id()));
    }

    @Test
    void an_empty_first_snapshot_is_still_init() {
        WatchSnapshot s = openTodos(null, null).start(List.of());
        assertThat(s.init()).isTrue();
        assertThat(s.docs()).isEmpty();
        assertThat(s.docChanges()).isEmpty();
    }

    @Test
    void add_enqueues_and_remove_dequeues_with_the_last_known_document() {
        WatchState w = openTodos(null, null);
        WatchSnapshot init = w.start(List.of());
        WatchSnapshot added = w.apply(List.of(new DocumentChange("a", null, todo("a", false, 1), Kind.ADD))).orElseThrow();
        assertThat(added.id()).isGreaterThan(init.id());
        assertThat(added.init()).isFalse();
        assertThat(kinds(added)).isEqualTo("a:add/enqueue");
        WatchSnapshot removed = w.apply(List.of(new DocumentChange("a", todo("a", false, 1), null, Kind.REMOVE)))
                .orElseThrow();
        assertThat(kinds(removed)).isEqualTo("a:remove/dequeue");
        assertThat(removed.docChanges().get(0).doc()).isEqualTo(todo("a", false, 1));
        assertThat(removed.docs()).isEmpty();
    }

    @Test
    void an_update_that_keeps_the_document_listed_reports_updated_and_removed_fields() {
        WatchState w = openTodos(null, null);
        Map<String, Object> before = todo("a", false, 1);
        before.put("meta", Map.of("by", "o_alice", "tag", "x"));
        w.start(List.of(before));
        Map<String, Object> after = todo("a", false, 2);
        after.put("meta", Map.of("by", "o_bob"));
        WatchChange e = w.apply(List.of(new DocumentChange("a", before, after, Kind.UPDATE))).orElseThrow()
                .docChanges().get(0);
        assertThat(e.dataType()).isEqualTo("update");
        assertThat(e.queueType()).isEqualTo("update");
        assertThat(e.updatedFields()).isEqualTo(Map.of("rank", 2L, "meta.by", "o_bob"));
        assertThat(e.removedFields()).containsExactly("meta.tag");
    }

    @Test
    void an_update_that_makes_a_document_match_enqueues_it_and_one_that_stops_it_dequeues_it() {
        WatchState w = openTodos(null, null);
        w.start(List.of(todo("a", true, 1), todo("b", false, 2)));
        WatchSnapshot s = w.apply(List.of(new DocumentChange("a", todo("a", true, 1), todo("a", false, 1), Kind.UPDATE),
                new DocumentChange("b", todo("b", false, 2), todo("b", true, 2), Kind.UPDATE))).orElseThrow();
        assertThat(kinds(s)).isEqualTo("a:update/enqueue b:update/dequeue");
        assertThat(s.docChanges().get(1).updatedFields()).isEqualTo(Map.of("done", true));
        assertThat(ids(s)).containsExactly("a");
    }

    @Test
    void a_set_is_a_replace_without_field_lists() {
        WatchState w = openTodos(null, null);
        w.start(List.of(todo("a", false, 1)));
        WatchChange e = w.apply(List.of(new DocumentChange("a", todo("a", false, 1), todo("a", false, 5),
                Kind.REPLACE))).orElseThrow().docChanges().get(0);
        assertThat(e.dataType() + "/" + e.queueType()).isEqualTo("replace/update");
        assertThat(e.updatedFields()).isNull();
        assertThat(e.removedFields()).isNull();
    }

    @Test
    void a_write_the_watch_cannot_see_causes_no_event() {
        WatchState w = openTodos(null, null);
        w.start(List.of(todo("a", true, 1)));
        assertThat(w.apply(List.of(new DocumentChange("a", todo("a", true, 1), todo("a", true, 2), Kind.UPDATE))))
                .isEmpty();
        assertThat(w.apply(List.of(new DocumentChange("z", null, todo("z", true, 2), Kind.ADD)))).isEmpty();
    }

    @Test
    void a_limited_window_reports_documents_pushed_out_and_pulled_in_as_limit_events() {
        WatchState w = openTodos(Map.of("rank", 1), 2);
        WatchSnapshot init = w.start(List.of(todo("a", false, 1), todo("b", false, 2), todo("c", false, 3)));
        assertThat(ids(init)).containsExactly("a", "b");
        WatchSnapshot pushed = w.apply(List.of(new DocumentChange("n", null, todo("n", false, 0), Kind.ADD)))
                .orElseThrow();
        assertThat(kinds(pushed)).isEqualTo("n:add/enqueue b:limit/dequeue");
        assertThat(ids(pushed)).containsExactly("n", "a");
        WatchSnapshot pulled = w.apply(List.of(new DocumentChange("a", todo("a", false, 1), null, Kind.REMOVE)))
                .orElseThrow();
        assertThat(kinds(pulled)).isEqualTo("a:remove/dequeue b:limit/enqueue");
        assertThat(ids(pulled)).containsExactly("n", "b");
        assertThat(w.apply(List.of(new DocumentChange("x", null, todo("x", false, 9), Kind.ADD)))).isEmpty();
    }

    @Test
    void event_ids_increase_by_one_per_delivered_snapshot() {
        WatchState w = openTodos(null, null);
        long first = w.start(List.of()).id();
        w.apply(List.of(new DocumentChange("q", null, todo("q", true, 0), Kind.ADD)));
        long next = w.apply(List.of(new DocumentChange("a", null, todo("a", false, 0), Kind.ADD))).orElseThrow()
                .id();
        assertThat(next).isEqualTo(first + 1);
    }
}
