package dev.minicloud.emulator.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.functions.call.FunctionRuntime;
import dev.minicloud.emulator.http.HttpFault;
import dev.minicloud.emulator.http.RecordedRequest;
import dev.minicloud.emulator.http.RequestPattern;
import dev.minicloud.emulator.http.StubResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Functions in real Node ({@link FunctionRuntime#NODE}) send their outbound HTTP to the environment's stubs, never to
 * the network: plain {@code https.get} and the global {@code fetch} here, the real axios 0.27.2 in
 * {@link InstalledHttpClientsTest}; recorded under the function's name, an unmatched request failing with the stubs' near
 * misses as under Rhino.
 */
class NodeOutboundHttpTest {
    private static final String BASE = "https://api.rates.example.com";

    @BeforeAll
    static void requireNode() {
        OfficialSdk.assumeInstalled();
    }

    private static CloudEnvironment node() {
        return CloudEmulator.newEnvironment(EmulatorConfiguration.builder()
                .addFunctionRoot(OfficialSdk.FOLDER.resolve("functions"))
                .setFunctionTimeout(Duration.ofSeconds(60)).setFunctionRuntime(FunctionRuntime.NODE).build());
    }

    @Test
    void https_get_in_node_reaches_the_stubs_and_an_unmatched_request_fails_with_the_near_misses() {
        try (CloudEnvironment env = node()) {
            env.http()
                    .stub(RequestPattern.get(BASE + "/v2/latest").withQuery("base", "CNY")
                                    .withHeader("x-api-key", "k-1"),
                            StubResponse.json(200, Map.of("rates", Map.of("USD", 0.14))))
                    .stub(RequestPattern.post(BASE + "/v2/orders").withJsonBody(Map.of("sku", "A1")),
                            StubResponse.json(201, Map.of("id", "o1")))
                    .stub(RequestPattern.any("https://flaky.example.com/*"),
                            StubResponse.fault(HttpFault.CONNECTION_RESET));

            FunctionResult r = env.functions().call("nodehttps", Map.of("base", BASE));

            assertThat(r.errMsg()).as(r.errorStack() + r.logs()).isEqualTo("callFunction:ok");
            @SuppressWarnings("unchecked")
            Map<String, Object> result = (Map<String, Object>) r.result();
            assertThat(result.get("rates")).isEqualTo(Map.of("status", 200, "type", "application/json; charset=utf-8",
                    "body", "{\"rates\":{\"USD\":0.14}}"));
            @SuppressWarnings("unchecked")
            Map<String, Object> missing = (Map<String, Object>) result.get("missing");
            assertThat(missing).containsEntry("code", "ERR_MINICLOUD_NO_STUB");
            assertThat((String) missing.get("message")).startsWith("MiniCloud: no HTTP stub matches GET " + BASE
                    + "/v2/nope (the emulator never reaches the network;").contains("Nearest stubs:\n");
            assertThat(result.get("reset")).isEqualTo(Map.of("code", "ECONNRESET", "message", "socket hang up"));
            assertThat(result.get("fetched")).isEqualTo(Map.of("status", 201, "body", Map.of("id", "o1")));
            assertThat(env.http().requests()).extracting(RecordedRequest::function, RecordedRequest::url)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("nodehttps", BASE + "/v2/latest?base=CNY"),
                            org.assertj.core.groups.Tuple.tuple("nodehttps", BASE + "/v2/nope"),
                            org.assertj.core.groups.Tuple.tuple("nodehttps", "https://flaky.example.com/x"),
                            org.assertj.core.groups.Tuple.tuple("nodehttps", BASE + "/v2/orders"));
            assertThat(env.http().requests().get(0).header("host")).isEqualTo("api.rates.example.com");
        }
    }

    /**
     * The samples' exchangeRate (axios with a timeout) answers alike in both runtimes; only the clock differs, as
     * Rhino's timers move the virtual clock (docs/functions.md, "What differs between the two runtimes").
     */
    @Test
    void the_samples_exchange_rate_gives_the_same_answers_and_requests_in_rhino_and_node() {
        Map<FunctionRuntime, List<Object>> seen = new EnumMap<>(FunctionRuntime.class);
        for (FunctionRuntime runtime : FunctionRuntime.values()) {
            try (CloudEnvironment env = CloudEmulator.newEnvironment(EmulatorConfiguration.builder()
                    .addFunctionRoot(Path.of("../samples/cloudfunctions").toAbsolutePath().normalize())
                    .setFunctionTimeout(Duration.ofSeconds(60)).setFunctionRuntime(runtime).build())) {
                env.http().stub(RequestPattern.get(BASE + "/v2/latest").withQuery("symbols", "USD"),
                        StubResponse.json(200, Map.of("base", "CNY", "rates", Map.of("USD", 0.14))));
                List<Object> answers = new ArrayList<>();
                for (String currency : List.of("USD", "EUR")) {
                    FunctionResult r = env.functions().call("exchangeRate",
                            Map.of("currency", currency, "fen", 12345));
                    answers.add(r.errMsg() + " " + r.result());
                }
                answers.add(env.http().requests().stream().map(q -> q.function() + " " + q.url()).toList());
                seen.put(runtime, answers);
            }
        }
        assertThat(seen.get(FunctionRuntime.NODE)).isEqualTo(seen.get(FunctionRuntime.RHINO));
        assertThat(seen.get(FunctionRuntime.NODE).get(0))
                .isEqualTo("callFunction:ok {currency=USD, rate=0.14, amount=17.28}");
        assertThat((String) seen.get(FunctionRuntime.NODE).get(1))
                .contains("rates API failed: MiniCloud: no HTTP stub");
    }
}
