package dev.minicloud.emulator.functions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.functions.call.FunctionResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How a function's modules load: a module that throws while loading is not cached (as in Node), and the first
 * call's loading is not charged to the function's timeout (as on SCF, whose initialisation has a limit of its own).
 */
class ModuleLoadingTest extends FunctionsTest {

    @Test
    void an_entry_module_that_throws_while_loading_reports_its_error_on_every_call_not_handler_not_found() {
        for (int i = 0; i < 3; i++) {
            FunctionResult r = call("module-throws", Map.of());
            assertThat(r.errMsg()).isEqualTo("callFunction:fail -504002 functions execute fail. Error: boom at load");
            assertThat(r.errorStack()).contains("index.js:3");
        }
    }

    @Test
    void a_required_module_that_threw_while_loading_runs_again_on_the_next_require() {
        assertThat(call("flaky-require", Map.of("fail", true)).result()).isEqualTo("failed: flaky load");
        assertThat(call("flaky-require", Map.of("fail", false)).result()).isEqualTo("loaded");
        assertThat(call("flaky-require", Map.of("fail", true)).result()).as("cached once loaded").isEqualTo("loaded");
    }

    @Test
    void a_heavy_module_loads_on_its_first_call_although_its_timeout_is_one_millisecond() {
        FunctionResult r = call("cold-heavy", Map.of());
        assertThat(r.errMsg()).as(r.errorStack()).isEqualTo("callFunction:ok");
        assertThat(map(r.result())).containsEntry("rows", 200000).containsEntry("first", "step 100");
    }

    @Test
    void a_first_call_that_times_out_in_its_handler_says_that_loading_was_not_counted() {
        FunctionResult r = call("cold-heavy", Map.of("loop", true));
        assertThat(r.errMsg()).isEqualTo("callFunction:fail -504003 Invoking task timed out after 0.001 seconds");
        assertThat(r.errorStack()).startsWith("the handler ran longer than the function's timeout of 0.001 s; this"
                + " was the instance's first call, and its loading");
        assertThat(r.logs()).anySatisfy(l -> assertThat(l.message()).isEqualTo(r.errorStack()));
        assertThat(call("cold-heavy", Map.of()).succeeded()).as("a fresh instance loads again").isTrue();
    }
}
