package dev.minicloud.emulator.internal.database.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.database.command.Command;
import dev.minicloud.emulator.database.value.Geo;
import dev.minicloud.emulator.internal.database.aggregate.AggregateExpressions;
import dev.minicloud.emulator.internal.database.store.DocumentStore;
import dev.minicloud.emulator.json.Json;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine entry points cloud functions use, fed with JSON-shaped values as the JavaScript SDK sends them: a wire
 * pipeline, geo commands rebuilt from GeoJSON, and a transaction driven step by step from several threads.
 */
class EngineSeamsTest {
    private DatabaseEngine engine;

    @BeforeEach
    void start() {
        engine = new DatabaseEngine(DocumentStore.inMemory(), Clock.fixed(Instant.parse("2024-03-17T02:20:30Z"),
                ZoneOffset.UTC), new EngineSettings("seams", false, 100, 1000, true, Duration.ofSeconds(5),
                Duration.ofSeconds(15)),
                new AggregateExpressions());
        engine.create("orders");
        engine.create("users");
        engine.add("orders", Json.parseArray("[{\"_id\": 1, \"user\": \"u1\", \"total\": 30},"
                + " {\"_id\": 2, \"user\": \"u2\", \"total\": 70}, {\"_id\": 3, \"user\": \"u1\", \"total\": 5}]"));
        engine.add("users", Json.parseArray("[{\"_id\": \"u1\", \"name\": \"Ann\", \"vip\": true},"
                + " {\"_id\": \"u2\", \"name\": \"Bob\", \"vip\": false}]"));
    }

    @AfterEach
    void stop() {
        engine.close();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> pipeline(String json) {
        return (List<Map<String, Object>>) (List<?>) Json.parseArray(json);
    }

    @Test
    void aggregate_takes_the_wire_pipeline_with_where_syntax_in_match_and_variables_in_lookups() {
        List<Map<String, Object>> stages = pipeline("[{\"$match\": {\"total\": {\"$gte\": 10}}},"
                + " {\"$lookup\": {\"from\": \"users\", \"let\": {\"uid\": \"$user\"}, \"pipeline\": ["
                + "   {\"$match\": {\"$expr\": {\"$eq\": [\"$_id\", \"$$uid\"]}}},"
                + "   {\"$project\": {\"_id\": 0, \"name\": 1}}],"
                + "   \"as\": \"buyer\"}},"
                + " {\"$project\": {\"total\": 1, \"buyer\": {\"$arrayElemAt\": [\"$buyer.name\", 0]}}}]");
        assertThat(engine.aggregate("orders", stages)).containsExactly(
                Map.of("_id", 1, "total", 30, "buyer", "Ann"), Map.of("_id", 2, "total", 70, "buyer", "Bob"));
    }

    @Test
    void commands_rebuilt_by_name_work_in_a_wire_match() {
        Map<String, Object> match = Map.of("$match", Map.of("user", "u1", "total", Command.gt(10)));
        assertThat(engine.aggregate("orders", List.of(match))).extracting(d -> d.get("_id")).containsExactly(1);
    }

    @Test
    void geo_values_and_commands_are_built_from_geojson() {
        Map<String, Object> point = Json.parseObject("{\"type\": \"Point\", \"coordinates\": [113.3, 23.1]}");
        engine.add("users", Map.of("_id", "u3", "home", Geo.fromGeoJson(point)));
        engine.add("users", Map.of("_id", "u4", "home", point));
        Map<String, Object> near = Map.of("home", Command.geoNear(Map.of("geometry", point, "maxDistance", 10)));
        assertThat(engine.get(new QuerySpec("users", near, null, null, null, null)))
                .extracting(d -> d.get("_id")).containsExactly("u3", "u4");
        assertThat(engine.mayContainGeo("users")).isTrue();
        assertThat(engine.mayContainGeo("orders")).isFalse();
    }

    @Test
    void a_transaction_is_driven_step_by_step_from_any_thread() throws Exception {
        EngineTransaction tx = engine.beginTransaction();
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            assertThat(other.submit(() -> tx.update("orders", 1, Map.of("total", Command.inc(1)))).get())
                    .isEqualTo(1L);
            assertThat(tx.get("orders", 1)).containsEntry("total", 31);
            Object id = other.submit(() -> tx.add("orders", Map.of("user", "u2", "total", 1))).get();
            assertThat(tx.set("users", "u3", Map.of("name", "Cid")).created()).isEqualTo(1);
            assertThat(tx.remove("orders", 3)).isEqualTo(1);
            assertThat(engine.docGet("orders", 1, null)).containsEntry("total", 30);
            other.submit(tx::commit).get();
            assertThat(engine.docGet("orders", 1, null)).containsEntry("total", 31);
            assertThat(engine.docGet("orders", id, null)).containsEntry("user", "u2");
            assertThat(engine.docGet("orders", 3, null)).isNull();
            assertThat(tx.isOpen()).isFalse();
        } finally {
            other.shutdown();
            assertThat(other.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void a_conflicting_step_reports_the_platform_error_and_aborts() {
        EngineTransaction first = engine.beginTransaction();
        EngineTransaction second = engine.beginTransaction();
        first.remove("orders", 2);
        assertThatThrownBy(() -> second.update("orders", 2, Map.of("total", 0))).isInstanceOfSatisfying(
                CloudException.class, e -> assertThat(e.errMsg()).isEqualTo("document.update:fail -502001 database"
                        + " request fail. " + DatabaseEngine.TRANSACTION_CONFLICT));
        assertThat(second.isOpen()).isFalse();
        first.rollback();
        assertThat(engine.docGet("orders", 2, null)).containsEntry("total", 70);
    }
}
