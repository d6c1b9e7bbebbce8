package dev.minicloud.emulator.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code process.env.TZ} set at run time takes effect at once in the instance, as in Node. */
class TimeZoneChangeTest extends FunctionsTest {

    @Test
    void setting_process_env_TZ_changes_dates_at_once_and_for_later_calls_of_the_instance() {
        Map<String, Object> first = map(call("tz-change", Map.of("set", "Asia/Shanghai")).result());
        assertThat(map(first.get("before"))).containsEntry("hours", 2).containsEntry("offset", 0)
                .containsEntry("tz", null);
        Map<String, Object> after = map(first.get("after"));
        assertThat(after).containsEntry("hours", 10).containsEntry("offset", -480)
                .containsEntry("locale", "2024/3/17 10:20:30").containsEntry("tz", "Asia/Shanghai");
        assertThat((String) after.get("text")).startsWith("Sun Mar 17 2024 10:20:30 GMT+0800");

        Map<String, Object> second = map(call("tz-change", Map.of()).result());
        assertThat(map(second.get("before"))).containsEntry("hours", 10);
    }

    @Test
    void deleting_process_env_TZ_returns_to_utc_and_an_unknown_zone_reads_as_utc() {
        try (var shanghai = dev.minicloud.emulator.CloudEmulator.newEnvironment(configuration()
                .putFunctionEnvironment("TZ", "Asia/Shanghai").build())) {
            Map<String, Object> r = map(shanghai.functions().call("tz-change", Map.of("unset", true)).result());
            assertThat(map(r.get("before"))).containsEntry("hours", 10);
            assertThat(map(r.get("after"))).containsEntry("hours", 2).containsEntry("tz", null);
            Map<String, Object> unknown = map(shanghai.functions().call("tz-change", Map.of("set", "Mars/Olympus"))
                    .result());
            assertThat(map(unknown.get("after"))).containsEntry("hours", 2).containsEntry("tz", "Mars/Olympus");
        }
    }
}
