package dev.minicloud.emulator.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.database.command.AggregateCommand;
import dev.minicloud.emulator.database.command.Command;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** the worked examples from the vendor's integration tests, written with the Java API. */
class AggregateWorkedExamplesTest extends DatabaseTest {
    private static final AggregateCommand $ = Command.aggregate;

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private List<Map<String, Object>> run(String collection, List<Map<String, Object>> docs, Aggregate pipeline) {
        db.createCollection(collection);
        db.collection(collection).add(docs);
        return pipeline.end().list();
    }

    @Test
    void group_std_dev_pop_per_group() {
        List<Map<String, Object>> r = run("scores", List.of(json("{'group': 'a', 'score': 84}"),
                json("{'group': 'a', 'score': 96}"), json("{'group': 'b', 'score': 80}"),
                json("{'group': 'b', 'score': 100}")), db.collection("scores").aggregate()
                        .group(ordered("_id", "$group", "stdDev", $.stdDevPop("$score"))));
        assertThat(r).containsExactly(ordered("_id", "a", "stdDev", 6), ordered("_id", "b", "stdDev", 10));
    }

    @Test
    void group_everything_and_sum_prices() {
        List<Map<String, Object>> r = run("goods", List.of(json("{'price': 100}"), json("{'price': 1}"),
                json("{'price': 10}")), db.collection("goods").aggregate()
                        .group(ordered("_id", null, "totalPrice", $.sum("$price"))));
        assertThat(r).containsExactly(ordered("_id", null, "totalPrice", 111));
    }

    @Test
    void project_a_discount_with_cond() {
        List<Map<String, Object>> r = run("items", List.of(json("{'name': 'a', 'amount': 100}"),
                json("{'name': 'b', 'amount': 200}")), db.collection("items").aggregate()
                        .project(ordered("_id", 0, "name", 1, "discount", $.cond(Map.of(
                                "if", $.gte(List.of("$amount", 200)), "then", 0.7, "else", 0.9)))));
        assertThat(r).containsExactly(ordered("name", "a", "discount", 0.9), ordered("name", "b", "discount", 0.7));
    }

    @Test
    void if_null_replaces_null_and_missing() {
        List<Map<String, Object>> r = run("items", List.of(json("{'desc': 'x'}"), json("{'desc': null}"),
                json("{'name': 'no desc'}")), db.collection("items").aggregate()
                        .project(ordered("_id", 0, "desc", $.ifNull(List.of("$desc", "Not defined")))));
        assertThat(r).extracting(d -> d.get("desc")).containsExactly("x", "Not defined", "Not defined");
    }

    @Test
    void concat_a_full_name() {
        List<Map<String, Object>> r = run("people", List.of(json("{'firstName': 'Yuan', 'lastName': 'Ren'}")),
                db.collection("people").aggregate()
                        .project(ordered("_id", 0, "fullName", $.concat(List.of("$firstName", " ", "$lastName")))));
        assertThat(r).containsExactly(Map.of("fullName", "Yuan Ren"));
    }

    @Test
    void merge_objects_in_group() {
        List<Map<String, Object>> r = run("foos", List.of(json("{'name': 'n', 'foo': {'a': 1}}"),
                json("{'name': 'n', 'foo': {'c': 1}}"), json("{'name': 'n', 'foo': {'e': 1}}")),
                db.collection("foos").aggregate().group(ordered("_id", "$name", "mergedFoo", $.mergeObjects("$foo"))));
        assertThat(r).containsExactly(ordered("_id", "n", "mergedFoo", ordered("a", 1, "c", 1, "e", 1)));
    }

    @Test
    void set_difference_of_two_fields() {
        List<Map<String, Object>> r = run("sets", List.of(json("{'A': [1, 2], 'B': [3, 1]}")),
                db.collection("sets").aggregate().project(ordered("_id", 0, "isBOnly",
                        $.setDifference(List.of("$B", "$A")))));
        assertThat(r).containsExactly(Map.of("isBOnly", List.of(3)));
    }

    @Test
    void sum_one_counts_and_nested_sums_add_fields_up() {
        List<Map<String, Object>> r = run("orders", List.of(json("{'a': 1, 'b': 2}"), json("{'a': 3, 'b': 4}")),
                db.collection("orders").aggregate().group(ordered("_id", null, "n", $.sum(1),
                        "total", $.sum($.sum(List.of("$a", "$b"))))));
        assertThat(r).containsExactly(ordered("_id", null, "n", 2, "total", 10));
    }

    @Test
    void dates_are_utc_unless_a_timezone_is_given() {
        // The vendor test creates local midnight 1999-12-12 on a UTC+8 machine.
        java.time.Instant midnightInShanghai = LocalDateTime.of(1999, 12, 12, 0, 0)
                .atZone(ZoneId.of("Asia/Shanghai")).toInstant();
        db.createCollection("dates");
        db.collection("dates").add(Map.of("date", midnightInShanghai));
        List<Map<String, Object>> r = db.collection("dates").aggregate().project(ordered("_id", 0,
                "utc", $.dateToString(Map.of("date", "$date", "format", "%Y-%m-%d")),
                "local", $.dateToString(Map.of("date", "$date", "format", "%H:%M:%S", "timezone", "Asia/Shanghai")),
                "day", $.dayOfMonth("$date"),
                "localDay", $.dayOfMonth(Map.of("date", "$date", "timezone", "+08:00")))).end().list();
        assertThat(r).containsExactly(ordered("utc", "1999-12-11", "local", "00:00:00", "day", 11, "localDay", 12));
    }
}
