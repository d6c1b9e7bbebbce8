package dev.minicloud.emulator.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.database.command.Command;
import dev.minicloud.emulator.database.result.UpdateResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** update data flattening and every update operator. */
class UpdateCommandsTest extends DatabaseTest {

    private Map<String, Object> after(String stored, Map<String, ?> data) {
        db.collection("todos").add(json("{'_id': 'd', " + stored + "}"));
        db.collection("todos").doc("d").update(data);
        return db.collection("todos").doc("d").get().data();
    }

    private long updated(String stored, Map<String, ?> data) {
        db.collection("todos").add(json("{'_id': 'd', " + stored + "}"));
        return db.collection("todos").doc("d").update(data).stats().updated();
    }

    private static Map<String, Object> doc(String fields) {
        return json("{'_id': 'd', " + fields + "}");
    }

    // ---- §3.2 flattening of update data

    @Test
    void nested_update_data_merges_into_sub_documents() {
        assertThat(after("'style': {'color': 'red', 'size': 'L'}", json("{'style': {'color': 'blue'}}")))
                .isEqualTo(doc("'style': {'color': 'blue', 'size': 'L'}"));
    }

    @Test
    void set_replaces_a_sub_document_as_a_whole() {
        assertThat(after("'style': {'color': 'red', 'size': 'L'}", Map.of("style", Command.set(json("{'color':"
                + " 'blue'}"))))).isEqualTo(doc("'style': {'color': 'blue'}"));
    }

    @Test
    void an_empty_nested_object_is_a_silent_no_op() {
        assertThat(updated("'a': {'x': 1}", json("{'a': {}}"))).isZero();
        assertThat(db.collection("todos").doc("d").get().data()).isEqualTo(doc("'a': {'x': 1}"));
    }

    @Test
    void set_with_an_empty_object_clears_a_sub_document() {
        assertThat(after("'a': {'x': 1}", Map.of("a", Command.set(Map.of())))).isEqualTo(doc("'a': {}"));
    }

    @Test
    void an_object_keyed_by_index_updates_array_elements() {
        assertThat(after("'arr': ['a', 'b', 'c']", json("{'arr': {'0': 'x'}}"))).isEqualTo(doc("'arr': ['x', 'b',"
                + " 'c']"));
    }

    @Test
    void plain_values_create_missing_intermediate_objects() {
        assertThat(after("'n': 1", json("{'a': {'b': {'c': 1}}}"))).isEqualTo(doc("'n': 1, 'a': {'b': {'c': 1}}"));
    }

    @Test
    void setting_past_the_end_of_an_array_pads_with_null() {
        assertThat(after("'arr': [1]", Map.of("arr.3", 4))).isEqualTo(doc("'arr': [1, null, null, 4]"));
    }

    // ---- §4.3 operators

    @Test
    void remove_deletes_a_field_and_leaves_null_in_an_array_slot() {
        assertThat(after("'a': 1, 'arr': [1, 2, 3]", Map.of("a", Command.remove(), "arr.1", Command.remove())))
                .isEqualTo(doc("'arr': [1, null, 3]"));
    }

    @Test
    void remove_inside_nested_array_elements() {
        db.collection("passages").add(json("{'_id': 'f', 'arr': [{'name': 'A', 'subObj': {}}, {'name': 'B'}]}"));
        db.collection("passages").doc("f").update(Map.of("arr", Map.of("0", Map.of("subObj", Command.remove()),
                "1", Command.remove())));
        assertThat(db.collection("passages").doc("f").get().data())
                .isEqualTo(json("{'_id': 'f', 'arr': [{'name': 'A'}, null]}"));
    }

    @Test
    void inc_adds_creates_and_keeps_floating_point_results() {
        assertThat(after("'a': 1", Map.of("a", Command.inc(2), "b", Command.inc(5)))).isEqualTo(doc("'a': 3, 'b':"
                + " 5"));
        db.collection("todos").remove();
        assertThat(after("'f': 0.2", Map.of("f", Command.inc(-0.05))).get("f")).isEqualTo(0.15000000000000002);
    }

    @Test
    void inc_on_a_non_number_fails_and_changes_nothing() {
        db.collection("todos").add(json("{'_id': 'd', 'a': 'x'}"));
        assertThatThrownBy(() -> db.collection("todos").doc("d").update(Map.of("a", Command.inc(1))))
                .isInstanceOfSatisfying(CloudException.class, e -> {
                    assertThat(e.errCode()).isEqualTo(-502001);
                    assertThat(e.errMsg()).startsWith("document.update:fail -502001 database request fail. Cannot"
                            + " apply $inc to a value of non-numeric type.");
                });
        assertThat(db.collection("todos").doc("d").get().data()).isEqualTo(doc("'a': 'x'"));
    }

