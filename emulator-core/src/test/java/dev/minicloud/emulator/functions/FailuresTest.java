package dev.minicloud.emulator.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.functions.call.FunctionResult;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * every way a function can fail is reported with the service's errCode and errMsg, and
 * the emulator (and every other function) keeps running.
 */
class FailuresTest extends FunctionsTest {

    private FunctionResult failing(String mode) {
        return callAs("o_alice", "failing", Map.of("mode", mode));
    }

    @Test
    void a_missing_function_fails_with_501000() {
        FunctionResult r = callAs("o_alice", "no-such-function", Map.of());
        assertThat(r.errCode()).isEqualTo(-501000);
        assertThat(r.errMsg()).isEqualTo("cloud.callFunction:fail -501000 FunctionName parameter could not be found");
    }

    @Test
    void a_thrown_error_fails_with_504002_and_a_stack_mapped_to_the_original_lines() {
        FunctionResult r = failing("throw");
        assertThat(r.errCode()).isEqualTo(-504002);
        assertThat(r.errMsg()).isEqualTo("cloud.callFunction:fail -504002 functions execute fail. AppError: user u1 not"
                + " found");
        assertThat(r.errorStack()).startsWith("AppError: user u1 not found\n").contains("(index.js:3)")
                .contains("index.js:11").doesNotContain("jscomp");
        assertThat(r.logs()).anySatisfy(l -> assertThat(l.level()).isEqualTo("error"));
    }

    @Test
    void a_rejected_promise_and_a_runtime_type_error_fail_with_504002() {
        assertThat(failing("reject").errMsg()).isEqualTo("cloud.callFunction:fail -504002 functions execute fail."
                + " TypeError: rejected on purpose");
        FunctionResult typeError = failing("type-error");
        assertThat(typeError.errMsg()).startsWith("cloud.callFunction:fail -504002 functions execute fail. TypeError:");
        assertThat(typeError.errorStack()).contains("index.js:27");
        assertThat(failing("reject-string").errMsg()).isEqualTo("cloud.callFunction:fail -504002 functions execute"
                + " fail. Error: plain string");
    }

    @Test
    void an_error_thrown_in_a_timer_fails_the_invocation() {
        assertThat(failing("timer-throws").errMsg()).isEqualTo("cloud.callFunction:fail -504002 functions execute"
                + " fail. RangeError: thrown in a timer");
    }

    @Test
    void an_infinite_loop_times_out_with_504003_and_cannot_catch_or_finally_its_way_out() {
        long wall = System.nanoTime();
        FunctionResult r = failing("loop");
        assertThat(r.errCode()).isEqualTo(-504003);
        assertThat(r.errMsg()).isEqualTo("cloud.callFunction:fail -504003 Invoking task timed out after 3 seconds");
        assertThat(Duration.ofNanos(System.nanoTime() - wall)).isGreaterThanOrEqualTo(Duration.ofMillis(2900));
        assertThat(failing("loop-with-finally").errCode()).isEqualTo(-504003);
        assertThat(failing("ok").result()).isEqualTo("ok");
    }

    @Test
    void a_timer_beyond_the_time_limit_and_a_promise_that_never_settles_time_out_at_once_on_virtual_time() {
        long wall = System.nanoTime();
        assertThat(failing("sleep").errCode()).isEqualTo(-504003);
        assertThat(failing("never").errCode()).isEqualTo(-504003);
        // Two waits for the 3 s wall-clock limit would take 6 s; generous for a loaded machine.
        assertThat(Duration.ofNanos(System.nanoTime() - wall)).isLessThan(Duration.ofMillis(5900));
    }

    @Test
    void an_interrupted_caller_stops_waiting_keeps_its_interrupt_and_the_function_keeps_serving() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> failing("ok")).isInstanceOf(IllegalStateException.class)
                    .hasMessage("interrupted while the function ran");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(failing("ok").result()).isEqualTo("ok");
    }

    @Test
    void deep_recursion_is_reported_as_a_range_error() {
        FunctionResult r = failing("recursion");
        assertThat(r.errMsg()).isEqualTo("cloud.callFunction:fail -504002 functions execute fail. RangeError: Maximum"
                + " call stack size exceeded");
    }

    @Test
    void runaway_allocation_is_stopped_and_the_jvm_keeps_running() {
        // A time limit no loaded machine reaches first: only the memory budget may stop this function.
        try (var small = dev.minicloud.emulator.CloudEmulator.newEnvironment(configuration()
                .setFunctionMemoryBudget(64L << 20).setFunctionTimeout(Duration.ofSeconds(300)).build())) {
            FunctionResult r = small.functions().call("failing", Map.of("mode", "memory"));
            assertThat(r.errCode()).isEqualTo(-504002);
            assertThat(r.errMsg()).contains("RangeError: memory limit exceeded");
            assertThat(small.functions().call("failing", Map.of("mode", "ok")).result()).isEqualTo("ok");
        }
    }

    @Test
    void a_result_over_1_mb_fails_with_604001() {
        FunctionResult r = failing("big-result");
        assertThat(r.errCode()).isEqualTo(-604001);
        assertThat(r.errMsg()).isEqualTo("cloud.callFunction:fail -604001 cloudfunction result size exceed limit (1MB)");
    }

    @Test
    void a_syntax_error_fails_with_504002_naming_file_and_line() {
        FunctionResult r = call("syntax", Map.of());
        assertThat(r.errCode()).isEqualTo(-504002);
        assertThat(r.errMsg()).startsWith("callFunction:fail -504002 functions execute fail. SyntaxError:")
                .contains("index.js:2");
    }

    @Test
    void a_module_without_exports_main_fails_clearly() {
        assertThat(call("nomain", Map.of()).errMsg()).contains("Handler not found: index.js must export a function"
                + " named main");
    }

    @Test
    void a_failure_leaves_other_functions_and_environments_unaffected() {
        failing("loop");
        assertThat(call("plain", Map.of("x", 1)).succeeded()).isTrue();
        assertThat(callAs("o_alice", "todo", Map.of("action", "add", "title", "after")).succeeded()).isTrue();
        try (CloudEnvironment other = CloudEmulator.newEnvironment(configuration().build())) {
            assertThat(other.functions().call("plain", Map.of("x", 1)).succeeded()).isTrue();
        }
    }
}
