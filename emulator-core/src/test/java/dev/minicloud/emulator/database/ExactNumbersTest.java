package dev.minicloud.emulator.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.database.command.AggregateCommand;
import dev.minicloud.emulator.database.command.Command;
import dev.minicloud.emulator.database.result.UpdateResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numbers compare by their exact mathematical value, as in MongoDB, whatever their Java type and however large: a
 * long and a double are equal only when they are the same number, in queries (with and without path indexes),
 * sorting, grouping and updates.
 */
class ExactNumbersTest extends DatabaseTest {
    private static final long TWO_53 = 1L << 53;
    /** 2^63, the smallest double above every long; {@code (double) Long.MAX_VALUE} rounds to it. */
    private static final double TWO_63 = 0x1p63;

    /** Enough filler documents for the collection to build path indexes. */
    private static final int FILLER = 1200;

    /** Runs checks on the big numbers and the filler, in an environment with or without path indexes. */
    private static void withBigNumbers(boolean pathIndexes, Consumer<Database> checks) {
        try (CloudEnvironment e = CloudEmulator.newEnvironment(EmulatorConfiguration.builder()
                .setEnvId("exact-1a2b")
                .addCollections("nums")
                .setStartTime(NOW)
                .setPathIndexes(pathIndexes)
                .build())) {
            e.database().collection("nums").add(bigNumbers());
            checks.accept(e.database());
        }
    }

    private static List<Map<String, Object>> bigNumbers() {
        List<Map<String, Object>> docs = new ArrayList<>();
        docs.add(doc("two53", TWO_53));
        docs.add(doc("two53plus1", TWO_53 + 1));
        docs.add(doc("two53double", (double) TWO_53));
        docs.add(doc("longMax", Long.MAX_VALUE));
        docs.add(doc("longMaxMinus1", Long.MAX_VALUE - 1));
        docs.add(doc("two63", TWO_63));
        docs.add(doc("longMin", Long.MIN_VALUE));
        docs.add(doc("minusTwo63", -TWO_63));
        docs.add(doc("belowLongMin", -0x1.0000000000001p63));
        docs.add(doc("half", TWO_53 / 4 + 0.5));
        for (int i = 0; i < FILLER; i++) {
            docs.add(doc("f" + i, i));
        }
        return docs;
    }

