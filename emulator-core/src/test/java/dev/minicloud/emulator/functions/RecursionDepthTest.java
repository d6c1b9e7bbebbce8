package dev.minicloud.emulator.functions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.functions.call.FunctionResult;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Recursion as deep as Node's default allows (about 10,800 simple frames): 9,900 calls deep work, directly and
 * through built-ins that recurse on the Java stack; beyond 10,000 direct calls the function gets Node's RangeError.
 */
class RecursionDepthTest extends FunctionsTest {

    private Object recurse(String way, int depth) {
        FunctionResult r = call("deep", Map.of("way", way, "depth", depth));
        assertThat(r.errMsg()).isEqualTo("callFunction:ok");
        return r.result();
    }

    @Test
    void recursion_9900_calls_deep_works() {
        assertThat(recurse("direct", 9_900)).isEqualTo(9_900);
    }

    @Test
    void recursion_through_call_and_map_9900_calls_deep_works() {
        assertThat(recurse("throughCall", 9_900)).isEqualTo(9_900);
        assertThat(recurse("throughMap", 9_900)).isEqualTo(9_900);
    }

    @Test
    void recursion_past_10000_calls_fails_with_nodes_range_error_and_the_function_keeps_serving() {
        assertThat(call("deep", Map.of("way", "direct", "depth", 10_100)).errMsg()).isEqualTo("callFunction:fail"
                + " -504002 functions execute fail. RangeError: Maximum call stack size exceeded");
        assertThat(recurse("direct", 100)).isEqualTo(100);
    }
}
