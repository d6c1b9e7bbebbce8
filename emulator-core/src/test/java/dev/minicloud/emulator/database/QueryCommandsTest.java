package dev.minicloud.emulator.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.database.command.Command;
import dev.minicloud.emulator.database.command.LogicCommand;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** every row of the operator table on the vendor's "passages" collection, then each operator. */
class QueryCommandsTest extends DatabaseTest {

    @BeforeEach
    void seedPassages() {
        seed("passages", "passages.json");
    }

    private List<Object> where(Map<String, ?> condition) {
        return ids(db.collection("passages").where(condition).get());
    }

    private List<Object> where(LogicCommand condition) {
        return ids(db.collection("passages").where(condition).get());
    }

    @Test
    void all_matches_every_doc_whose_tags_contain_go() {
        assertThat(where(Map.of("tags", Command.all(List.of("Go"))))).containsExactly("web-go", "luke", "life",
                "float");
    }

    @Test
    void elem_match_with_a_command_tests_the_elements() {
        assertThat(where(Map.of("tags", Command.elemMatch(Command.gt(2))))).containsExactly("number");
    }

    @Test
    void elem_match_with_an_object_tests_element_fields() {
        assertThat(where(Map.of("tags", Command.elemMatch(Map.of("value", Command.gt(0))))))
                .containsExactly("embedded");
    }

    @Test
    void elem_match_neq_needs_one_element_other_than_go() {
        assertThat(where(Map.of("tags", Command.elemMatch(Command.neq("Go")))))
                .containsExactly("web-js", "web-go", "life", "number", "embedded", "float");
    }

    @Test
    void size_matches_arrays_of_that_length() {
        assertThat(where(Map.of("tags", Command.size(2)))).containsExactly("web-js", "web-go", "embedded");
    }

    @Test
    void exists_true_matches_all_seven() {
        assertThat(where(Map.of("tags", Command.exists(true)))).hasSize(7);
    }

    @Test
    void mod_inside_elem_match() {
        assertThat(where(Map.of("tags", Command.elemMatch(Map.of("value", Command.mod(4, 3))))))
                .containsExactly("embedded");
    }

    @Test
    void not_gt_1_includes_the_doc_without_index() {
        assertThat(where(Map.of("index", Command.not(Command.gt(1)))))
                .containsExactly("web-js", "web-go", "luke", "float");
    }

    @Test
    void eq_neq_and_type_bracketing() {
        assertThat(where(Map.of("index", Command.eq(1)))).containsExactly("web-go");
        assertThat(where(Map.of("index", Command.neq(1)))).containsExactly("web-js", "luke", "life", "number",
                "embedded", "float");
        assertThat(where(Map.of("category", Command.gt(5)))).isEmpty();
        assertThat(where(Map.of("category", Command.gt("number")))).isEmpty();
        assertThat(where(Map.of("category", Command.gte("luke")))).containsExactly("luke", "number");
    }

    @Test
    void comparisons_on_arrays_match_any_element() {
        assertThat(where(Map.of("tags", Command.gte(9)))).containsExactly("number");
        assertThat(where(Map.of("tags2", Command.lt(2)))).containsExactly("web-js", "web-go", "life");
    }

    @Test
    void chained_range_halves_may_be_met_by_different_elements() {
        assertThat(where(Map.of("tags", Command.gt(7).and(Command.lt(2))))).containsExactly("number");
    }

    @Test
    void range_halves_through_an_array_of_documents_may_be_met_by_different_documents() {
        db.createCollection("ranges");
        db.collection("ranges").add(List.of(
                Map.of("_id", "split", "items", List.of(Map.of("n", 1), Map.of("n", 10))),
                Map.of("_id", "inside", "items", Map.of("n", 5)),
                Map.of("_id", "outside", "items", Map.of("n", 7)),
                Map.of("_id", "missing", "other", 5)));

        assertThat(ids(db.collection("ranges").where(Map.of("items.n", Command.gte(4).and(Command.lt(6)))).get()))
                .containsExactly("split", "inside");
        assertThat(ids(db.collection("ranges").where(Map.of("items.n", Command.gt(0).and(Command.lt(6)))).get()))
                .containsExactly("split", "inside");
        assertThat(ids(db.collection("ranges").where(Map.of("items.n", Command.gt(5).and(Command.lt(7)))).get()))
                .containsExactly("split");
    }