    private static Map<String, Object> doc(Object id, Object n) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("_id", id);
        d.put("n", n);
        return d;
    }

    private static List<Object> idsWhere(Database database, Map<String, Object> condition) {
        List<Object> ids = new ArrayList<>();
        for (Map<String, Object> d : database.collection("nums").where(condition).limit(1000).get().data()) {
            if (!((String) d.get("_id")).startsWith("f")) {
                ids.add(d.get("_id"));
            }
        }
        return ids;
    }

    @ParameterizedTest(name = "path indexes {0}")
    @ValueSource(booleans = {true, false})
    void a_long_and_a_double_are_equal_only_when_they_are_the_same_number(boolean pathIndexes) {
        withBigNumbers(pathIndexes, d -> {
            assertThat(idsWhere(d, Map.of("n", (double) TWO_53))).containsExactly("two53", "two53double");
            assertThat(idsWhere(d, Map.of("n", TWO_53 + 1))).containsExactly("two53plus1");
            assertThat(idsWhere(d, Map.of("n", TWO_63))).containsExactly("two63");
            assertThat(idsWhere(d, Map.of("n", Long.MAX_VALUE))).containsExactly("longMax");
            assertThat(idsWhere(d, Map.of("n", Command.in(List.of(TWO_63, TWO_53 + 1)))))
                    .containsExactly("two53plus1", "two63");
            assertThat(idsWhere(d, Map.of("n", -TWO_63))).containsExactly("longMin", "minusTwo63");
        });
    }

    @ParameterizedTest(name = "path indexes {0}")
    @ValueSource(booleans = {true, false})
    void ranges_across_longs_and_doubles_drop_and_add_nothing(boolean pathIndexes) {
        withBigNumbers(pathIndexes, d -> {
            assertThat(idsWhere(d, Map.of("n", Command.gt((double) TWO_53))))
                    .containsExactly("two53plus1", "longMax", "longMaxMinus1", "two63");
            assertThat(idsWhere(d, Map.of("n", Command.gte(Long.MAX_VALUE)))).containsExactly("longMax", "two63");
            assertThat(idsWhere(d, Map.of("n", Command.lt(TWO_63))))
                    .containsExactly("two53", "two53plus1", "two53double", "longMax", "longMaxMinus1", "longMin",
                            "minusTwo63", "belowLongMin", "half");
            assertThat(idsWhere(d, Map.of("n", Command.gt(Long.MAX_VALUE - 1).and(Command.lt(TWO_63)))))
                    .containsExactly("longMax");
            assertThat(idsWhere(d, Map.of("n", Command.lt(Long.MIN_VALUE)))).containsExactly("belowLongMin");
            assertThat(idsWhere(d, Map.of("n", Command.neq(TWO_53)))).doesNotContain("two53", "two53double")
                    .contains("two53plus1");
            assertThat(idsWhere(d, Map.of("n", Command.nin(List.of(TWO_63, Long.MAX_VALUE)))))
                    .doesNotContain("two63", "longMax").contains("longMaxMinus1");
        });
    }

    @Test
    void sorting_puts_every_long_below_a_larger_double() {
        db.collection("todos").add(List.of(doc("two63", TWO_63), doc("longMax", Long.MAX_VALUE),
                doc("two53plus1", TWO_53 + 1), doc("two53", (double) TWO_53), doc("longMin", Long.MIN_VALUE),
                doc("belowLongMin", -0x1.0000000000001p63)));
        assertThat(ids(db.collection("todos").orderBy("n", "asc").get()))
                .containsExactly("belowLongMin", "longMin", "two53", "two53plus1", "longMax", "two63");
        assertThat(ids(db.collection("todos").orderBy("n", "desc").get()))
                .containsExactly("two63", "longMax", "two53plus1", "two53", "longMin", "belowLongMin");
    }

    @Test
    void group_min_and_max_tell_a_long_from_the_double_next_to_it() {
        db.collection("todos").add(List.of(doc("a", TWO_63), doc("b", Long.MAX_VALUE), doc("c", 1),
                doc("d", 1.0), doc("e", Long.MAX_VALUE)));
        AggregateCommand $ = Command.aggregate;
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("_id", "$n");
        spec.put("count", $.sum(1));
        List<Map<String, Object>> groups = db.collection("todos").aggregate().group(spec)
                .sort(Map.of("_id", 1)).end().list();
        assertThat(groups).extracting(g -> g.get("count")).containsExactly(2, 2, 1);
        assertThat(groups).extracting(g -> g.get("_id")).containsExactly(1, Long.MAX_VALUE, TWO_63);

        Map<String, Object> extremes = new LinkedHashMap<>();
        extremes.put("_id", null);
        extremes.put("lo", $.min("$n"));
        extremes.put("hi", $.max("$n"));
        Map<String, Object> result = db.collection("todos").aggregate().match(Map.of("_id", Command.neq("a")))
                .group(extremes).end().list().get(0);
        assertThat(result.get("hi")).isEqualTo(Long.MAX_VALUE);
        Map<String, Object> project = new LinkedHashMap<>();
        project.put("above", $.gt(List.of("$n", Long.MAX_VALUE)));
        project.put("in", $.in(List.of("$n", List.of(TWO_63))));
        assertThat(db.collection("todos").aggregate().project(project).end().list())
                .extracting(p -> p.get("_id") + ":" + p.get("above") + ":" + p.get("in"))
                .containsExactly("a:true:true", "b:false:false", "c:false:false", "d:false:false", "e:false:false");
    }

    @Test
    void an_integral_double_within_the_long_range_is_stored_as_a_long() {
        db.collection("todos").add(doc("d", (double) TWO_53 * 2));
        assertThat(db.collection("todos").doc("d").get().data().get("n")).isEqualTo(TWO_53 * 2);
        db.collection("todos").add(doc((double) TWO_53, 1));
        assertThatThrownBy(() -> db.collection("todos").add(doc(TWO_53, 2)))
                .isInstanceOfSatisfying(CloudException.class, e -> assertThat(e.errCode()).isEqualTo(-501001));
    }

    private Object stored(String id) {
        return db.collection("todos").doc(id).get().data().get("n");
    }

    private void assertRequestFails(Runnable update, String message) {
        assertThatThrownBy(update::run).isInstanceOfSatisfying(CloudException.class, e -> {
            assertThat(e.errCode()).isEqualTo(-502001);
            assertThat(e.errMsg()).endsWith("database request fail. " + message);
        });
    }

    @Test
    void inc_past_the_int_range_becomes_a_long() {
        db.collection("todos").add(doc("d", Integer.MAX_VALUE));
        db.collection("todos").doc("d").update(Map.of("n", Command.inc(1)));
        assertThat(stored("d")).isEqualTo(1L << 31);
        db.collection("todos").doc("d").update(Map.of("n", Command.mul(-(1 << 30))));
        assertThat(stored("d")).isEqualTo(-(1L << 61));
    }

    @Test
    void inc_or_mul_past_the_long_range_fails_with_mongodbs_error_and_writes_nothing() {
        db.collection("todos").add(List.of(doc("a", 1), doc("d", Long.MAX_VALUE), doc("m", 1L << 62)));
        assertRequestFails(() -> db.collection("todos").doc("d").update(Map.of("n", Command.inc(1))),
                "Failed to apply $inc operations to current value ((NumberLong)9223372036854775807) for document"
                        + " {_id: \"d\"}");
        assertRequestFails(() -> db.collection("todos").where(Map.of("n", Command.gt(0)))
                .update(Map.of("n", Command.inc(Long.MAX_VALUE))),
                "Failed to apply $inc operations to current value ((NumberInt)1) for document {_id: \"a\"}");
        assertRequestFails(() -> db.collection("todos").doc("m").update(Map.of("n", Command.mul(2))),
                "Failed to apply $mul operations to current value ((NumberLong)4611686018427387904) for document"
                        + " {_id: \"m\"}");
        assertThat(stored("a")).isEqualTo(1);
        assertThat(stored("d")).isEqualTo(Long.MAX_VALUE);
        assertThat(stored("m")).isEqualTo(1L << 62);
    }

    @Test
    void an_increment_changing_a_long_by_less_than_double_precision_is_still_a_change() {
        db.collection("todos").add(doc("d", Long.MAX_VALUE));
        UpdateResult r = db.collection("todos").doc("d").update(Map.of("n", Command.inc(0.5)));
        assertThat(r.stats().updated()).isEqualTo(1);
        assertThat(stored("d")).isEqualTo(TWO_63);
        db.collection("todos").add(doc("e", TWO_53 + 1));
        db.collection("todos").doc("e").update(Map.of("n", Command.inc(-1)));
        assertThat(stored("e")).isEqualTo(TWO_53);
    }

    @Test
    void mul_of_a_missing_field_creates_zero_whatever_the_factor() {
        db.collection("todos").add(doc("d", 1));
        db.collection("todos").doc("d").update(Map.of("x", Command.mul(Double.POSITIVE_INFINITY)));
        assertThat(db.collection("todos").doc("d").get().data().get("x")).isEqualTo(0);
    }

    @Test
    void nan_equals_only_nan_and_is_neither_below_nor_above_a_number_in_queries() {
        db.collection("todos").add(List.of(doc("nan", Double.NaN), doc("one", 1), doc("minusInf",
                Double.NEGATIVE_INFINITY)));
        assertThat(ids(db.collection("todos").where(Map.of("n", Double.NaN)).get())).containsExactly("nan");
        assertThat(ids(db.collection("todos").where(Map.of("n", Command.lt(5))).get()))
                .containsExactly("one", "minusInf");
        assertThat(ids(db.collection("todos").where(Map.of("n", Command.gte(Double.NaN))).get()))
                .containsExactly("nan");
        assertThat(ids(db.collection("todos").where(Map.of("n", Command.gt(Double.NaN))).get())).isEmpty();
        assertThat(ids(db.collection("todos").orderBy("n", "asc").get())).containsExactly("nan", "minusInf", "one");
    }
}