    @Test
    void mul_multiplies_and_a_missing_field_becomes_zero() {
        assertThat(after("'a': 3", Map.of("a", Command.mul(4), "b", Command.mul(2)))).isEqualTo(doc("'a': 12, 'b':"
                + " 0"));
    }

    @Test
    void min_and_max_replace_only_when_smaller_or_larger() {
        assertThat(after("'lo': 5, 'hi': 5", Map.of("lo", Command.min(3), "hi", Command.max(3), "new",
                Command.max(1)))).isEqualTo(doc("'lo': 3, 'hi': 5, 'new': 1"));
        db.collection("todos").remove();
        assertThat(after("'index': 2", Map.of("index", Command.max(100)))).isEqualTo(doc("'index': 100"));
    }

    @Test
    void rename_moves_the_value_and_ignores_a_missing_field() {
        assertThat(after("'category': 'Web', 'x': 1", Map.of("category", Command.rename("cat"), "nope",
                Command.rename("other")))).isEqualTo(doc("'x': 1, 'cat': 'Web'"));
    }

    @Test
    void bit_and_or_xor() {
        assertThat(after("'flags': 12", Map.of("flags", Command.bit(Map.of("and", 10))))).isEqualTo(doc("'flags':"
                + " 8"));
    }

    @Test
    void push_appends_one_several_or_a_list_of_values() {
        assertThat(after("'a': [1], 'b': [1], 'c': [1]", Map.of("a", Command.push(2), "b", Command.push(2, 3), "c",
                Command.push(List.of(2, 3))))).isEqualTo(doc("'a': [1, 2], 'b': [1, 2, 3], 'c': [1, 2, 3]"));
    }

    @Test
    void push_creates_a_missing_array_and_pushes_objects_and_nested_arrays_whole() {
        assertThat(after("'x': 0", Map.of("a", Command.push(json("{'k': 1}")), "b",
                Command.push(List.of(List.of(1, 2)))))).isEqualTo(doc("'x': 0, 'a': [{'k': 1}], 'b': [[1, 2]]"));
    }

    @Test
    void push_ignores_arguments_after_a_first_list() {
        assertThat(after("'a': []", Map.of("a", Command.push(List.of(1, 2), List.of(3))))).isEqualTo(doc("'a': [1,"
                + " 2]"));
    }

    @Test
    void push_with_each_sort_and_slice() {
        assertThat(after("'a': [1, 2, 3]", Map.of("a", Command.push(Map.of("each", List.of(4, 5, 6), "sort", -1,
                "slice", 3))))).isEqualTo(doc("'a': [6, 5, 4]"));
    }

    @Test
    void push_with_position() {
        assertThat(after("'a': [1, 4]", Map.of("a", Command.push(Map.of("each", List.of(2, 3), "position", 1)))))
                .isEqualTo(doc("'a': [1, 2, 3, 4]"));
    }

    @Test
    void push_onto_a_non_array_fails() {
        db.collection("todos").add(json("{'_id': 'd', 'a': 'x'}"));
        assertThatThrownBy(() -> db.collection("todos").doc("d").update(Map.of("a", Command.push(1))))
                .isInstanceOf(CloudException.class).hasMessageContaining("must be an array");
    }

    @Test
    void pop_and_shift_remove_the_last_and_first_element() {
        assertThat(after("'a': [1, 2, 3], 'b': [1, 2, 3]", Map.of("a", Command.pop(), "b", Command.shift())))
                .isEqualTo(doc("'a': [1, 2], 'b': [2, 3]"));
    }

    @Test
    void unshift_prepends_in_order() {
        assertThat(after("'a': [3]", Map.of("a", Command.unshift(1, 2)))).isEqualTo(doc("'a': [1, 2, 3]"));
        db.collection("todos").remove();
        assertThat(after("'a': [3]", Map.of("a", Command.unshift(List.of(1, 2))))).isEqualTo(doc("'a': [1, 2, 3]"));
    }

    @Test
    void pull_removes_equal_values_or_elements_matching_a_command() {
        Map<String, Object> r = after("'tags': ['Go', 'Python', 'JavaScript'], 'tags2': [1, 2, 3], 'n': [1, 5, 9]",
                Map.of("tags", Command.pull(Command.in(List.of("Go", "Python"))), "tags2", Command.pull(1), "n",
                        Command.pull(Command.gte(5))));
        assertThat(r).isEqualTo(doc("'tags': ['JavaScript'], 'tags2': [2, 3], 'n': [1]"));
    }

    @Test
    void pull_with_an_object_removes_elements_matching_it_partially() {
        assertThat(after("'items': [{'a': 1, 'b': 2}, {'a': 2}]", Map.of("items", Command.pull(json("{'a': 1}")))))
                .isEqualTo(doc("'items': [{'a': 2}]"));
    }

    @Test
    void pull_all_removes_every_listed_value() {
        assertThat(after("'a': [1, 2, 3, 1, 4]", Map.of("a", Command.pullAll(List.of(1, 4))))).isEqualTo(doc("'a':"
                + " [2, 3]"));
    }

