package dev.minicloud.emulator.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Queries written as JSON text use MongoDB operators and the console's date form, then follow the same rules. */
class JsonTextQueryTest extends DatabaseTest {

    @Test
    void operators_in_json_text() {
        db.collection("todos").add(List.of(json("{'_id': 'a', 'progress': 5}"), json("{'_id': 'b', 'progress':"
                + " 50}")));
        assertThat(ids(db.collection("todos").where("{\"progress\": {\"$gt\": 10}}").get())).containsExactly("b");
    }

    @Test
    void nested_objects_in_json_text_are_flattened_like_any_condition() {
        db.collection("todos").add(json("{'_id': 'a', 'style': {'color': 'red', 'size': 'L'}}"));
        assertThat(ids(db.collection("todos").where("{\"style\": {\"color\": \"red\"}}").get()))
                .containsExactly("a");
    }

    @Test
    void dates_in_json_text() {
        db.collection("todos").add(Map.of("_id", "a", "due", Instant.parse("2024-01-02T00:00:00Z")));
        assertThat(ids(db.collection("todos").where("{\"due\": {\"$lt\": {\"$date\": \"2024-02-01T00:00:00Z\"}}}")
                .get())).containsExactly("a");
        assertThat(ids(db.collection("todos").where("{\"due\": {\"$date\": 1704153600000}}").get()))
                .containsExactly("a");
    }

    @Test
    void regex_and_logic_in_json_text() {
        db.collection("todos").add(List.of(json("{'_id': 'a', 't': 'Apple'}"), json("{'_id': 'b', 't': 'banana'}")));
        assertThat(ids(db.collection("todos").where("{\"t\": {\"$regex\": \"^a\", \"$options\": \"i\"}}").get()))
                .containsExactly("a");
        assertThat(ids(db.collection("todos").where("{\"$or\": [{\"t\": \"Apple\"}, {\"t\": \"banana\"}]}").get()))
                .containsExactly("a", "b");
    }
}
