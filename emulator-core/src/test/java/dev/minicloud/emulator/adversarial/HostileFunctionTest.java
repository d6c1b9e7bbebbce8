package dev.minicloud.emulator.adversarial;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.functions.call.FunctionResult;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A function author attacking the emulator with what they throw, return, log and allocate. Every attack must end
 * as the service's failed call (never a Java exception out of {@code call}), without running the attacker's code
 * while the failure is rendered, and the environment must keep serving.
 */
class HostileFunctionTest {
    private static final String FAIL = "callFunction:fail -504002 functions execute fail. ";

    private CloudEnvironment env;

    private static Path functionRoot() {
        try {
            return Path.of(HostileFunctionTest.class.getResource("fns").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void start() {
        env = CloudEmulator.newEnvironment(EmulatorConfiguration.builder().addFunctionRoot(functionRoot())
                .setStartTime(Instant.parse("2024-03-17T02:20:30Z")).setFunctionMemoryBudget(64L << 20).build());
    }

    @AfterEach
    void stop() {
        env.close();
    }

    private FunctionResult attack(String mode, String value) {
        FunctionResult r = env.functions().call("hostile", value == null ? Map.of("mode", mode)
                : Map.of("mode", mode, "value", value));
        assertThat(env.functions().call("hostile", Map.of("mode", "ok")).result()).as("still serving").isEqualTo("ok");
        return r;
    }

    @Test
    void throwing_an_object_whose_toString_throws_fails_the_call() {
        assertThat(attack("throw", "to-string-throws").errMsg()).isEqualTo(FAIL + "Error: [object Object]");
    }

    // Rhino runs a thrown error's name and message getters (and a thrown object's toString) when the throw statement
    // builds its exception, as part of the function's own code and under its budget; what the getter does then
    // decides the failure. Rejections and rendering never run them.

    @Test
    void throwing_an_error_whose_message_getter_throws_fails_with_the_getters_error() {
        assertThat(attack("throw", "message-getter-throws").errMsg()).isEqualTo(FAIL + "Error: message refused");
    }

    @Test
    void throwing_an_error_whose_message_getter_loops_forever_times_out() {
        assertThat(attack("throw", "message-getter-loops").errMsg())
                .isEqualTo("callFunction:fail -504003 Invoking task timed out after 3 seconds");
    }

    @Test
    void throwing_an_error_whose_name_getter_throws_fails_with_the_getters_error() {
        assertThat(attack("throw", "name-getter-throws").errMsg()).isEqualTo(FAIL + "Error: name refused");
    }

    @Test
    void an_error_whose_stack_getter_loops_is_reported_without_running_it() {
        FunctionResult r = attack("throw", "stack-getter-loops");
        assertThat(r.errMsg()).isEqualTo(FAIL + "RangeError: stack by a getter");
        assertThat(r.errorStack()).isEqualTo("RangeError: stack by a getter");
    }

    @Test
    void throwing_a_proxy_whose_traps_throw_fails_with_the_traps_error() {
        assertThat(attack("throw", "proxy").errMsg()).isEqualTo(FAIL + "Error: trap refused");
    }

    @Test
    void throwing_a_symbol_fails_the_call() {
        assertThat(attack("throw", "symbol").errMsg()).isEqualTo(FAIL + "Error: Symbol(thrown)");
    }

    @Test
    void rejecting_with_an_error_whose_message_getter_throws_fails_the_call_without_running_the_getter() {
        FunctionResult r = attack("reject", "message-getter-throws");
        assertThat(r.errMsg()).isEqualTo(FAIL + "Error");
        assertThat(r.errorStack()).startsWith("Error\n").contains("index.js:3");
    }

    @Test
    void rejecting_with_an_error_whose_message_getter_loops_fails_the_call_at_once() {
        assertThat(attack("reject", "message-getter-loops").errMsg()).isEqualTo(FAIL + "Error");
    }

    @Test
    void rejecting_with_a_proxy_whose_traps_throw_fails_the_call_without_running_a_trap() {
        assertThat(attack("reject", "proxy").errMsg()).isEqualTo(FAIL + "Error: [object Object]");
    }

    @Test
    void rejecting_with_an_object_whose_toString_throws_fails_the_call() {
        assertThat(attack("reject", "to-string-throws").errMsg()).isEqualTo(FAIL + "Error: [object Object]");
    }

    @Test
    void throwing_an_object_whose_toString_throws_from_a_timer_fails_the_call() {
        assertThat(attack("timer", "to-string-throws").errMsg()).isEqualTo(FAIL + "Error: [object Object]");
    }

    @Test
    void logging_an_object_with_a_throwing_getter_prints_it_as_node_does() {
        FunctionResult r = attack("log", "proxy");
        assertThat(r.result()).isEqualTo("logged");
        assertThat(r.logs()).anySatisfy(l -> assertThat(l.message()).contains("refused: [Getter]"));
    }

    @Test
    void a_result_whose_toJSON_throws_fails_the_call() {
        assertThat(attack("result-to-json-throws", null).errMsg()).isEqualTo(FAIL + "Error: toJSON refused");
    }

    @Test
    void a_result_with_a_throwing_getter_fails_the_call() {
        assertThat(attack("result-getter-throws", null).errMsg()).isEqualTo(FAIL + "Error: getter refused");
    }

    @Test
    void a_cyclic_result_fails_the_call() {
        assertThat(attack("result-cyclic", null).errMsg()).startsWith(FAIL + "TypeError:");
    }

    @Test
    void a_bigint_in_the_result_fails_the_call() {
        assertThat(attack("result-bigint", null).errMsg()).startsWith(FAIL + "TypeError:");
    }

    @Test
    void doubling_a_string_past_two_billion_characters_fails_with_invalid_string_length() {
        assertThat(attack("string-doubling", null).errMsg()).isEqualTo(FAIL + "RangeError: Invalid string length");
    }

    @Test
    void flattening_a_doubled_string_over_the_memory_budget_fails_with_the_memory_error() {
        assertThat(attack("string-doubling-small", null).errMsg()).startsWith(FAIL + "RangeError: memory limit"
                + " exceeded");
    }

    @Test
    void a_huge_repeat_fails_with_the_memory_error() {
        assertThat(attack("string-repeat", null).errMsg()).startsWith(FAIL + "RangeError: memory limit exceeded");
    }

    @Test
    void a_huge_pad_fails_with_the_memory_error() {
        assertThat(attack("string-pad", null).errMsg()).startsWith(FAIL + "RangeError: memory limit exceeded");
    }

    @Test
    void a_huge_join_fails_with_the_memory_error() {
        assertThat(attack("array-join", null).errMsg()).startsWith(FAIL + "RangeError: memory limit exceeded");
    }

    @Test
    void filling_a_billion_element_array_fails_with_the_memory_error() {
        assertThat(attack("array-fill", null).errMsg()).startsWith(FAIL + "RangeError: memory limit exceeded");
    }

    @Test
    void a_bomb_of_large_typed_arrays_fails_with_the_memory_error() {
        assertThat(attack("typed-arrays", null).errMsg()).startsWith(FAIL + "RangeError: memory limit exceeded");
    }

    @Test
    void a_bomb_of_array_buffers_fails_with_the_memory_error() {
        assertThat(attack("array-buffers", null).errMsg()).startsWith(FAIL + "RangeError: memory limit exceeded");
    }

    @Test
    void a_bomb_of_buffers_fails_with_the_memory_error() {
        assertThat(attack("buffer-alloc", null).errMsg()).startsWith(FAIL + "RangeError: memory limit exceeded");
    }

    @Test
    void a_bomb_of_typed_array_copies_fails_with_the_memory_error() {
        assertThat(attack("typed-array-slices", null).errMsg()).startsWith(FAIL + "RangeError: memory limit"
                + " exceeded");
    }

    @Test
    void endless_recursion_through_a_builtin_fails_the_call() {
        assertThat(attack("recursion-through-map", null).errCode()).isIn(-504002, -504003);
    }

    @Test
    void an_allocation_bomb_in_top_level_code_fails_naming_the_initialisation() {
        FunctionResult r = env.functions().call("bomb-at-load", Map.of());
        assertThat(r.errMsg()).startsWith(FAIL + "RangeError: memory limit exceeded").endsWith("while initialising"
                + " (the top-level code of the function's modules)");
        assertThat(env.functions().call("hostile", Map.of("mode", "ok")).result()).isEqualTo("ok");
    }
}
