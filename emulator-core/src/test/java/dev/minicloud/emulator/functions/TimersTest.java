package dev.minicloud.emulator.functions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.functions.call.FunctionResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Node's event loop: microtasks, nextTick, immediates, timeouts and intervals, on the environment's virtual clock. */
class TimersTest extends FunctionsTest {

    @Test
    void callbacks_run_in_nodes_order_and_time_jumps_on_a_frozen_clock() {
        FunctionResult r = call("timers", Map.of());
        Map<String, Object> result = map(r.result());
        // SCF calls the handler from an I/O callback, where Node runs immediates before a 0 ms timeout.
        assertThat(result.get("order")).isEqualTo(List.of("nextTick", "microtask", "queueMicrotask", "immediate",
                "timeout 0"));
        assertThat(result.get("ticks")).isEqualTo(3);
        assertThat(result.get("elapsed")).isEqualTo(1300);
        // A frozen clock only moves by jumping to timers: had the thread waited, the timers would never be due.
        assertThat(env.clock().instant()).isEqualTo(NOW.plusMillis(1300));
    }

    @Test
    void on_a_running_clock_timers_take_real_time() {
        try (CloudEnvironment real = CloudEmulator.newEnvironment(configuration()
                .setClock(dev.minicloud.emulator.VirtualClock.system()).build())) {
            long wall = System.nanoTime();
            assertThat(map(real.functions().call("slow", Map.of("ms", 150)).result())).containsEntry("waited", 150);
            assertThat(Duration.ofNanos(System.nanoTime() - wall)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        }
    }

    @Test
    void config_json_timeout_is_honoured_on_virtual_time() {
        assertThat(call("slow", Map.of("ms", 4000)).succeeded()).isTrue();
        FunctionResult tooSlow = call("slow", Map.of("ms", 6000));
        assertThat(tooSlow.errCode()).isEqualTo(-504003);
        assertThat(tooSlow.errMsg()).isEqualTo("callFunction:fail -504003 Invoking task timed out after 5 seconds");
    }
}
