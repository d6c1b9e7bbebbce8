package dev.minicloud.emulator.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.database.command.Command;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code not} and {@code elemMatch} where MongoDB's rules are easy to get wrong (found by the differential test). */
class NotAndElemMatchTest extends DatabaseTest {
    @BeforeEach
    void data() {
        db.collection("todos").add(List.of(json("{'_id': 'missing'}"), json("{'_id': 'null', 'a': null}"),
                json("{'_id': 'two', 'a': 2}"), json("{'_id': 'nested', 'a': [[2, 3]]}"),
                json("{'_id': 'flat', 'a': [2, 3]}"), json("{'_id': 'docs', 'a': [{'x': 2}]}")));
    }

    private List<Object> where(Map<String, Object> condition) {
        return ids(db.collection("todos").where(condition).get());
    }

    @Test
    void not_negates_the_whole_condition_so_a_missing_field_is_not_unequal_to_null() {
        assertThat(where(Map.of("a", Command.not(Command.eq(null))))).containsExactly("two", "nested", "flat",
                "docs");
        assertThat(where(Map.of("a", Command.not(Command.exists(true))))).containsExactly("missing");
        assertThat(where(Map.of("a", Command.not(Command.gt(2))))).containsExactly("missing", "null", "two",
                "nested", "docs");
    }

    @Test
    void elem_match_with_operators_takes_a_nested_array_as_one_value() {
        assertThat(where(Map.of("a", Command.elemMatch(Command.gt(1))))).containsExactly("flat");
        assertThat(where(Map.of("a", Command.elemMatch(Command.eq(List.of(2, 3)))))).containsExactly("nested");
        assertThat(where(Map.of("a", Command.elemMatch(Command.in(List.of(3)))))).containsExactly("flat");
    }

    @Test
    void elem_match_with_fields_reads_a_nested_array_by_its_indexes() {
        assertThat(where(Map.of("a", Command.elemMatch(Map.of("1", 3))))).containsExactly("nested");
        assertThat(where(Map.of("a", Command.elemMatch(Map.of("x", 2))))).containsExactly("docs");
    }
}
