package dev.minicloud.emulator.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.database.command.Command;
import dev.minicloud.emulator.internal.database.query.QueryEncoder;
import dev.minicloud.emulator.internal.database.query.ValueEncoder;
import dev.minicloud.emulator.json.Json;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** the SDK-side rewrite of a condition into the wire filter, and what it means. */
class QueryRewriteTest extends DatabaseTest {

    private static String wire(Object condition) {
        return Json.stringify(new QueryEncoder(new ValueEncoder(NOW)).encodeWhere(condition));
    }

    @Test
    void nested_objects_flatten_into_dot_paths() {
        assertThat(wire(json("{'style': {'color': 'red'}}"))).isEqualTo("{\"style.color\":\"red\"}");
        assertThat(wire(json("{'a': {'b': {'c': 1}}}"))).isEqualTo("{\"a.b.c\":1}");
    }

    @Test
    void eq_with_an_object_is_an_exact_sub_document() {
        assertThat(wire(Map.of("style", Command.eq(json("{'color': 'red'}")))))
                .isEqualTo("{\"style\":{\"$eq\":{\"color\":\"red\"}}}");
    }

    @Test
    void commands_take_the_flattened_path() {
        Map<String, Object> a = new java.util.LinkedHashMap<>();
        a.put("b", Command.gt(1));
        a.put("c", 2);
        assertThat(wire(Map.of("a", a))).isEqualTo("{\"a.b\":{\"$gt\":1},\"a.c\":2}");
    }

    @Test
    void arrays_are_equality_values_not_flattened() {
        assertThat(wire(Map.of("tags", List.of("a", "b")))).isEqualTo("{\"tags\":[\"a\",\"b\"]}");
    }

    @Test
    void an_empty_nested_object_disappears_and_matches_everything() {
        assertThat(wire(json("{'a': {}}"))).isEqualTo("{}");
        db.collection("todos").add(json("{'a': 1}"));
        db.collection("todos").add(json("{'b': 2}"));
        assertThat(db.collection("todos").where(json("{'a': {}}")).count().total()).isEqualTo(2);
    }

    @Test
    void numeric_index_paths_pass_through() {
        assertThat(wire(Map.of("numbers.1", 20))).isEqualTo("{\"numbers.1\":20}");
    }

    @Test
    void falsy_values_are_kept_as_equality_conditions() {
        Map<String, Object> c = new java.util.LinkedHashMap<>();
        c.put("a", 0);
        c.put("b", "");
        c.put("c", false);
        c.put("d", null);
        assertThat(wire(c)).isEqualTo("{\"a\":0,\"b\":\"\",\"c\":false,\"d\":null}");
    }

    @Test
    void dollar_keys_inside_a_nested_object_stay_under_their_parent() {
        assertThat(wire(json("{'a': {'$gt': 1}}"))).isEqualTo("{\"a\":{\"$gt\":1}}");
        assertThat(wire(json("{'a': {'$gt': 1, 'b': 2}}"))).isEqualTo("{\"a\":{\"$gt\":1},\"a.b\":2}");
    }

    @Test
    void field_level_logic_becomes_top_level_with_the_path_in_each_branch() {
        assertThat(wire(Map.of("price", Command.gt(4).and(Command.lt(8)))))
                .isEqualTo("{\"$and\":[{\"price\":{\"$gt\":4}},{\"price\":{\"$lt\":8}}]}");
    }

    @Test
    void top_level_logic_rewrites_each_branch() {
        assertThat(wire(Command.or(List.of(Map.of("type", Map.of("memory", Command.gt(8))),
                Map.of("type", Map.of("cpu", 3.2))))))
                .isEqualTo("{\"$or\":[{\"type.memory\":{\"$gt\":8}},{\"type.cpu\":3.2}]}");
    }

    @Test
    void field_level_ors_in_one_object_merge_into_one_top_level_or() {
        Map<String, Object> c = new java.util.LinkedHashMap<>();
        c.put("a", Command.or(Command.eq(1), Command.eq(2)));
        c.put("b", Command.or(Command.eq(3), Command.eq(4)));
        assertThat(wire(c)).isEqualTo("{\"$or\":[{\"a\":{\"$eq\":1}},{\"a\":{\"$eq\":2}},"
                + "{\"b\":{\"$eq\":3}},{\"b\":{\"$eq\":4}}]}");
    }

    @Test
    void the_or_merge_quirk_widens_the_result_as_the_service_does() {
        db.collection("todos").add(json("{'_id': 'x', 'a': 1, 'b': 9}"));
        Map<String, Object> c = new java.util.LinkedHashMap<>();
        c.put("a", Command.or(Command.eq(1), Command.eq(2)));
        c.put("b", Command.or(Command.eq(3), Command.eq(4)));
        // a is in {1,2} but b is not in {3,4}: the service still returns the document.
        assertThat(ids(db.collection("todos").where(c).get())).containsExactly("x");
    }

    @Test
    void not_encodes_under_the_field() {
        assertThat(wire(Map.of("index", Command.not(Command.gt(1))))).isEqualTo("{\"index\":{\"$not\":{\"$gt\":1}}}");
    }

    @Test
    void mod_accepts_two_arguments_or_one_array() {
        assertThat(wire(Map.of("n", Command.mod(4, 3)))).isEqualTo("{\"n\":{\"$mod\":[4,3]}}");
        assertThat(wire(Map.of("n", Command.mod(List.of(4, 3))))).isEqualTo("{\"n\":{\"$mod\":[4,3]}}");
    }

    @Test
    void elem_match_contents_are_not_flattened() {
        assertThat(wire(Map.of("a", Command.elemMatch(json("{'b': {'c': 1}}")))))
                .isEqualTo("{\"a\":{\"$elemMatch\":{\"b\":{\"c\":1}}}}");
        assertThat(wire(Map.of("a", Command.elemMatch(Map.of("v", Command.gt(0))))))
                .isEqualTo("{\"a\":{\"$elemMatch\":{\"v\":{\"$gt\":0}}}}");
    }

    @Test
    void server_date_and_regexp_become_values() {
        assertThat(wire(Map.of("at", db.serverDate(1000)))).isEqualTo("{\"at\":\"2024-03-17T02:20:31.000Z\"}");
        assertThat(wire(Map.of("t", db.regExp("^a", "i"))))
                .isEqualTo("{\"t\":{\"$regularExpression\":{\"pattern\":\"^a\",\"options\":\"i\"}}}");
    }

    @Test
    void a_circular_condition_is_refused() {
        Map<String, Object> loop = new HashMap<>();
        loop.put("self", loop);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> wire(loop))
                .hasMessage("Cannot convert circular structure to JSON");
    }
}
