package dev.minicloud.emulator.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.database.command.Command;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** one test per row. */
class EqualityMatchingTest extends DatabaseTest {

    private boolean matches(String stored, Map<String, ?> condition) {
        db.collection("todos").remove();
        db.collection("todos").add(json("{'_id': 'd', " + stored + "}"));
        return db.collection("todos").where(condition).count().total() == 1;
    }

    private boolean matchesNothingStored(Map<String, ?> condition) {
        db.collection("todos").add(json("{'_id': 'd'}"));
        return db.collection("todos").where(condition).count().total() == 1;
    }

    @Test
    void number_equals_the_same_number() {
        assertThat(matches("'f': 20", Map.of("f", 20))).isTrue();
    }

    @Test
    void numbers_compare_by_value_across_int_and_double() {
        assertThat(matches("'f': 20", Map.of("f", 20.0))).isTrue();
        assertThat(matches("'g': 20.5", Map.of("g", 20.5f))).isTrue();
    }

    @Test
    void a_string_never_equals_a_number() {
        assertThat(matches("'f': '20'", Map.of("f", 20))).isFalse();
    }

    @Test
    void an_array_contains_the_element() {
        assertThat(matches("'f': [10, 20, 30]", Map.of("f", 20))).isTrue();
    }

    @Test
    void an_array_equals_the_same_array() {
        assertThat(matches("'f': [10, 20, 30]", Map.of("f", List.of(10, 20, 30)))).isTrue();
    }

    @Test
    void array_order_matters() {
        assertThat(matches("'f': [10, 20, 30]", Map.of("f", List.of(20, 10, 30)))).isFalse();
    }

    @Test
    void an_element_that_is_an_array_equals_the_array() {
        assertThat(matches("'f': [[1, 2], 3]", Map.of("f", List.of(1, 2)))).isTrue();
    }

    @Test
    void sub_document_equality_is_exact() {
        assertThat(matches("'f': {'color': 'red', 'size': 'L'}", Map.of("f", Command.eq(json("{'color': 'red'}")))))
                .isFalse();
    }

    @Test
    void field_order_matters_in_exact_sub_document_equality() {
        assertThat(matches("'f': {'size': 'L', 'color': 'red'}",
                Map.of("f", Command.eq(json("{'color': 'red', 'size': 'L'}"))))).isFalse();
        assertThat(matches("'g': {'color': 'red', 'size': 'L'}",
                Map.of("g", Command.eq(json("{'color': 'red', 'size': 'L'}"))))).isTrue();
    }

    @Test
    void null_matches_a_missing_field() {
        assertThat(matchesNothingStored(json("{'f': null}"))).isTrue();
    }

    @Test
    void null_matches_a_stored_null() {
        assertThat(matches("'f': null", json("{'f': null}"))).isTrue();
    }

    @Test
    void a_path_fans_out_over_an_array_of_sub_documents() {
        assertThat(matches("'a': [{'b': 1}, {'b': 2}]", Map.of("a.b", 2))).isTrue();
        assertThat(matches("'c': [{'b': 1}, {'b': 2}]", Map.of("c.b", 3))).isFalse();
    }

    @Test
    void a_numeric_path_segment_indexes_an_array() {
        assertThat(matches("'numbers': [1, 2, 3]", Map.of("numbers.1", 2))).isTrue();
        assertThat(matches("'others': [1, 2, 3]", Map.of("others.0", 2))).isFalse();
    }

    @Test
    void nested_objects_in_where_match_fields_not_whole_sub_documents() {
        assertThat(matches("'style': {'color': 'red', 'size': 'L'}", json("{'style': {'color': 'red'}}"))).isTrue();
    }

    @Test
    void dates_match_dates_and_iso_strings_stay_strings() {
        db.collection("todos").add(Map.of("_id", "a", "at", java.time.Instant.parse("2024-01-01T00:00:00Z")));
        db.collection("todos").add(Map.of("_id", "b", "at", "2024-01-01T00:00:00.000Z"));
        assertThat(ids(db.collection("todos").where(Map.of("at", java.time.Instant.parse("2024-01-01T00:00:00Z")))
                .get())).containsExactly("a");
        assertThat(ids(db.collection("todos").where(Map.of("at", "2024-01-01T00:00:00.000Z")).get()))
                .containsExactly("b");
        assertThat(ids(db.collection("todos").where(Map.of("at", new java.util.Date(1704067200000L))).get()))
                .containsExactly("a");
    }
}