    @Test
    void chained_logic_inside_elem_match_is_refused_because_the_sdk_cannot_encode_it() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> where(Map.of("tags", Command.elemMatch(Command.gt(7).and(Command.lt(9))))))
                .isInstanceOf(dev.minicloud.emulator.base.CloudException.class)
                .hasMessageContaining("cannot be used as a value here");
    }

    @Test
    void in_and_nin() {
        assertThat(where(Map.of("category", Command.in(List.of("Web", "Life"))))).containsExactly("web-js",
                "web-go", "life");
        assertThat(where(Map.of("tags", Command.in(List.of("Python"))))).containsExactly("life", "float");
        assertThat(where(Map.of("index", Command.nin(List.of(0, 1, 2, 3, 4))))).containsExactly("luke", "float");
    }

    @Test
    void in_with_null_matches_missing_fields() {
        assertThat(where(Map.of("index", Command.in(java.util.Arrays.asList(null, 4)))))
                .containsExactly("luke", "embedded");
    }

    @Test
    void exists_false_matches_only_missing_and_a_stored_null_exists() {
        db.collection("passages").add(json("{'_id': 'nulled', 'index': null}"));
        assertThat(where(Map.of("index", Command.exists(false)))).containsExactly("luke");
        assertThat(where(json("{'index': null}"))).containsExactly("luke", "nulled");
        assertThat(where(Map.of("index", Command.neq(null)))).doesNotContain("luke", "nulled").hasSize(6);
    }

    @Test
    void and_or_nor_at_top_level() {
        assertThat(where(Command.and(Map.of("category", "Web"), Map.of("index", 1)))).containsExactly("web-go");
        assertThat(where(Command.or(List.of(Map.of("category", "luke"), Map.of("index", 3)))))
                .containsExactly("luke", "number");
        assertThat(where(Command.nor(Map.of("category", "Web"), Map.of("tags", "Go"))))
                .containsExactly("number", "embedded");
    }

    @Test
    void nor_is_true_when_the_fields_are_missing() {
        assertThat(where(Map.of("index", Command.nor(Command.lt(1), Command.gt(2)))))
                .containsExactly("web-go", "luke", "life");
    }

    @Test
    void or_on_a_field() {
        assertThat(where(Map.of("index", Command.lt(0.5).or(Command.gt(3))))).containsExactly("web-js",
                "embedded", "float");
    }

    @Test
    void all_with_elem_match_items() {
        assertThat(where(Map.of("tags", Command.all(List.of(Command.elemMatch(Map.of("value", 7)))))))
                .containsExactly("embedded");
    }

    @Test
    void all_with_an_empty_list_matches_nothing() {
        assertThat(where(Map.of("tags", Command.all(List.of())))).isEmpty();
    }

    @Test
    void mod_truncates_toward_zero_and_ignores_non_numbers() {
        assertThat(where(Map.of("index", Command.mod(2, 0)))).containsExactly("web-js", "life", "embedded", "float");
    }

    @Test
    void native_regex_and_db_regexp_with_flags() {
        assertThat(where(Map.of("category", java.util.regex.Pattern.compile("^l", java.util.regex.Pattern
                .CASE_INSENSITIVE)))).containsExactly("luke", "life");
        assertThat(where(Map.of("category", db.regExp("^l", "")))).containsExactly("luke");
        assertThat(where(Map.of("tags", db.regExp("script$", "i")))).containsExactly("web-js", "life", "float");
    }

    @Test
    void regexp_multiline_and_dotall_flags() {
        db.collection("passages").add(json("{'_id': 'text', 'body': 'first line\\nsecond line'}"));
        assertThat(where(Map.of("body", db.regExp("^second", "")))).isEmpty();
        assertThat(where(Map.of("body", db.regExp("^second", "m")))).containsExactly("text");
        assertThat(where(Map.of("body", db.regExp("line.second", "")))).isEmpty();
        assertThat(where(Map.of("body", db.regExp("line.second", "s")))).containsExactly("text");
    }

    @Test
    void regex_matches_chinese_text() {
        db.collection("passages").add(json("{'_id': 'cn', 'category': '类别一'}"));
        assertThat(where(Map.of("category", db.regExp("^类别", "")))).containsExactly("cn");
    }

    @Test
    void or_of_two_regexes_on_one_field() {
        assertThat(where(Map.of("category", Command.or(db.regExp("^W", ""), db.regExp("^n", "")))))
                .containsExactly("web-js", "web-go", "number");
    }

    @Test
    void not_with_a_regex() {
        assertThat(where(Map.of("category", Command.not(db.regExp("^[A-Z]", ""))))).containsExactly("luke",
                "number", "embedded", "float");
    }

    @Test
    void elem_match_object_conditions_are_not_flattened() {
        db.collection("passages").add(json("{'_id': 'deep', 'items': [{'a': {'b': 1, 'c': 2}}]}"));
        assertThat(where(Map.of("items", Command.elemMatch(json("{'a': {'b': 1}}"))))).isEmpty();
        assertThat(where(Map.of("items", Command.elemMatch(json("{'a': {'b': 1, 'c': 2}}")))))
                .containsExactly("deep");
    }
}
