package dev.minicloud.emulator.functions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.functions.call.FunctionResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Real cloud functions, unmodified: async/await, destructuring, optional chaining, a local module, a JSON file, and
 * real npm packages (tcb-router, dayjs, lodash) from the function's own node_modules.
 */
class RealisticFunctionsTest extends FunctionsTest {

    @Test
    void a_crud_function_adds_lists_with_pagination_updates_and_removes() {
        for (String title : List.of("write tests", "ship", "celebrate")) {
            env.clock().advance(Duration.ofSeconds(1));
            assertThat(callAs("o_alice", "todo", Map.of("action", "add", "title", title)).succeeded()).isTrue();
        }
        callAs("o_bob", "todo", Map.of("action", "add", "title", "bob's"));

        FunctionResult page0 = callAs("o_alice", "todo", Map.of("action", "list"));
        assertThat(page0.errMsg()).isEqualTo("cloud.callFunction:ok");
        Map<String, Object> list = map(page0.result());
        assertThat(list.get("total")).isEqualTo(3);
        assertThat(titles(list)).containsExactly("write tests", "ship");
        assertThat(titles(map(callAs("o_alice", "todo", Map.of("action", "list", "page", 1)).result())))
                .containsExactly("celebrate");

        String firstId = (String) ((Map<?, ?>) ((List<?>) list.get("items")).get(0)).get("_id");
        assertThat(callAs("o_alice", "todo", Map.of("action", "done", "id", firstId)).result())
                .isEqualTo(Map.of("updated", 1));
        Map<String, Object> stored = env.database().collection("todos").doc(firstId).get().data();
        assertThat(stored).containsEntry("done", true).containsEntry("owner", "o_alice");
        assertThat(stored.get("doneAt")).isEqualTo(NOW.plusSeconds(3));
        assertThat(stored.get("createdAt")).isInstanceOf(Instant.class);

        assertThat(map(callAs("o_alice", "todo", Map.of("action", "tag", "match", "^S", "tag", "urgent")).result()))
                .containsEntry("stats", Map.of("updated", 1)).containsEntry("errMsg", "collection.update:ok");
        assertThat(callAs("o_alice", "todo", Map.of("action", "clear")).result()).isEqualTo(Map.of("removed", 1));
        assertThat(env.database().collection("todos").count().total()).isEqualTo(3);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> titles(Map<String, Object> list) {
        return ((List<Map<String, Object>>) list.get("items")).stream().map(i -> i.get("title")).toList();
    }

    @Test
    void dates_returned_by_a_function_become_iso_strings_and_documents_keep_dates() {
        Object id = map(callAs("o_alice", "todo", Map.of("action", "add", "title", "t")).result()).get("_id");
        Map<String, Object> fromFunction = map(callAs("o_alice", "todo", Map.of("action", "get", "id", id)).result());
        assertThat(fromFunction.get("createdAt")).isEqualTo("2024-03-17T02:20:30.000Z");
    }

    @Test
    void a_missing_document_rejects_inside_the_function_as_wx_server_sdk_does() {
        FunctionResult r = callAs("o_alice", "todo", Map.of("action", "get", "id", "nope"));
        assertThat(r.errCode()).isEqualTo(-504002);
        assertThat(r.errMsg()).isEqualTo("cloud.callFunction:fail -504002 functions execute fail. Error:"
                + " document.get:fail document with _id nope does not exist");
    }

    @Test
    void tcb_router_dispatches_with_middleware_local_modules_and_json() {
        assertThat(call("router", Map.of("$url", "hello", "name", "Ada")).result())
                .isEqualTo(Map.of("app", "demo-router", "message", "Hello, Ada!"));
        env.database().collection("todos").add(Map.of("a", 1));
        assertThat(call("router", Map.of("$url", "count")).result()).isEqualTo(Map.of("app", "demo-router", "total", 1));
        assertThat(call("router", Map.of("$url", "unknown")).result()).isNull();
    }

    @Test
    void dayjs_works_and_dates_read_the_virtual_clock() {
        Map<String, Object> r = map(call("dates", Map.of("start", "2024-03-17T08:00:00Z", "end",
                "2024-04-01T00:00:00Z")).result());
        assertThat(r).containsEntry("iso", "2024-03-24T08:00:00.000Z")
                .containsEntry("formatted", "2024-03-17 08:00")
                .containsEntry("weekday", 0)
                .containsEntry("diffDays", 14)
                .containsEntry("now", NOW.toEpochMilli());
        assertThat(r.get("spaced")).isEqualTo(Instant.parse("2024-03-17T10:20:30Z").toEpochMilli());
    }

    @Test
    void lodash_works() {
        FunctionResult r = call("lodashy", Map.of("orders", List.of(
                Map.of("id", "a", "city", "sh", "amount", 10),
                Map.of("id", "b", "city", "bj", "amount", 30),
                Map.of("id", "c", "city", "sh", "amount", 25))));
        assertThat(r.errMsg()).isEqualTo("callFunction:ok");
        assertThat(map(r.result())).containsEntry("totals", Map.of("sh", 35, "bj", 30))
                .containsEntry("top", List.of("b", "c"))
                .containsEntry("chunks", List.of(List.of(1, 2), List.of(3, 4), List.of(5)))
                .containsEntry("merged", Map.of("a", Map.of("b", 1, "c", 2)))
                .containsEntry("camel", "fooBarBaz");
    }

    @Test
    void synchronous_handlers_package_json_main_and_the_legacy_callback_form_work() {
        assertThat(call("plain", Map.of("x", 1)).result())
                .isEqualTo(Map.of("echo", Map.of("x", 1), "at", "2024-01-02T00:00:00.000Z"));
        assertThat(call("custom-main", Map.of()).result()).isEqualTo("from src/handler.js");
        assertThat(call("legacy", Map.of()).result()).isEqualTo(Map.of("counter", 1, "sloppy", "undefined"));
        FunctionResult failed = call("legacy", Map.of("fail", true));
        assertThat(failed.errMsg()).startsWith("callFunction:fail -504002 functions execute fail. Error: callback failure");
    }

    @Test
    void module_state_survives_between_calls_of_a_warm_instance() {
        call("legacy", Map.of());
        call("legacy", Map.of());
        assertThat(map(call("legacy", Map.of()).result())).containsEntry("counter", 3);
    }

    @Test
    void functions_are_listed_by_name() {
        assertThat(env.functions().names()).contains("todo", "router", "dates", "lodashy", "custom-main")
                .doesNotContain("nomain-missing");
    }
}
