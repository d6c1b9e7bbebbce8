package dev.minicloud.emulator.functions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.functions.call.FunctionResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The database as wx-server-sdk shows it inside a function: the SDK's builder rules, its synchronous checks, result
 * shapes and errors, and the JavaScript traps (undefined values, {@code {a: {}}}) behave as in production.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseFromFunctionsTest extends FunctionsTest {
    private Map<String, Object> r;

    @BeforeAll
    void runTheSuite() {
        startEnvironment();
        FunctionResult result = call("dbsuite", Map.of());
        assertThat(result.errMsg()).as(result.errorStack()).isEqualTo("callFunction:ok");
        r = map(result.result());
        closeEnvironment();
    }

    @Override
    void startEnvironment() {
        if (env == null || env.isClosed()) {
            super.startEnvironment();
        }
    }

    private static Map<String, Object> failure(String how, Object errCode, String errMsg) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(how, true);
        m.put("errCode", errCode);
        m.put("errMsg", errMsg);
        return m;
    }

    private static Map<String, Object> thrown(String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sync", true);
        m.put("errCode", null);
        m.put("errMsg", null);
        m.put("message", message);
        return m;
    }

    @Test
    void add_drops_undefined_keeps_null_and_resolves_server_dates() {
        assertThat(map(r.get("add"))).containsEntry("errMsg", "collection.add:ok").containsKey("_id");
        Map<String, Object> stored = map(r.get("stored"));
        assertThat(stored).containsEntry("title", "new").containsEntry("keep", null).doesNotContainKey("skip");
        assertThat(stored.get("at")).isEqualTo("2024-03-17T02:20:31.000Z");
    }

    @Test
    void where_flattens_objects_and_treats_undefined_like_the_sdk() {
        assertThat(r.get("whereNested")).isEqualTo(List.of("a"));
        assertThat(r.get("whereEmptyNested")).isEqualTo(4);
        assertThat(r.get("whereUndefinedMixed")).isEqualTo(List.of("b"));
        assertThat(r.get("whereAllUndefined")).isEqualTo(thrown("查询参数对象值不能均为undefined"));
        assertThat(r.get("whereNotObject")).isEqualTo(thrown("查询参数必须为对象"));
    }

    @Test
    void commands_regexes_dates_and_logic_from_javascript() {
        assertThat(r.get("commands")).isEqualTo(List.of("b"));
        assertThat(r.get("or")).isEqualTo(List.of("c", "a"));
        assertThat(r.get("regexp")).isEqualTo(List.of(Map.of("_id", "a", "title", "Alpha")));
        assertThat(r.get("dates")).isEqualTo(List.of(true));
        assertThat(r.get("nullMatchesMissing")).isEqualTo(4);
    }

    @Test
    void builder_misuse_throws_synchronously_with_the_sdk_messages() {
        assertThat(r.get("badOrder")).isEqualTo(thrown("排序字符不合法"));
        assertThat(r.get("badLimit")).isEqualTo(thrown("limit must be integer"));
        assertThat(r.get("badSkip")).isEqualTo(thrown("offset must be integer"));
        assertThat(r.get("badDocId")).isEqualTo(thrown("docId必须为字符串或数字"));
        assertThat(r.get("noName")).isEqualTo(thrown("Collection name is required"));
        assertThat(map(r.get("badRegExp")).get("message")).isEqualTo("regexp must be a string");
    }

    @Test
    void missing_documents_and_collections() {
        Map<String, Object> missing = map(r.get("missingDoc"));
        assertThat(missing).containsOnlyKeys("data", "errMsg").containsEntry("errMsg", "document.get:ok");
        assertThat(missing.get("data")).isNull();
        assertThat(r.get("missingDocThrows")).isEqualTo(failure("rejected", -1,
                "document.get:fail document with _id zzz does not exist"));
        assertThat(map(r.get("missingCollection"))).containsEntry("errCode", -502005);
        assertThat((String) map(r.get("missingCollection")).get("errMsg"))
                .startsWith("collection.get:fail -502005 database collection not exists.");
        assertThat(r.get("numericCollectionName")).isEqualTo(failure("rejected", -1,
                "parameter.collName should be string instead of number;"));
    }

    @Test
    void update_and_set_rules() {
        assertThat(r.get("updateWithId")).isEqualTo(failure("rejected", -501007,
                "document.update:fail -501007 invalid parameters. 不能更新_id的值"));
        assertThat(r.get("updateEmpty")).isEqualTo(failure("rejected", -1, "options.data must not be empty"));
        assertThat(r.get("updateNoData")).isEqualTo(failure("rejected", -1,
                "parameter.data should be object instead of undefined;"));
        assertThat(r.get("setWithCommand")).isEqualTo(failure("rejected", -502001,
                "document.set:fail -502001 database request fail. update operator complicit"));
        assertThat(r.get("update")).isEqualTo(Map.of("stats", Map.of("updated", 1), "errMsg", "document.update:ok"));
        assertThat(r.get("afterUpdate")).isEqualTo(Map.of("_id", "a", "n", 11, "tags", List.of("x", "y", "z"),
                "style", Map.of("color", "red", "size", "XL")));
        assertThat(r.get("whereUpdate")).isEqualTo(Map.of("stats", Map.of("updated", 3), "errMsg",
                "collection.update:ok"));
        assertThat(r.get("set")).isEqualTo(Map.of("_id", "new-id", "errMsg", "document.set:ok", "stats",
                Map.of("updated", 0, "created", 1)));
        assertThat(r.get("count")).isEqualTo(Map.of("total", 3, "errMsg", "collection.count:ok"));
        assertThat(r.get("removeOne")).isEqualTo(Map.of("stats", Map.of("removed", 1), "errMsg",
                "collection.remove:ok"));
        assertThat(r.get("docRemove")).isEqualTo(Map.of("stats", Map.of("removed", 1), "errMsg",
                "document.remove:ok"));
    }

    @Test
    void collections_duplicates_projection_and_limits() {
        assertThat(map(r.get("createCollection"))).containsEntry("errMsg", "createCollection:ok")
                .containsKey("requestId");
        assertThat(r.get("createExisting")).isEqualTo(failure("rejected", -501001, "createCollection:fail -501001"
                + " resource system error. [ResourceUnavailable.ResourceExist] Table exist."));
        assertThat(map(r.get("duplicate"))).containsEntry("errCode", -501001);
        assertThat(r.get("addNoData")).isEqualTo(failure("rejected", -1,
                "parameter.data should be object instead of undefined;"));
        assertThat(r.get("limitDefault")).isEqualTo(3);
        assertThat(r.get("projection")).isEqualTo(Map.of("title", "beta", "n", 2, "tags", List.of("y"),
                "style", Map.of("color", "blue"), "due", "2024-02-01T00:00:00.000Z", "flag", true));
        assertThat(r.get("aggregateBuild")).isEqualTo("function");
    }

    @Test
    void calling_the_sdk_before_init_throws_synchronously_and_get_wx_context_does_not_need_init() {
        startEnvironment();
        Map<String, Object> outcome = map(call("noinit", Map.of()).result());
        assertThat(map(outcome.get("database"))).containsEntry("errCode", -1);
        assertThat((String) map(outcome.get("database")).get("errMsg"))
                .startsWith("Cloud API isn't enabled, please call init first");
        assertThat(outcome.get("context")).isEqualTo(Map.of("ENV", "test-1a2b", "SOURCE", "wx_unknown"));
        assertThat(outcome).containsEntry("version", "4.0.2").containsEntry("dynamic", "symbol");
    }
}
