package dev.minicloud.emulator.functions;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.http.HttpFault;
import dev.minicloud.emulator.http.RecordedRequest;
import dev.minicloud.emulator.http.RequestPattern;
import dev.minicloud.emulator.http.StubResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Functions' http, https, axios and node-fetch requests go to the environment's stubs, never to the network; the real
 * node-fetch 2.7.0 gets there through the runtime's stream, url and punycode modules, which answer as Node 20's do.
 */
class OutboundHttpTest {
    private CloudEnvironment env;

    @BeforeEach
    void start() {
        env = CloudEmulator.newEnvironment(EmulatorConfiguration.builder()
                .addFunctionRoot(TimerTriggersTest.root("httpfns")).setStartTime(TimerTriggersTest.NOW)
                .putFunctionEnvironment("WEATHER_TOKEN", "t0ken").build());
    }

    @AfterEach
    void close() {
        env.close();
    }

    private Map<String, Object> call(String name, Map<String, ?> event) {
        FunctionResult r = env.functions().call(name, event);
        assertThat(r.errMsg()).as(r.errorStack()).isEqualTo("callFunction:ok");
        return FunctionsTest.map(r.result());
    }

    private static Map<String, Object> raw(String url, Map<String, ?> options) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("url", url);
        event.put("options", options);
        return event;
    }

    @Test
    void axios_in_the_functions_node_modules_reaches_the_stubs_through_https_and_every_request_is_recorded() {
        env.http()
                .stub(RequestPattern.get("https://api.weather.example.com/v1/forecast").withQuery("city", "Shenzhen")
                        .withHeader("Authorization", "Bearer t0ken"), StubResponse.json(200, Map.of("temp", 24)))
                .stub(RequestPattern.post("https://api.weather.example.com/v1/*")
                        .withJsonBody(Map.of("days", 3, "city", "Shenzhen")), StubResponse.json(201, Map.of("id", "s1")));

        Map<String, Object> r = call("weather", Map.of("city", "Shenzhen"));

        assertThat(r).containsEntry("status", 200).containsEntry("temp", 24)
                .containsEntry("contentType", "application/json; charset=utf-8")
                .containsEntry("saved", Map.of("id", "s1"));
        List<RecordedRequest> requests = env.http().requests();
        assertThat(requests).extracting(RecordedRequest::toString).containsExactly(
                "GET https://api.weather.example.com/v1/forecast?city=Shenzhen -> stub 1",
                "POST https://api.weather.example.com/v1/subscriptions (28 bytes) -> stub 2");
        assertThat(requests.get(1).bodyJson()).isEqualTo(Map.of("city", "Shenzhen", "days", 3));
        assertThat(requests.get(1).header("content-type")).isEqualTo("application/json");
        assertThat(requests.get(0).header("user-agent")).isEqualTo("axios/1.6.8");
        assertThat(requests.get(0).function()).isEqualTo("weather");
        assertThat(env.http().requests(RequestPattern.post("https://api.weather.example.com/*"))).hasSize(1);
    }

    @Test
    void an_error_status_rejects_axios_with_the_response_as_the_stub_set_it() {
        env.http().stub(RequestPattern.any("https://api.weather.example.com/*"),
                StubResponse.json(503, Map.of("error", "maintenance")));
        assertThat(call("weather", Map.of("city", "Shenzhen"))).containsEntry("failed",
                "Request failed with status code 503").containsEntry("code", "ERR_BAD_RESPONSE")
                .containsEntry("status", 503);
    }

    @Test
    void an_unmatched_request_fails_in_the_function_listing_the_nearest_stubs_and_why_they_missed() {
        env.http().stub(RequestPattern.get("https://api.weather.example.com/v1/forecast").withQuery("city", "Beijing"),
                StubResponse.json(200, Map.of("temp", 3)));
        env.http().stub(RequestPattern.get("https://other.example.com/*"), StubResponse.status(204));

        Map<String, Object> r = call("weather", Map.of("city", "Shenzhen"));

        assertThat(r).containsEntry("code", "ERR_MINICLOUD_NO_STUB");
        assertThat((String) r.get("failed")).isEqualTo("MiniCloud: no HTTP stub matches GET"
                + " https://api.weather.example.com/v1/forecast?city=Shenzhen (the emulator never reaches the network;"
                + " add one with env.http().stub(...)). Nearest stubs:\n"
                + "  stub 1 GET https://api.weather.example.com/v1/forecast [?city=Beijing]: query city is 'Shenzhen',"
                + " not 'Beijing'\n"
                + "  stub 2 GET https://other.example.com/*: URL https://api.weather.example.com/v1/forecast is not"
                + " https://other.example.com/*");
        assertThat(env.http().unmatched()).extracting(RecordedRequest::answeredBy).containsExactly("unmatched");
    }

    @Test
    void a_stub_delay_runs_on_the_environment_clock_and_a_timeout_shorter_than_it_fires_first() {
        env.http().stub(RequestPattern.get("http://slow.example.com/a"),
                StubResponse.text(200, "late").withDelay(Duration.ofSeconds(1)));
        Map<String, Object> r = call("rawhttp", raw("http://slow.example.com/a", Map.of()));
        assertThat(r).containsEntry("status", 200).containsEntry("text", "late")
                .containsEntry("at", "2024-03-17T02:20:31.000Z");

        Map<String, Object> timedOut = call("rawhttp", raw("http://slow.example.com/a", Map.of("timeout", 200)));
        assertThat(timedOut).containsEntry("timedOut", "2024-03-17T02:20:31.200Z");
    }

    @Test
    void faults_reach_the_function_as_node_reports_them() {
        env.http().stub(RequestPattern.any("https://a.example.com/*"), StubResponse.fault(HttpFault.CONNECTION_RESET))
                .stub(RequestPattern.any("https://b.example.com/*"), StubResponse.fault(HttpFault.CONNECTION_REFUSED))
                .stub(RequestPattern.any("https://c.example.com/*"), StubResponse.fault(HttpFault.HOST_NOT_FOUND))
                .stub(RequestPattern.any("https://d.example.com/*"), StubResponse.fault(HttpFault.NO_RESPONSE));
        assertThat(call("rawhttp", raw("https://a.example.com/x", Map.of())))
                .isEqualTo(Map.of("error", "socket hang up", "code", "ECONNRESET"));
        assertThat(call("rawhttp", raw("https://b.example.com/x", Map.of())))
                .isEqualTo(Map.of("error", "connect ECONNREFUSED b.example.com:443", "code", "ECONNREFUSED"));
        assertThat(call("rawhttp", raw("https://c.example.com/x", Map.of())))
                .isEqualTo(Map.of("error", "getaddrinfo ENOTFOUND c.example.com", "code", "ENOTFOUND"));
        assertThat(call("rawhttp", raw("https://d.example.com/x", Map.of("timeout", 500))))
                .containsEntry("timedOut", "2024-03-17T02:20:30.500Z");
        FunctionResult hung = env.functions().call("rawhttp", raw("https://d.example.com/x", Map.of()));
        assertThat(hung.errCode()).isEqualTo(-504003);
    }

    @Test
    void a_response_can_be_read_with_for_await_and_bytes_arrive_unchanged() {
        env.http().stub(RequestPattern.get("https://files.example.com/a.txt"),
                StubResponse.bytes(200, "文字".getBytes(StandardCharsets.UTF_8), "text/plain"));
        Map<String, Object> event = new LinkedHashMap<>(raw("https://files.example.com/a.txt", Map.of()));
        event.put("iterate", true);
        assertThat(call("rawhttp", event)).isEqualTo(Map.of("text", "文字"));
    }

    @Test
    void forwarding_sends_unmatched_requests_to_a_loopback_server_the_test_runs() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = ("seen " + exchange.getRequestMethod() + " " + exchange.getRequestURI() + " from "
                    + exchange.getRequestHeaders().getFirst("X-Forwarded-Host") + ": "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("X-Fake", "yes");
            exchange.sendResponseHeaders(202, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            env.http().forwardUnmatchedTo(server.getAddress().getPort());
            Map<String, Object> r = call("rawhttp", Map.of("url", "https://pay.example.com/v3/notify?x=1",
                    "options", Map.of("method", "POST"), "body", "hello"));
            assertThat(r).containsEntry("status", 202).containsEntry("text",
                    "seen POST /v3/notify?x=1 from pay.example.com: hello");
            assertThat(FunctionsTest.map(r.get("headers"))).containsEntry("x-fake", "yes");
            assertThat(env.http().unmatched()).extracting(RecordedRequest::answeredBy).containsExactly("forwarded");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void reset_forgets_stubs_and_requests() {
        env.http().stub(RequestPattern.any("https://a.example.com/*"), StubResponse.status(204));
        call("rawhttp", raw("https://a.example.com/x", Map.of()));
        env.reset();
        assertThat(env.http().requests()).isEmpty();
        assertThat(call("rawhttp", raw("https://a.example.com/x", Map.of()))).containsEntry("code",
                "ERR_MINICLOUD_NO_STUB");
    }

    @Test
    void node_fetch_gets_a_stubbed_json_answer() {
        env.http().stub(RequestPattern.get("https://api.example.com/weather").withQuery("city", "Shenzhen"),
                StubResponse.json(200, Map.of("temp", 24)));

        assertThat(call("fetcher", Map.of("url", "https://api.example.com/weather?city=Shenzhen")))
                .isEqualTo(Map.of("ok", true, "status", 200, "statusText", "OK",
                        "type", "application/json; charset=utf-8", "body", Map.of("temp", 24)));
        RecordedRequest sent = env.http().requests().get(0);
        assertThat(sent.header("user-agent")).isEqualTo("node-fetch/1.0 (+https://github.com/bitinn/node-fetch)");
        assertThat(sent.header("accept-encoding")).isEqualTo("gzip,deflate");
    }

    @Test
    void node_fetch_posts_json_with_its_headers_and_reads_an_error_status() {
        env.http().stub(RequestPattern.post("https://api.example.com/orders").withHeader("Authorization", "Bearer t")
                .withJsonBody(Map.of("sku", "A1")), StubResponse.text(409, "duplicate order"));

        Map<String, Object> r = call("fetcher", Map.of("url", "https://api.example.com/orders", "init", Map.of(
                "method", "POST", "body", "{\"sku\":\"A1\"}",
                "headers", Map.of("Authorization", "Bearer t", "Content-Type", "application/json"))));

        assertThat(r).isEqualTo(Map.of("ok", false, "status", 409, "statusText", "Conflict",
                "type", "text/plain; charset=utf-8", "body", "duplicate order"));
        assertThat(env.http().requests().get(0).header("content-length")).isEqualTo("12");
    }

    @Test
    void an_unmatched_request_rejects_fetch_with_a_FetchError_naming_the_near_misses() {
        env.http().stub(RequestPattern.get("https://api.example.com/weather").withQuery("city", "Shenzhen"),
                StubResponse.json(200, Map.of()));

        Map<String, Object> r = call("fetcher", Map.of("url", "https://api.example.com/weather?city=Beijing"));

        assertThat(r).containsEntry("name", "FetchError").containsEntry("type", "system")
                .containsEntry("code", "ERR_MINICLOUD_NO_STUB");
        assertThat((String) r.get("message")).startsWith("request to https://api.example.com/weather?city=Beijing"
                + " failed, reason: MiniCloud: no HTTP stub matches")
                .contains("query city is 'Beijing', not 'Shenzhen'");
        assertThat(env.http().unmatched()).hasSize(1);
    }

    @Test
    void a_reset_connection_rejects_fetch_as_node_reports_it() {
        env.http().stub(RequestPattern.any("https://flaky.example.com/*"),
                StubResponse.fault(HttpFault.CONNECTION_RESET));

        assertThat(call("fetcher", Map.of("url", "https://flaky.example.com/x"))).isEqualTo(Map.of(
                "name", "FetchError", "type", "system", "code", "ECONNRESET",
                "message", "request to https://flaky.example.com/x failed, reason: socket hang up"));
    }

    @Test
    void stream_url_and_punycode_answer_as_node_20_does() {
        // Printed by the same function in Node 20.20.2.
        assertThat(call("streams", Map.of())).isEqualTo(Map.of(
                "piped", List.of("A", "B", "C"),
                "iterated", "over a pass-through",
                "read", "xy",
                "isStream", true,
                "parsed", Map.of("protocol", "https:", "auth", "user:pw", "host", "api.example.com:8443",
                        "hostname", "api.example.com", "port", "8443", "pathname", "/v1/items",
                        "path", "/v1/items?id=7&sort=asc", "query", Map.of("id", "7", "sort", "asc"), "hash", "#top",
                        "href", "https://user:pw@api.example.com:8443/v1/items?id=7&sort=asc#top"),
                "formatted", "https://example.com/a b?q=1%202",
                "resolved", List.of("https://x.com/a/d?e=1", "https://x.com/root", "https://y.com/z"),
                "ascii", "xn--fsqu00a.xn--0zwm56d",
                "unicode", "mañana.com",
                "encoded", "maana-pta"));
    }
}
