package dev.minicloud.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.http.RecordedRequest;
import dev.minicloud.emulator.http.RequestPattern;
import dev.minicloud.emulator.http.StubResponse;
import dev.minicloud.emulator.junit5.CloudEmulatorTest;
import dev.minicloud.emulator.junit5.CloudEnv;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A function calling a third-party API through axios, against stubs the test sets; nothing reaches the network. */
@CloudEmulatorTest(functions = MiniShop.FUNCTIONS, startTime = MiniShop.NOW)
class ExchangeRateTest {
    private static final RequestPattern LATEST = RequestPattern.get("https://api.rates.example.com/v2/latest")
            .withQuery("base", "CNY");

    @CloudEnv
    CloudEnvironment env;

    @Test
    void converts_with_the_rate_the_api_returns() {
        env.http().stub(LATEST.withQuery("symbols", "USD"), StubResponse.json(200,
                Map.of("base", "CNY", "rates", Map.of("USD", 0.14))));

        assertThat(env.functions().call("exchangeRate", Map.of("currency", "USD", "fen", 12345)).result())
                .isEqualTo(Map.of("currency", "USD", "rate", 0.14, "amount", 17.28));
        assertThat(env.http().requests()).singleElement().extracting(RecordedRequest::url)
                .isEqualTo("https://api.rates.example.com/v2/latest?base=CNY&symbols=USD");
    }

    @Test
    void a_slow_api_ends_in_the_functions_own_timeout_on_the_virtual_clock() {
        env.http().stub(LATEST, StubResponse.json(200, Map.of()).withDelay(Duration.ofSeconds(5)));

        assertThat(env.functions().call("exchangeRate", Map.of("currency", "USD", "fen", 100)).result())
                .isEqualTo(Map.of("error", "rates API timed out"));
        assertThat(env.clock().instant()).isEqualTo("2024-03-17T02:20:33Z");
    }

    @Test
    void a_failing_api_is_reported_by_the_function() {
        env.http().stub(LATEST, StubResponse.json(500, Map.of("message", "upstream down")));
        assertThat(env.functions().call("exchangeRate", Map.of("currency", "USD", "fen", 100)).result())
                .isEqualTo(Map.of("error", "rates API failed: Request failed with status code 500"));
    }
}
