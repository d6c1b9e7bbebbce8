package dev.minicloud.emulator.adversarial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.database.Database;
import dev.minicloud.emulator.database.command.Command;
import dev.minicloud.emulator.database.value.RegExp;
import dev.minicloud.emulator.functions.call.FunctionResult;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Attacks that make the host, not the function, do unbounded work: a regex that backtracks for minutes, arrays padded
 * by millions, documents of tens of megabytes or thousands of levels, dates Java cannot even count in milliseconds.
 * Each is stopped with the service's error, and the environment keeps working. The time limits here are tiny (100
 * ms per Java query, 1 s for the function) against work that would run for minutes: no assertion depends on how
 * fast the machine is.
 */
class RunawayHostWorkTest {
    /** Against {@link #VICTIM}, {@code find()} backtracks through every way to split 31 characters in 12. */
    private static final String PATHOLOGICAL = "(.*a){12}$";
    private static final String VICTIM = "a".repeat(31) + "b";
    private static final String TIMEOUT = "-501002 resource server timeout. [FailedOperation] operation exceeded time"
            + " limit: the request ran longer than the per-query budget of 100 ms"
            + " (EmulatorConfiguration.Builder.setQueryTimeout)";
    private static final String FUNCTION_TIMEOUT = "callFunction:fail -504003 Invoking task timed out after 1 seconds";

    private CloudEnvironment env;
    private Database db;

    @BeforeEach
    void start() {
        env = CloudEmulator.newEnvironment(EmulatorConfiguration.builder()
                .addCollections("victims")
                .addFunctionRoot(functionRoot())
                .setQueryTimeout(Duration.ofMillis(100))
                .setStartTime(Instant.parse("2024-03-17T02:20:30Z"))
                .build());
        db = env.database();
        db.collection("victims").add(Map.of("_id", "v", "s", VICTIM, "list", List.of(VICTIM, "ok")));
    }

    @AfterEach
    void close() {
        env.close();
    }

    private static Path functionRoot() {
        try {
            return Path.of(RunawayHostWorkTest.class.getResource("fns").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void fails(ThrowingCallable call, int errCode, String errMsg) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CloudException.class, e -> {
            assertThat(e.errCode()).isEqualTo(errCode);
            assertThat(e.errMsg()).isEqualTo(errMsg);
        });
    }

    private Map<String, Object> pathological() {
        return Map.of("s", RegExp.of(PATHOLOGICAL));
    }

    private Map<String, Object> stored() {
        return db.collection("victims").doc("v").get().data();
    }

    private Map<String, Object> callLimits(Map<String, ?> event) {
        FunctionResult r = env.functions().call("limits", event);
        assertThat(r.errMsg()).as(r.errorStack()).isEqualTo("callFunction:ok");
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) r.result();
        return result;
    }

    private static Map<String, Object> error(int errCode, String errMsg) {
        return Map.of("errCode", errCode, "errMsg", errMsg);
    }

    @Test
    void a_catastrophic_regex_query_from_java_stops_at_the_per_query_budget() {
        fails(() -> db.collection("victims").where(pathological()).get(), -501002, "collection.get:fail " + TIMEOUT);
        fails(() -> db.collection("victims").where(pathological()).count(), -501002,
                "collection.count:fail " + TIMEOUT);
        fails(() -> db.collection("victims").where(pathological()).update(Map.of("hit", true)), -501002,
                "collection.update:fail " + TIMEOUT);
        fails(() -> db.collection("victims").where(pathological()).remove(), -501002,
                "collection.remove:fail " + TIMEOUT);
        assertThat(stored()).doesNotContainKey("hit");
    }

    @Test
    void a_catastrophic_regex_in_an_aggregation_from_java_stops_at_the_per_query_budget() {
        fails(() -> db.collection("victims").aggregate().project(Map.of("s", 1)).match(pathological()).end(),
                -501002, "collection.aggregate:fail " + TIMEOUT);
        fails(() -> db.collection("victims").aggregate().match(pathological()).end(), -501002,
                "collection.aggregate:fail " + TIMEOUT);
    }

