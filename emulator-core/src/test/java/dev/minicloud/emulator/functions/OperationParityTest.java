package dev.minicloud.emulator.functions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.database.CollectionReference;
import dev.minicloud.emulator.database.Database;
import dev.minicloud.emulator.database.DocumentReference;
import dev.minicloud.emulator.database.Query;
import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.internal.sdk.WireResults;
import dev.minicloud.emulator.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The same database calls made from Java and from a cloud function give the same results, messages and errors,
 * step by step, in the SDK's shape: both front doors run one operation layer.
 */
class OperationParityTest extends FunctionsTest {
    private static Map<String, Object> step(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    private static final List<Map<String, Object>> STEPS = List.of(
            step("op", "add", "collection", "todos", "data", Map.of("_id", "t1", "title", "a", "n", 1,
                    "tags", List.of("x"))),
            step("op", "add", "collection", "todos", "data", Map.of("_id", "t2", "title", "b", "n", 2,
                    "meta", Map.of("k", "v"))),
            step("op", "add", "collection", "todos", "data", Map.of("_id", "t2", "title", "dup")),
            step("op", "add", "collection", "nope", "data", Map.of("a", 1)),
            step("op", "docGet", "collection", "todos", "id", "t1"),
            step("op", "docGet", "collection", "todos", "id", "t1", "field", Map.of("title", true)),
            step("op", "docGet", "collection", "todos", "id", "missing"),
            step("op", "docGet", "collection", "nope", "id", "t1"),
            step("op", "get", "collection", "todos", "orderBy", List.of(List.of("n", "desc")), "limit", 1),
            step("op", "get", "collection", "todos", "where", Map.of("meta", Map.of("k", "v")), "field",
                    Map.of("n", true)),
            step("op", "get", "collection", "todos", "skip", 1),
            step("op", "count", "collection", "todos", "where", Map.of("title", "a")),
            step("op", "update", "collection", "todos", "where", Map.of("title", "a"), "data",
                    Map.of("done", true, "meta", Map.of("by", "o_alice"))),
            step("op", "update", "collection", "todos", "where", Map.of("title", "zzz"), "data", Map.of("x", 1)),
            step("op", "docUpdate", "collection", "todos", "id", "t2", "data", Map.of("n", 20)),
            step("op", "docUpdate", "collection", "todos", "id", "missing", "data", Map.of("n", 20)),
            step("op", "docSet", "collection", "todos", "id", "t2", "data", Map.of("title", "replaced")),
            step("op", "docSet", "collection", "todos", "id", "t3", "data", Map.of("title", "created")),
            step("op", "get", "collection", "todos", "orderBy", List.of(List.of("_id", "asc"))),
            step("op", "aggregate", "collection", "todos", "pipeline", List.of(Map.of("$group",
                    step("_id", null, "count", Map.of("$sum", 1))))),
            step("op", "docRemove", "collection", "todos", "id", "t3"),
            step("op", "docRemove", "collection", "todos", "id", "t3"),
            step("op", "remove", "collection", "todos", "where", Map.of("title", "a")),
            step("op", "count", "collection", "todos"),
            step("op", "createCollection", "collection", "todos"),
            step("op", "createCollection", "collection", "fresh"));

    @Test
    void every_step_answers_the_same_from_java_and_from_a_function() {
        FunctionResult fromFunction = call("parity", Map.of("steps", STEPS));
        assertThat(fromFunction.errMsg()).as(fromFunction.errorStack()).isEqualTo("callFunction:ok");
        List<?> functionAnswers = (List<?>) fromFunction.result();

        try (CloudEnvironment java = CloudEmulator.newEnvironment(configuration().build())) {
            Database db = java.database();
            for (int i = 0; i < STEPS.size(); i++) {
                Map<String, Object> step = STEPS.get(i);
                Object javaAnswer = Json.parse(Json.stringify(answer(() -> run(db, step))));
                assertThat(comparable(functionAnswers.get(i))).as("step %d %s", i, step)
                        .isEqualTo(comparable(javaAnswer));
            }
        }
    }

    /** The answer as JSON text; a request id is random on both sides, so only its presence is compared. */
    private static String comparable(Object answer) {
        return Json.stringify(answer).replaceAll("\"requestId\":\"[^\"]+\"", "\"requestId\":\"<random>\"");
    }

    private static Object answer(Supplier<Object> call) {
        try {
            return WireResults.encode(call.get());
        } catch (CloudException e) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("errCode", e.errCode());
            error.put("errMsg", e.errMsg());
            return error;
        }
    }

    @SuppressWarnings("unchecked")
    private static Object run(Database db, Map<String, Object> s) {
        CollectionReference c = db.collection((String) s.get("collection"));
        Map<String, Object> data = (Map<String, Object>) s.get("data");
        switch ((String) s.get("op")) {
            case "add":
                return c.add(data);
            case "get":
                return query(c, s).get();
            case "count":
                return query(c, s).count();
            case "update":
                return query(c, s).update(data);
            case "remove":
                return query(c, s).remove();
            case "docGet": {
                DocumentReference d = c.doc(s.get("id"));
                return (s.containsKey("field") ? d.field((Map<String, ?>) s.get("field")) : d).get();
            }
            case "docSet":
                return c.doc(s.get("id")).set(data);
            case "docUpdate":
                return c.doc(s.get("id")).update(data);
            case "docRemove":
                return c.doc(s.get("id")).remove();
            case "aggregate":
                return c.aggregate((List<Map<String, ?>>) s.get("pipeline")).end();
            default:
                return db.createCollection((String) s.get("collection"));
        }
    }

    @SuppressWarnings("unchecked")
    private static Query query(CollectionReference c, Map<String, Object> s) {
        Query q = c;
        if (s.containsKey("where")) {
            q = q.where((Map<String, ?>) s.get("where"));
        }
        for (Object order : (List<Object>) s.getOrDefault("orderBy", new ArrayList<>())) {
            List<String> pair = (List<String>) order;
            q = q.orderBy(pair.get(0), pair.get(1));
        }
        if (s.containsKey("skip")) {
            q = q.skip((Integer) s.get("skip"));
        }
        if (s.containsKey("limit")) {
            q = q.limit((Integer) s.get("limit"));
        }
        if (s.containsKey("field")) {
            q = q.field((Map<String, ?>) s.get("field"));
        }
        return q;
    }
}