    @Test
    void add_to_set_adds_once_and_adds_a_list_as_one_element() {
        assertThat(after("'a': [1, 2]", Map.of("a", Command.addToSet(2)))).isEqualTo(doc("'a': [1, 2]"));
        db.collection("todos").remove();
        assertThat(after("'a': [1]", Map.of("a", Command.addToSet(List.of(2, 3))))).isEqualTo(doc("'a': [1, [2,"
                + " 3]]"));
    }

    @Test
    void add_to_set_with_each_adds_several_in_both_spellings() {
        assertThat(after("'a': [1], 'b': [1]", Map.of("a", Command.addToSet(Map.of("$each", List.of(1, 2, 3))),
                "b", Command.addToSet(Map.of("each", List.of(3, 3)))))).isEqualTo(doc("'a': [1, 2, 3], 'b': [1, 3]"));
    }

    @Test
    void several_operators_in_one_update() {
        assertThat(after("'arr': [1, 2, 3], 'foo': 1, 'array': [1, 2]", Map.of("arr", Command.push(List.of(4, 5,
                6)), "foo", Command.inc(1), "array", Command.pop()))).isEqualTo(doc("'arr': [1, 2, 3, 4, 5, 6], 'foo':"
                + " 2, 'array': [1]"));
    }

    @Test
    void overlapping_paths_in_one_update_conflict() {
        db.collection("todos").add(json("{'_id': 'd', 'a': {'b': 1}}"));
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("a", Command.set(Map.of("b", 2)));
        data.put("a.b", Command.inc(1));
        assertThatThrownBy(() -> db.collection("todos").doc("d").update(data))
                .isInstanceOf(CloudException.class).hasMessageContaining("would create a conflict at 'a'");
    }

    @Test
    void positional_operator_updates_the_first_matched_element() {
        db.collection("todos").add(json("{'_id': 'p', 'scores': [10, 20, 30, 20]}"));
        UpdateResult r = db.collection("todos").where(Map.of("scores", 20)).update(Map.of("scores.$", 25));
        assertThat(r.stats().updated()).isEqualTo(1);
        assertThat(db.collection("todos").doc("p").get().data().get("scores")).isEqualTo(List.of(10, 25, 30, 20));
    }

    @Test
    void positional_operator_with_a_condition_on_element_fields() {
        db.collection("todos").add(json("{'_id': 'p', 'items': [{'sku': 'a', 'n': 1}, {'sku': 'b', 'n': 1}]}"));
        db.collection("todos").where(Map.of("items.sku", "b")).update(Map.of("items.$.n", Command.inc(5)));
        assertThat(db.collection("todos").doc("p").get().data().get("items"))
                .isEqualTo(json("{'x': [{'sku': 'a', 'n': 1}, {'sku': 'b', 'n': 6}]}").get("x"));
    }

    @Test
    void multi_false_updates_only_the_first_match() {
        db.collection("todos").add(List.of(json("{'_id': '1', 'done': false}"), json("{'_id': '2', 'done':"
                + " false}")));
        assertThat(db.collection("todos").where(json("{'done': false}")).update(json("{'done': true}"), false)
                .stats().updated()).isEqualTo(1);
        assertThat(ids(db.collection("todos").where(json("{'done': true}")).get())).containsExactly("1");
    }

    @Test
    void update_without_where_updates_every_document() {
        db.collection("todos").add(List.of(json("{'n': 1}"), json("{'n': 2}")));
        assertThat(db.collection("todos").update(Map.of("n", Command.inc(10))).stats().updated()).isEqualTo(2);
        assertThat(field(db.collection("todos").get(), "n")).containsExactly(11, 12);
    }

    @Test
    void raw_operators_in_update_data_pass_through() {
        assertThat(after("'a': 1", json("{'$inc': {'a': 2}}"))).isEqualTo(doc("'a': 3"));
    }

    @Test
    void a_failing_multi_update_changes_no_document() {
        db.collection("todos").add(List.of(json("{'_id': '1', 'n': 1}"), json("{'_id': '2', 'n': 'two'}")));
        assertThatThrownBy(() -> db.collection("todos").update(Map.of("n", Command.inc(1))))
                .isInstanceOf(CloudException.class);
        assertThat(field(db.collection("todos").get(), "n")).containsExactly(1, "two");
    }

    @Test
    void server_date_inside_push_and_nested_data() {
        Map<String, Object> r = after("'log': []", Map.of("log", Command.push(Map.of("at", db.serverDate())),
                "meta", Map.of("touched", db.serverDate(-1000))));
        assertThat(r.get("log")).isEqualTo(List.of(Map.of("at", NOW)));
        assertThat(r.get("meta")).isEqualTo(Map.of("touched", NOW.minusSeconds(1)));
    }
}
