package dev.minicloud.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.functions.call.FunctionCall;
import dev.minicloud.emulator.junit5.CloudEmulatorTest;
import dev.minicloud.emulator.junit5.CloudEnv;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The nightly report runs from its timer trigger when the clock passes 02:00 Beijing time. */
@CloudEmulatorTest(functions = MiniShop.FUNCTIONS, databaseFixtures = MiniShop.DATABASE, startTime = MiniShop.NOW,
        collections = "dailyReports")
class NightlyReportTest {
    @CloudEnv
    CloudEnvironment env;

    @Test
    void a_day_later_the_report_of_the_previous_beijing_day_is_stored() {
        // 10:20 on the 17th in Beijing: an order paid now belongs to the 17th.
        env.database().collection("orders").add(Map.of("owner", "o_carol", "status", "paid", "total", 3600,
                "items", List.of(), "createdAt", Date.from(env.clock().instant())));

        env.clock().advance(Duration.ofDays(1));

        List<FunctionCall> runs = env.functions().calls().stream().filter(c -> c.name().equals("nightlyReport"))
                .toList();
        assertThat(runs).singleElement().satisfies(run -> {
            assertThat(run.event()).isEqualTo(Map.of("Type", "Timer", "TriggerName", "nightly",
                    "Time", "2024-03-17T18:00:00Z", "Message", ""));
            assertThat(run.result().result()).isEqualTo(Map.of("day", "2024-03-17", "orders", 1, "revenue", 3600));
        });
        assertThat(env.database().collection("dailyReports").doc("2024-03-17").get().data())
                .containsEntry("revenue", 3600).containsEntry("trigger", "nightly");
    }

    @Test
    void the_trigger_is_listed_and_can_be_fired_by_hand() {
        assertThat(env.functions().triggers()).singleElement().satisfies(t -> {
            assertThat(t.function()).isEqualTo("nightlyReport");
            assertThat(t.cron()).isEqualTo("0 0 2 * * * *");
        });
        // Fired at 10:20 on the 17th: the report covers the 16th.
        assertThat(env.functions().fireTrigger("nightlyReport", "nightly").result())
                .isEqualTo(Map.of("day", "2024-03-16", "orders", 1, "revenue", 8600));
    }
}