    @Test
    void a_catastrophic_regex_in_pull_or_json_schema_stops_at_the_per_query_budget() {
        fails(() -> db.collection("victims").doc("v").update(Map.of("list", Command.pull(RegExp.of(PATHOLOGICAL)))),
                -501002, "document.update:fail " + TIMEOUT);
        fails(() -> db.collection("victims").where(Command.jsonSchema(Map.of("properties", Map.of("s",
                Map.of("pattern", PATHOLOGICAL))))).get(), -501002, "collection.get:fail " + TIMEOUT);
        assertThat(stored().get("list")).isEqualTo(List.of(VICTIM, "ok"));
    }

    @Test
    void a_catastrophic_regex_query_in_a_function_times_out_the_function_not_the_host() {
        for (String scenario : List.of("query", "aggregate", "pull", "transaction")) {
            FunctionResult r = env.functions().call("runaway", Map.of("case", scenario));
            assertThat(r.errCode()).as(scenario).isEqualTo(-504003);
            assertThat(r.errMsg()).as(scenario).isEqualTo(FUNCTION_TIMEOUT);
        }
        assertThat(env.functions().call("runaway", Map.of("case", "count")).result()).isEqualTo(1);
        assertThat(stored().get("list")).isEqualTo(List.of(VICTIM, "ok"));
    }

    @Test
    void padding_an_array_by_a_hundred_million_nulls_is_refused() {
        String refused = "-502001 database request fail. can't backfill more than 1500000 elements";
        fails(() -> db.collection("victims").doc("v").update(Map.of("list.100000000", 1)), -502001,
                "document.update:fail " + refused);
        fails(() -> db.collection("victims").where(Map.of("_id", "v")).update(Map.of("list.100000000", 1)), -502001,
                "collection.update:fail " + refused);
        assertThat(callLimits(Map.of("case", "pad"))).isEqualTo(error(-502001, "document.update:fail " + refused));
        assertThat(stored().get("list")).isEqualTo(List.of(VICTIM, "ok"));
    }

    @Test
    void a_padding_refused_inside_a_transaction_leaves_nothing_of_it() {
        Map<String, Object> r = callLimits(Map.of("case", "transactionPad"));
        assertThat(r.get("errCode")).isEqualTo(-502001);
        assertThat((String) r.get("errMsg")).contains("can't backfill more than 1500000 elements");
        assertThat(stored()).doesNotContainKey("flag");
    }

    @Test
    void a_document_of_20_MB_is_refused() {
        String big = "x".repeat(20 * 1024 * 1024);
        fails(() -> db.collection("victims").add(Map.of("s", big)), -502001, "collection.add:fail -502001 database"
                + " request fail. object to insert too large. size in bytes: 20971575, max size: 16777216");
        fails(() -> db.collection("victims").doc("v").set(Map.of("s", big)), -502001, "document.set:fail -502001"
                + " database request fail. Resulting document after update is larger than 16777216");
        fails(() -> db.collection("victims").doc("v").update(Map.of("s", big)), -502001, "document.update:fail"
                + " -502001 database request fail. Resulting document after update is larger than 16777216");
        assertThat(db.collection("victims").count().total()).isEqualTo(1);
        assertThat(stored().get("s")).isEqualTo(VICTIM);
        Map<String, Object> fromFunction = callLimits(Map.of("case", "huge"));
        assertThat(fromFunction.get("errCode")).isEqualTo(-502001);
        assertThat((String) fromFunction.get("errMsg")).startsWith("collection.add:fail -502001 database request"
                + " fail. object to insert too large. size in bytes: ");
    }

