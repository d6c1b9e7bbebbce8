package dev.minicloud.emulator.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.database.command.Command;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * MongoDB's limits on stored documents, which the service's backend enforces (16 MB, 100 levels of nesting, arrays
 * padded by at most 1,500,000 elements), the field names MiniCloud refuses, and the SDK's merge of raw operators with
 * plain fields in update data. A refused write leaves every document as it was.
 */
class DocumentLimitsTest extends DatabaseTest {
    private static final int MAX_BSON = 16 * 1024 * 1024;

    private static void fails(ThrowingCallable call, int errCode, String errMsg) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CloudException.class, e -> {
            assertThat(e.errCode()).isEqualTo(errCode);
            assertThat(e.errMsg()).isEqualTo(errMsg);
        });
    }

    private static Map<String, Object> nested(int containers) {
        Map<String, Object> value = Map.of("a", 1);
        for (int i = 1; i < containers; i++) {
            value = Map.of("a", value);
        }
        return value;
    }

    private Map<String, Object> doc(String id) {
        return db.collection("todos").doc(id).get().data();
    }

    @Test
    void a_document_of_exactly_16_MB_of_bson_is_stored_and_one_byte_more_is_refused() {
        // {_id: "x", s: <n chars>} is 5 + 11 + (8 + n) bytes of BSON.
        int n = MAX_BSON - 24;
        db.collection("todos").add(Map.of("_id", "x", "s", "x".repeat(n)));
        fails(() -> db.collection("todos").add(Map.of("_id", "y", "s", "x".repeat(n + 1))), -502001,
                "collection.add:fail -502001 database request fail. object to insert too large. size in bytes: "
                + (MAX_BSON + 1) + ", max size: " + MAX_BSON);
        fails(() -> db.collection("todos").doc("x").update(Map.of("more", 1)), -502001, "document.update:fail"
                + " -502001 database request fail. Resulting document after update is larger than " + MAX_BSON);
        assertThat(db.collection("todos").count().total()).isEqualTo(1);
        assertThat(doc("x")).doesNotContainKey("more");
    }

    @Test
    void a_multi_document_update_that_would_grow_one_document_too_large_changes_none() {
        db.collection("todos").add(Map.of("_id", "small", "group", 1));
        db.collection("todos").add(Map.of("_id", "large", "group", 1, "s", "x".repeat(10 << 20)));
        String seven = "y".repeat(7 << 20);
        fails(() -> db.collection("todos").where(Map.of("group", 1)).update(Map.of("t", seven)), -502001,
                "collection.update:fail -502001 database request fail. Resulting document after update is larger"
                + " than " + MAX_BSON);
        assertThat(doc("small")).doesNotContainKey("t");
        assertThat(doc("large")).doesNotContainKey("t");
    }

    @Test
    void a_write_refused_inside_a_transaction_fails_the_transaction_and_leaves_nothing() {
        db.collection("todos").add(Map.of("_id", "v", "n", 1));
        String big = "x".repeat(MAX_BSON);
        fails(() -> db.runTransaction(tx -> {
            tx.collection("todos").doc("v").update(Map.of("n", 2));
            return tx.collection("todos").doc("v").update(Map.of("s", big));
        }), -502001, "document.update:fail -502001 database request fail. Resulting document after update is larger"
                + " than " + MAX_BSON);
        assertThat(doc("v")).containsEntry("n", 1).doesNotContainKey("s");
    }

    @Test
    void documents_nest_at_most_100_levels_counting_the_document_and_not_counting_empty_containers() {
        db.collection("todos").add(Map.of("_id", "deep", "a", nested(99)));
        db.collection("todos").add(Map.of("_id", "emptyAtTheBottom", "b", deepEmpty(100)));
        fails(() -> db.collection("todos").add(Map.of("a", nested(100))), -501007, "collection.add:fail -501007"
                + " invalid parameters. cannot insert document because it exceeds 100 levels of nesting");
        String path = String.join(".", Collections.nCopies(100, "p"));
        db.collection("todos").doc("deep").update(Map.of(path, 1));
        String tooDeep = String.join(".", Collections.nCopies(101, "q"));
        fails(() -> db.collection("todos").doc("deep").update(Map.of(tooDeep, 1)), -502001,
                "document.update:fail -502001 database request fail. Document exceeds maximum nesting depth of 100");
        assertThat(doc("deep")).containsOnlyKeys("_id", "a", "p");
    }

    /** {@code levels} containers, the innermost empty. */
    private static Map<String, Object> deepEmpty(int levels) {
        Map<String, Object> value = Map.of();
        for (int i = 1; i < levels; i++) {
            value = Map.of("a", value);
        }
        return value;
    }

    @Test
    void an_update_pads_an_array_by_at_most_1500000_elements() {
        db.collection("todos").add(Map.of("_id", "v", "list", List.of(), "short", List.of("a")));
        db.collection("todos").doc("v").update(Map.of("short.3", "d"));
        assertThat(doc("v").get("short")).isEqualTo(java.util.Arrays.asList("a", null, null, "d"));
        fails(() -> db.collection("todos").doc("v").update(Map.of("list.1500000", 1)), -502001,
                "document.update:fail -502001 database request fail. can't backfill more than 1500000 elements");
        db.collection("todos").doc("v").update(Map.of("list.1499999", 1));
        List<?> padded = (List<?>) doc("v").get("list");
        assertThat(padded).hasSize(1_500_000);
        assertThat(padded.get(1_499_999)).isEqualTo(1);
    }

    @Test
    void empty_field_names_and_names_holding_nul_are_refused_in_stored_data() {
        Map<String, Object> empty = new LinkedHashMap<>();
        empty.put("", 1);
        fails(() -> db.collection("todos").add(empty), -501007,
                "collection.add:fail -501007 invalid parameters. field names cannot be empty");
        fails(() -> db.collection("todos").add(Map.of("nested", List.of(Map.of("a\0b", 1)))), -501007,
                "collection.add:fail -501007 invalid parameters. field names cannot contain the NUL character:"
                + " a\\u0000b");
        fails(() -> db.collection("todos").doc("v").set(empty), -501007,
                "document.set:fail -501007 invalid parameters. field names cannot be empty");
        db.collection("todos").add(Map.of("_id", "v", "n", 1));
        fails(() -> db.collection("todos").doc("v").update(Map.of("x", Command.set(empty))), -502001,
                "document.update:fail -502001 database request fail. The empty field name in 'x' is not valid for"
                + " storage.");
        fails(() -> db.collection("todos").doc("v").update(Map.of("a\0b", 1)), -502001,
                "document.update:fail -502001 database request fail. An update path 'a\\u0000b' contains a NUL"
                + " character, which is not allowed.");
        fails(() -> db.collection("todos").doc("v").update(empty), -502001, "document.update:fail -502001 database"
                + " request fail. An update path '' contains an empty field name, which is not allowed.");
        assertThat(doc("v")).isEqualTo(Map.of("_id", "v", "n", 1));
    }

    @Test
    void a_raw_operator_in_update_data_merges_with_plain_fields_as_the_sdk_sends_it() {
        db.collection("todos").add(Map.of("_id", "v", "n", 1, "a", 0));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("$set", Map.of("a", 1));
        data.put("b", 2);
        data.put("$inc", Map.of("n", 10));
        db.collection("todos").doc("v").update(data);
        assertThat(doc("v")).isEqualTo(Map.of("_id", "v", "n", 11, "a", 1, "b", 2));
        Map<String, Object> samePath = new LinkedHashMap<>();
        samePath.put("$set", Map.of("a", "raw"));
        samePath.put("a", "plain");
        db.collection("todos").doc("v").update(samePath);
        assertThat(doc("v")).containsEntry("a", "plain");
        fails(() -> db.collection("todos").add(Map.of("$set", Map.of("a", 1))), -501007,
                "collection.add:fail -501007 invalid parameters. field names cannot start with '$': $set");
    }

    @Test
    void the_per_query_budget_is_configurable_and_positive() {
        assertThat(EmulatorConfiguration.defaults().queryTimeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(EmulatorConfiguration.builder().setQueryTimeout(Duration.ofMillis(250)).build().queryTimeout())
                .isEqualTo(Duration.ofMillis(250));
        assertThatThrownBy(() -> EmulatorConfiguration.builder().setQueryTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
