package dev.minicloud.emulator.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How a transpiled {@code async} function steps and settles: MiniCloud drives Closure's generator engine itself
 * (fewer objects per call, one promise reaction per {@code await}), so these pin Node's order and outcomes.
 */
class AsyncStepsTest extends FunctionsTest {

    @Test
    void awaits_resume_among_other_promise_jobs_in_nodes_order() {
        Map<String, Object> r = map(call("async-steps", Map.of()).result());
        // Node 20's order: each await resumes one microtask after what it awaits settles.
        assertThat(r.get("order")).isEqualTo("a0,sync,p1,a1,p2,a2,p3,after");
    }

    @Test
    void an_async_function_settles_as_its_body_ends() {
        Map<String, Object> r = map(call("async-steps", Map.of()).result());
        assertThat(r).containsEntry("throwsBeforeAwait", "rejected before")
                .containsEntry("throwsAfterAwait", "rejected after")
                .containsEntry("awaitsRejection", "fulfilled \"handled caught\"")
                .containsEntry("awaitsThenable", "fulfilled \"from thenable\"")
                .containsEntry("returnsPromise", "fulfilled 42")
                .containsEntry("noAwait", "fulfilled \"plain\"");
    }

    @Test
    void rebinding_Function_or_Promise_changes_the_global_names_not_what_the_engine_builds() {
        assertThat(map(call("rebound-globals", Map.of()).result())).containsEntry("functionPrototypeKept", true)
                .containsEntry("callWorks", true).containsEntry("asyncReturnsNativePromise", true)
                .containsEntry("value", "still async");
    }

    @Test
    void a_returned_thenable_is_awaited_and_its_then_gets_real_functions() {
        assertThat(map(call("thenable-result", Map.of()).result())).containsEntry("resolveType", "function")
                .containsEntry("rejectType", "function").containsEntry("isFunction", true)
                .containsEntry("canApply", true);
    }

    @Test
    void sdk_failures_reject_the_returned_promise_and_dates_come_back_as_dates() {
        Map<String, Object> sdk = map(map(call("async-steps", Map.of()).result()).get("sdk"));
        assertThat(sdk).containsEntry("missing", "rejected -1").containsEntry("due", 0)
                .containsEntry("note", "costs \"$5\"");
    }
}
