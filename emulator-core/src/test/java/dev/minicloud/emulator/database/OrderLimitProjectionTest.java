package dev.minicloud.emulator.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.database.command.Command;
import dev.minicloud.emulator.database.result.GetResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** chaining rules, limits, sort order and projection. */
class OrderLimitProjectionTest extends DatabaseTest {

    private void addNumbered(int n) {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            docs.add(Map.of("i", i));
        }
        db.collection("todos").add(docs);
    }

    @Test
    void server_get_returns_100_without_a_limit() {
        addNumbered(1200);
        assertThat(db.collection("todos").get().data()).hasSize(100);
    }

    @Test
    void limit_is_capped_at_1000_and_zero_means_no_limit_given() {
        addNumbered(1200);
        assertThat(db.collection("todos").limit(1001).get().data()).hasSize(1000);
        assertThat(db.collection("todos").limit(0).get().data()).hasSize(100);
        assertThat(db.collection("todos").limit(5).get().data()).hasSize(5);
    }

    @Test
    void skip_and_limit_page_in_natural_order() {
        addNumbered(10);
        assertThat(field(db.collection("todos").skip(3).limit(2).get(), "i")).containsExactly(3, 4);
    }

    @Test
    void where_limit_skip_and_field_replace_earlier_calls() {
        addNumbered(10);
        Query q = db.collection("todos").where(Map.of("i", 1)).where(Map.of("i", Command.gte(5)))
                .limit(1).limit(3).skip(9).skip(1).field(Map.of("_id", false)).field(Map.of("i", true));
        GetResult r = q.get();
        assertThat(field(r, "i")).containsExactly(6, 7, 8);
        assertThat(r.data().get(0)).containsKey("_id");
    }

    @Test
    void order_by_accumulates_and_repeating_a_path_keeps_its_priority() {
        db.collection("todos").add(List.of(json("{'a': 1, 'b': 1}"), json("{'a': 2, 'b': 0}"),
                json("{'a': 1, 'b': 2}")));
        Query q = db.collection("todos").orderBy("a", "asc").orderBy("b", "desc").orderBy("a", "desc");
        GetResult r = q.get();
        assertThat(field(r, "a")).containsExactly(2, 1, 1);
        assertThat(field(r, "b")).containsExactly(0, 2, 1);
    }

    @Test
    void cross_type_sort_order() {
        db.collection("todos").add(List.of(
                Map.of("_id", "date", "v", java.time.Instant.EPOCH),
                Map.of("_id", "bool", "v", true),
                Map.of("_id", "array", "v", List.of(List.of(1))),
                Map.of("_id", "array of z", "v", List.of("z")),
                Map.of("_id", "object", "v", Map.of("k", 1)),
                Map.of("_id", "string", "v", "a"),
                Map.of("_id", "number", "v", 5),
                json("{'_id': 'null', 'v': null}"),
                Map.of("_id", "missing")));
        assertThat(ids(db.collection("todos").orderBy("v", "asc").get()))
                .containsExactly("null", "missing", "number", "string", "array of z", "object", "array", "bool",
                        "date");
    }

    @Test
    void arrays_sort_by_their_smallest_element_ascending_and_largest_descending() {
        db.collection("todos").add(List.of(json("{'_id': 'a', 'v': [1, 9]}"), json("{'_id': 'b', 'v': [3, 4]}"),
                json("{'_id': 'e', 'v': []}")));
        assertThat(ids(db.collection("todos").orderBy("v", "asc").get())).containsExactly("e", "a", "b");
        assertThat(ids(db.collection("todos").orderBy("v", "desc").get())).containsExactly("a", "b", "e");
    }

    @Test
    void nested_paths_sort_and_ties_keep_insertion_order() {
        db.collection("todos").add(List.of(json("{'_id': '1', 'style': {'color': 'red'}}"),
                json("{'_id': '2', 'style': {'color': 'blue'}}"), json("{'_id': '3', 'style': {'color': 'red'}}")));
        assertThat(ids(db.collection("todos").orderBy("style.color", "desc").get())).containsExactly("1", "3", "2");
    }

    @Test
    void strings_sort_by_code_point_case_sensitive() {
        db.collection("todos").add(List.of(json("{'_id': 'l', 'v': 'b'}"), json("{'_id': 'u', 'v': 'B'}"),
                json("{'_id': 'e', 'v': '\\ud83d\\ude00'}"), json("{'_id': 'p', 'v': '\\uffe0'}")));
        assertThat(ids(db.collection("todos").orderBy("v", "asc").get())).containsExactly("u", "l", "p", "e");
    }

    @Test
    void count_ignores_skip_limit_and_order() {
        addNumbered(30);
        assertThat(db.collection("todos").skip(10).limit(5).orderBy("i", "desc").count().total()).isEqualTo(30);
    }

    @Test
    void remove_ignores_skip_and_limit() {
        addNumbered(30);
        assertThat(db.collection("todos").where(Map.of("i", Command.lt(10))).limit(2).remove().stats().removed())
                .isEqualTo(10);
    }

    @Test
    void inclusion_projection_returns_the_listed_paths_and_id() {
        db.collection("todos").add(json("{'_id': 'x', 'title': 't', 'style': {'color': 'red', 'size': 'L'}, 'n':"
                + " 1}"));
        assertThat(db.collection("todos").field(Map.of("title", true, "style.color", 1)).get().data())
                .containsExactly(json("{'_id': 'x', 'title': 't', 'style': {'color': 'red'}}"));
    }

    @Test
    void exclusion_projection_and_excluding_the_id() {
        db.collection("todos").add(json("{'_id': 'x', 'title': 't', 'n': 1}"));
        assertThat(db.collection("todos").field(Map.of("n", false)).get().data())
                .containsExactly(json("{'_id': 'x', 'title': 't'}"));
        assertThat(db.collection("todos").field(Map.of("_id", false, "title", true)).get().data())
                .containsExactly(json("{'title': 't'}"));
    }

    @Test
    void a_negative_projection_value_excludes_as_the_sdk_maps_it() {
        db.collection("todos").add(json("{'_id': 'x', 'title': 't', 'n': 1}"));
        assertThat(db.collection("todos").field(Map.of("n", -1)).get().data())
                .containsExactly(json("{'_id': 'x', 'title': 't'}"));
    }

    @Test
    void projection_through_an_array_of_sub_documents() {
        db.collection("todos").add(json("{'_id': 'x', 'arr': [{'name': 'A', 'v': 1}, {'name': 'B', 'v': 2}, 3]}"));
        assertThat(db.collection("todos").field(Map.of("arr.name", true)).get().data())
                .containsExactly(json("{'_id': 'x', 'arr': [{'name': 'A'}, {'name': 'B'}]}"));
    }

    @Test
    void slice_projection() {
        db.collection("todos").add(json("{'_id': 'x', 'a': [1, 2, 3, 4, 5], 'b': 1}"));
        assertThat(db.collection("todos").field(Map.of("a", Command.project.slice(2))).get().data())
                .containsExactly(json("{'_id': 'x', 'a': [1, 2], 'b': 1}"));
        assertThat(db.collection("todos").field(Map.of("a", Command.project.slice(-2))).get().data().get(0)
                .get("a")).isEqualTo(List.of(4, 5));
        assertThat(db.collection("todos").field(Map.of("a", Command.project.slice(1, 2))).get().data().get(0)
                .get("a")).isEqualTo(List.of(2, 3));
    }

    @Test
    void elem_match_projection_keeps_the_first_matching_element() {
        db.collection("todos").add(json("{'_id': 'x', 'items': [{'k': 1}, {'k': 2}, {'k': 2, 'z': 1}], 'o': 1}"));
        assertThat(db.collection("todos").field(Map.of("items", Command.project.elemMatch(Map.of("k", 2)))).get()
                .data()).containsExactly(json("{'_id': 'x', 'items': [{'k': 2}]}"));
    }

    @Test
    void doc_field_projects_a_single_document() {
        db.collection("todos").add(json("{'_id': 'x', 'a': 1, 'b': 2}"));
        assertThat(db.collection("todos").doc("x").field(Map.of("b", true)).get().data())
                .isEqualTo(json("{'_id': 'x', 'b': 2}"));
    }
}
