package dev.minicloud.emulator.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.EnvironmentSnapshot;
import dev.minicloud.emulator.functions.call.FunctionCall;
import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.functions.call.LogEntry;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Timer triggers declared in config.json fire from the environment's clock as real, recorded invocations. */
class TimerTriggersTest {
    /** Sunday 2024-03-17, 10:20:30 in Beijing. */
    static final Instant NOW = Instant.parse("2024-03-17T02:20:30Z");

    private CloudEnvironment env;

    static Path root(String name) {
        try {
            return Path.of(TimerTriggersTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private CloudEnvironment start(EmulatorConfiguration.Builder builder) {
        env = CloudEmulator.newEnvironment(builder.build());
        return env;
    }

    private static EmulatorConfiguration.Builder triggers() {
        return EmulatorConfiguration.builder().addFunctionRoot(root("triggerfns")).addCollections("runs")
                .setStartTime(NOW);
    }

    @AfterEach
    void close() {
        if (env != null) {
            env.close();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> event(FunctionCall call) {
        return (Map<String, Object>) call.event();
    }

    @Test
    void advancing_the_clock_a_day_runs_every_firing_of_the_window_in_time_order_each_at_its_own_time() {
        start(triggers());
        env.clock().advance(Duration.ofDays(1));

        List<FunctionCall> calls = env.functions().calls();
        // Beijing time: ticker 12:00, 18:00, 00:00, nightly 02:00, broken 03:00, slow 04:30, ticker 06:00.
        assertThat(calls).extracting(c -> c.name() + "@" + event(c).get("Time")).containsExactly(
                "ticker@2024-03-17T04:00:00Z", "ticker@2024-03-17T10:00:00Z", "ticker@2024-03-17T16:00:00Z",
                "nightly@2024-03-17T18:00:00Z", "broken@2024-03-17T19:00:00Z", "slow@2024-03-17T20:30:00Z",
                "ticker@2024-03-17T22:00:00Z");
        assertThat(event(calls.get(3))).containsExactly(Map.entry("Type", "Timer"), Map.entry("TriggerName", "daily"),
                Map.entry("Time", "2024-03-17T18:00:00Z"), Map.entry("Message", ""));
        assertThat(calls).allSatisfy(c -> assertThat(c.startedAt().toString()).isEqualTo(event(c).get("Time")));
        assertThat(calls.get(0).result().result())
                .isEqualTo(Map.of("time", "2024-03-17T04:00:00Z", "now", "2024-03-17T04:00:01.000Z"));
        assertThat(calls.get(3).result().result())
                .isEqualTo(Map.of("now", "2024-03-17T18:00:00.000Z", "source", "wx_trigger"));
        assertThat(calls.get(3).result().logs()).extracting(LogEntry::message)
                .containsExactly("nightly run for 2024-03-17T18:00:00Z");
        assertThat(env.clock().instant()).isEqualTo(NOW.plus(Duration.ofDays(1)));
        assertThat(env.database().collection("runs").count().total()).isEqualTo(1);
    }

    @Test
    void a_trigger_run_that_throws_or_times_out_is_recorded_like_any_failed_call() {
        start(triggers());
        env.clock().advance(Duration.ofDays(1));

        FunctionResult broken = single("broken").result();
        assertThat(broken.errCode()).isEqualTo(-504002);
        assertThat(broken.errMsg()).isEqualTo(
                "callFunction:fail -504002 functions execute fail. Error: report source unavailable at "
                        + "2024-03-17T19:00:00Z");
        FunctionResult slow = single("slow").result();
        assertThat(slow.errCode()).isEqualTo(-504003);
        assertThat(slow.errMsg()).isEqualTo("callFunction:fail -504003 Invoking task timed out after 3 seconds");
    }

    private FunctionCall single(String name) {
        List<FunctionCall> calls = env.functions().calls().stream().filter(c -> c.name().equals(name)).toList();
        assertThat(calls).hasSize(1);
        return calls.get(0);
    }

    @Test
    void a_trigger_fires_once_per_time_passed_however_the_clock_moves_there() {
        start(triggers());
        for (int i = 0; i < 24 * 6; i++) {
            env.clock().advance(Duration.ofMinutes(10));
        }
        assertThat(env.functions().calls()).extracting(FunctionCall::name)
                .containsExactly("ticker", "ticker", "ticker", "nightly", "broken", "slow", "ticker");
    }

    @Test
    void triggers_are_listed_with_their_next_firing_and_one_can_be_fired_by_name() {
        start(triggers());
        assertThat(env.functions().triggers()).extracting(t -> t.function() + "/" + t.name() + " " + t.next())
                .containsExactly("broken/at3 2024-03-17T19:00:00Z", "nightly/daily 2024-03-17T18:00:00Z",
                        "slow/at0430 2024-03-17T20:30:00Z", "ticker/every-6h 2024-03-17T04:00:00Z");
        assertThat(env.functions().triggers().get(1).zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));

        FunctionResult r = env.functions().fireTrigger("nightly", "daily");
        assertThat(r.result()).isEqualTo(Map.of("now", "2024-03-17T02:20:30.000Z", "source", "wx_trigger"));
        assertThat(event(env.functions().calls().get(0))).containsEntry("Time", "2024-03-17T02:20:30Z");
        assertThatThrownBy(() -> env.functions().fireTrigger("nightly", "weekly"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no timer trigger 'weekly' on function 'nightly'")
                .hasMessageContaining("nightly/daily");
    }

    @Test
    void the_environment_time_zone_decides_when_a_cron_expression_fires() {
        start(triggers().putFunctionEnvironment("TZ", "UTC"));
        assertThat(env.functions().triggers()).filteredOn(t -> t.name().equals("daily")).singleElement()
                .satisfies(t -> assertThat(t.next()).isEqualTo(Instant.parse("2024-03-18T02:00:00Z")));
    }

    @Test
    void starting_resetting_and_restoring_an_environment_never_fires_triggers() {
        start(triggers());
        env.clock().advance(Duration.ofHours(1));
        EnvironmentSnapshot later = new EnvironmentSnapshot(env.snapshot().database(), env.snapshot().storage(),
                NOW.plus(Duration.ofDays(3)));
        env.restore(later);
        assertThat(env.clock().instant()).isEqualTo(NOW.plus(Duration.ofDays(3)));
        env.reset();
        assertThat(env.functions().calls()).isEmpty();
        assertThat(env.database().collection("runs").count().total()).isZero();

        env.clock().advance(Duration.ofHours(2));
        assertThat(env.functions().calls()).extracting(FunctionCall::name).containsExactly("ticker");
    }

    @Test
    void moving_the_clock_back_and_forward_again_fires_the_passed_times_again() {
        start(triggers());
        env.clock().advance(Duration.ofHours(2));
        env.clock().set(NOW);
        env.clock().advance(Duration.ofHours(2));
        assertThat(env.functions().calls()).extracting(FunctionCall::name).containsExactly("ticker", "ticker");
    }

    @Test
    void an_invalid_cron_expression_fails_the_start_naming_the_function_and_leaves_nothing_open() {
        EmulatorConfiguration config = EmulatorConfiguration.builder().addFunctionRoot(root("badtrigger")).build();
        assertThatThrownBy(() -> CloudEmulator.newEnvironment(config)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("function 'bad': config.json: trigger 'nightly' has an invalid cron expression"
                        + " '0 0 25 * * * *': the hour 25 is outside 0-23");
    }

    @Test
    void on_a_clock_that_follows_the_host_triggers_fire_on_time_from_a_thread_of_the_environment()
            throws InterruptedException {
        start(EmulatorConfiguration.builder().addFunctionRoot(root("everysecond")));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (env.functions().calls().size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        List<FunctionCall> calls = env.functions().calls();
        assertThat(calls.size()).isGreaterThanOrEqualTo(2);
        assertThat(calls).allSatisfy(c -> assertThat(c.result().succeeded()).isTrue());
        assertThat(calls).allSatisfy(c -> assertThat((String) event(c).get("Time")).endsWith("Z"));
    }
}
