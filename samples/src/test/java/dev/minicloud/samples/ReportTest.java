package dev.minicloud.samples;

import static dev.minicloud.emulator.junit5.CloudAssertions.assertThat;

import dev.minicloud.emulator.VirtualClock;
import dev.minicloud.emulator.functions.Functions;
import dev.minicloud.emulator.junit5.CloudEmulatorTest;
import dev.minicloud.emulator.junit5.CloudEnv;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The admin reports. They only read, so the class shares one environment (a static field), put back to the seeded
 * state before each test anyway.
 */
@CloudEmulatorTest(functions = MiniShop.FUNCTIONS, databaseFixtures = MiniShop.DATABASE, startTime = MiniShop.NOW)
class ReportTest {
    @CloudEnv
    static Functions functions;
    @CloudEnv
    static VirtualClock clock;

    @Test
    void sales_per_product_best_seller_first_with_names_from_a_lookup() {
        assertThat(functions.call("report", Map.of("report", "sales"))).hasResult(Map.of("report", "sales", "rows",
                List.of(Map.of("productId", "p-coffee", "units", 2, "revenue", 13600, "name", "Yunnan coffee beans",
                                "category", "drinks"),
                        Map.of("productId", "p-tea", "units", 4, "revenue", 7200, "name", "Jasmine tea",
                                "category", "drinks"),
                        Map.of("productId", "p-mooncake", "units", 2, "revenue", 2400, "name", "Lotus mooncake",
                                "category", "snacks"))));
    }

    @Test
    void daily_revenue_is_grouped_by_china_dates() {
        // order-1002 was paid at 17:30 UTC on the 14th: already 01:30 on the 15th in Shanghai.
        assertThat(functions.call("report", Map.of("report", "daily"))).hasResultField("rows", List.of(
                Map.of("day", "2024-03-14", "orders", 1, "revenue", 5400),
                Map.of("day", "2024-03-15", "orders", 1, "revenue", 9200),
                Map.of("day", "2024-03-16", "orders", 1, "revenue", 8600)));
    }

    @Test
    void the_daily_window_moves_with_the_clock() {
        clock.advance(Duration.ofDays(2));
        assertThat(functions.call("report", Map.of("report", "daily", "days", 3))).hasResultField("rows", List.of(
                Map.of("day", "2024-03-16", "orders", 1, "revenue", 8600)));
    }

    @Test
    void low_stock_lists_what_to_reorder() {
        assertThat(functions.call("report", Map.of("report", "lowStock", "threshold", 5))).hasResultField("rows",
                List.of(Map.of("_id", "p-cookies", "name", "Almond cookies", "stock", 0),
                        Map.of("_id", "p-mooncake", "name", "Lotus mooncake", "stock", 3),
                        Map.of("_id", "p-kettle", "name", "Clay kettle", "stock", 5)));
    }

    @Test
    void an_unknown_report_fails_the_call() {
        assertThat(functions.call("report", Map.of("report", "profit")))
                .failedWithErrCode(-504002)
                .failedWithMessageContaining("unknown report profit; try one of sales, daily, lowStock");
    }
}