    @Test
    void a_10000_level_document_is_refused_without_overflowing_the_host_stack() {
        Map<String, Object> deep = nested(10_000);
        String insert = "-501007 invalid parameters. cannot insert document because it exceeds 100 levels of nesting";
        String other = "-501007 invalid parameters. Document exceeds maximum nesting depth of 100";
        fails(() -> db.collection("victims").add(deep), -501007, "collection.add:fail " + insert);
        fails(() -> db.collection("victims").add(List.of(Map.of("ok", 1), deep)), -501007,
                "collection.add:fail " + insert);
        fails(() -> db.collection("victims").doc("w").set(deep), -501007, "document.set:fail " + insert);
        fails(() -> db.collection("victims").doc("v").update(deep), -501007, "document.update:fail " + other);
        fails(() -> db.collection("victims").where(deep).get(), -501007, "collection.get:fail " + other);
        fails(() -> db.collection("victims").where(Map.of("a", Command.eq(deep))).count(), -501007,
                "collection.count:fail " + other);
        fails(() -> db.collection("victims").aggregate().match(deep).end(), -501007,
                "collection.aggregate:fail " + other);
        fails(() -> db.runTransaction(tx -> tx.collection("victims").add(deep)), -501007,
                "collection.add:fail " + insert);
        assertThat(db.collection("victims").count().total()).isEqualTo(1);
    }

    @Test
    void deep_nesting_sent_from_a_function_is_refused_with_the_parameter_error() {
        assertThat(callLimits(Map.of("case", "deep", "levels", 150))).isEqualTo(error(-501007,
                "collection.add:fail -501007 invalid parameters. cannot insert document because it exceeds 100 levels"
                + " of nesting"));
        assertThat(callLimits(Map.of("case", "deepWhere", "levels", 150))).isEqualTo(error(-501007,
                "collection.get:fail -501007 invalid parameters. Document exceeds maximum nesting depth of 100"));
        assertThat(callLimits(Map.of("case", "deep", "levels", 1500))).isEqualTo(error(-501007,
                "collection.add:fail -501007 invalid parameters. Document exceeds maximum nesting depth of 100"));
        // Deeper still, the SDK's serializer gives up first, as Node's JSON.stringify runs out of stack: a RangeError
        // the function catches like any other (so its errCode and errMsg are undefined, and the result is empty).
        FunctionResult overflow = env.functions().call("limits", Map.of("case", "deep", "levels", 10_000));
        assertThat(overflow.errCode()).isZero();
        assertThat(overflow.result()).isEqualTo(Map.of());
        assertThat(db.collection("victims").count().total()).isEqualTo(1);
    }

    @Test
    void a_10000_level_event_is_refused_before_the_function_runs() {
        FunctionResult r = env.functions().call("limits", Map.of("case", "deep", "event", nested(10_000)));
        assertThat(r.errMsg()).isEqualTo("callFunction:fail -504002 functions execute fail. RangeError: cannot write"
                + " a value nested more than 1000 levels deep as JSON");
        assertThat(callLimits(Map.of("case", "get")).get("ok")).isNotNull();
    }

    @Test
    void a_date_java_cannot_count_in_milliseconds_is_refused() {
        String refused = "-501007 invalid parameters. date out of range: +1000000000-12-31T23:59:59.999999999Z (a"
                + " JavaScript Date holds at most 8640000000000000 ms either side of 1970-01-01T00:00:00Z)";
        fails(() -> db.collection("victims").add(Map.of("at", Instant.MAX)), -501007, "collection.add:fail " + refused);
        fails(() -> db.collection("victims").doc("v").update(Map.of("at", Instant.MAX)), -501007,
                "document.update:fail " + refused);
        fails(() -> db.collection("victims").where(Map.of("at", Command.lt(Instant.MAX))).get(), -501007,
                "collection.get:fail " + refused);
        assertThatThrownBy(() -> db.collection("victims").add(Map.of("at", db.serverDate(Long.MAX_VALUE))))
                .isInstanceOfSatisfying(CloudException.class, e -> assertThat(e.errMsg())
                        .startsWith("collection.add:fail -501007 invalid parameters. date out of range: ServerDate"));
        assertThat(db.collection("victims").count().total()).isEqualTo(1);
        assertThat(stored()).doesNotContainKey("at");
    }

    private static Map<String, Object> nested(int levels) {
        Map<String, Object> value = Map.of("a", 1);
        for (int i = 1; i < levels; i++) {
            value = Map.of("a", value);
        }
        return value;
    }
}
