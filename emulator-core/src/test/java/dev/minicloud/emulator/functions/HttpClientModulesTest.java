package dev.minicloud.emulator.functions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.http.RequestPattern;
import dev.minicloud.emulator.http.StubResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Node modules HTTP clients need besides http and https, in the Rhino runtime: zlib (by the JDK, bounded by the
 * invocation's memory), the WHATWG URL classes, dns answering without the network, and an http2 that loads but never
 * connects. Expected values were printed by the same calls in Node 20.20.2.
 */
class HttpClientModulesTest {
    private static final String TEXT = "hello, 世界! ".repeat(20);

    private CloudEnvironment env;

    @BeforeEach
    void start() {
        env = CloudEmulator.newEnvironment(configuration().build());
    }

    @AfterEach
    void close() {
        env.close();
    }

    private static EmulatorConfiguration.Builder configuration() {
        return EmulatorConfiguration.builder().addFunctionRoot(TimerTriggersTest.root("httpfns"))
                .setStartTime(TimerTriggersTest.NOW);
    }

    private Map<String, Object> call(String name, Map<String, ?> event) {
        FunctionResult r = env.functions().call(name, event);
        assertThat(r.errMsg()).as(r.errorStack()).isEqualTo("callFunction:ok");
        return FunctionsTest.map(r.result());
    }

    @Test
    void zlib_compresses_and_inflates_in_sync_callback_and_stream_forms_with_nodes_bytes_and_errors() {
        Map<String, Object> r = call("zlibby", Map.of("op", "roundTrips",
                "nodeGzip", "H4sIAAAAAAAAA8tIzcnJ11F4smPa86k9igoZo1zcXAA7jGAJLAEAAA=="));

        assertThat(r.get("gzipHeader")).isEqualTo("1f8b0800000000000003");
        for (String form : List.of("gunzip", "unzipGzip", "inflate", "unzipDeflate", "raw", "fromNode", "callback",
                "stream", "streamUnzip")) {
            assertThat(r.get(form)).as(form).isEqualTo(TEXT);
        }
        assertThat(r).containsEntry("smaller", true).containsEntry("syncFlush", true)
                .containsEntry("truncatedSyncFlush", true);
        assertThat(r.get("truncated")).isEqualTo(Map.of("error", "unexpected end of file", "code", "Z_BUF_ERROR",
                "errno", -5, "name", "Error"));
        assertThat(r.get("notGzip")).isEqualTo(Map.of("error", "incorrect header check", "code", "Z_DATA_ERROR",
                "errno", -3, "name", "Error"));
        assertThat(r.get("maxOutput")).isEqualTo(Map.of("error", "Cannot create a Buffer larger than 10 bytes",
                "code", "ERR_BUFFER_TOO_LARGE", "name", "RangeError"));
        assertThat(r.get("badStream")).isEqualTo(Map.of("error", "incorrect header check", "code", "Z_DATA_ERROR"));
    }

    @Test
    void a_zip_bomb_stops_the_function_at_its_memory_budget_and_the_next_call_runs() {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(bomb)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 256; i++) {
                out.write(zeros);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(bomb.size()).isLessThan(1 << 20);
        // A time limit no loaded machine reaches first: only the memory budget may stop this function.
        try (CloudEnvironment small = CloudEmulator.newEnvironment(configuration()
                .setFunctionMemoryBudget(64L << 20).setFunctionTimeout(Duration.ofSeconds(300)).build())) {
            FunctionResult r = small.functions().call("zlibby", Map.of("op", "bomb",
                    "bomb", Base64.getEncoder().encodeToString(bomb.toByteArray())));
            assertThat(r.errCode()).isEqualTo(-504002);
            assertThat(r.errMsg()).contains("RangeError: memory limit exceeded");
            assertThat(small.functions().call("zlibby", Map.of("op", "dns")).errMsg()).isEqualTo("callFunction:ok");
        }
    }

    @Test
    void url_and_url_search_params_parse_resolve_and_serialise_as_node_does() {
        Map<String, Object> r = call("zlibby", Map.of("op", "url"));

        assertThat(r.get("href"))
                .isEqualTo("https://User:Pa%20ss@api.example.com/v1/a%20b/c?x=1%202&y=%zz#frag%20ment");
        assertThat(r.get("parts")).isEqualTo(List.of("https:", "User", "Pa%20ss", "api.example.com",
                "api.example.com", "", "/v1/a%20b/c", "?x=1%202&y=%zz", "#frag%20ment", "https://api.example.com"));
        assertThat(r.get("afterParams"))
                .isEqualTo("https://User:Pa%20ss@api.example.com/v1/a%20b/c?x=3&y=%25zz&z=a%26b%3Dc#frag%20ment");
        assertThat(r.get("params")).isEqualTo("q=tea cup;n=2");
        assertThat(r.get("paramsText")).isEqualTo(List.of("1", "2", "世 x"));
        assertThat(r.get("idn")).isEqualTo("xn--fsqu00a.xn--0zwm56d:8080");
        assertThat(r.get("invalid")).isEqualTo(Map.of("error", "Invalid URL", "code", "ERR_INVALID_URL",
                "name", "TypeError"));
        assertThat(r.get("global")).isEqualTo("/y");
        assertThat(r.get("mailto")).isEqualTo("someone@example.com");
    }

    @Test
    void dns_answers_the_loopback_placeholder_without_the_network_and_http2_refuses_to_connect() {
        Map<String, Object> r = call("zlibby", Map.of("op", "dns"));

        assertThat(r.get("lookup")).isEqualTo("127.0.0.1");
        assertThat(r.get("all")).isEqualTo(List.of(Map.of("address", "127.0.0.1", "family", 4)));
        assertThat(r.get("resolve4")).isEqualTo(List.of("127.0.0.1"));
        assertThat(r.get("mx")).isEqualTo("ENOTFOUND");
        assertThat(r.get("http2Loads")).isEqualTo("string");
        assertThat(((Map<?, ?>) r.get("http2")).get("code")).isEqualTo("ERR_MINICLOUD_OFFLINE");
    }

    @Test
    void node_fetch_inflates_gzip_and_deflate_answers_from_the_stubs() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write("{\"temp\":24,\"city\":\"深圳\"}".getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(deflated)) {
            out.write(TEXT.getBytes(StandardCharsets.UTF_8));
        }
        env.http().stub(RequestPattern.get("https://api.example.com/gz"),
                StubResponse.bytes(200, gz.toByteArray(), "application/json").withHeader("Content-Encoding", "gzip"));
        env.http().stub(RequestPattern.get("https://api.example.com/deflate"),
                StubResponse.bytes(200, deflated.toByteArray(), "text/plain").withHeader("Content-Encoding",
                        "deflate"));

        assertThat(call("fetcher", Map.of("url", "https://api.example.com/gz")).get("body"))
                .isEqualTo(Map.of("temp", 24, "city", "深圳"));
        assertThat(call("fetcher", Map.of("url", "https://api.example.com/deflate")).get("body")).isEqualTo(TEXT);
    }

    @Test
    void got_11_reaches_the_stubs_and_inflates_a_gzip_answer() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write("{\"temp\":24}".getBytes(StandardCharsets.UTF_8));
        }
        env.http().stub(RequestPattern.get("https://api.example.com/gz"),
                StubResponse.bytes(200, gz.toByteArray(), "application/json").withHeader("Content-Encoding", "gzip"));
        env.http().stub(RequestPattern.get("https://api.example.com/missing"), StubResponse.text(404, "no"));

        FunctionResult r = env.functions().call("gotclient", Map.of("url", "https://api.example.com/gz"));
        assertThat(r.errMsg()).as(r.errorStack() + r.logs()).isEqualTo("callFunction:ok");
        assertThat(FunctionsTest.map(r.result())).isEqualTo(Map.of("status", 200, "body", Map.of("temp", 24),
                "encoding", "gzip"));
        assertThat(call("gotclient", Map.of("url", "https://api.example.com/missing"))).isEqualTo(Map.of(
                "name", "HTTPError", "code", "ERR_NON_2XX_3XX_RESPONSE",
                "message", "Response code 404 (Not Found)", "status", 404));
        assertThat(env.http().requests().get(0).header("accept-encoding")).isEqualTo("gzip, deflate");
    }

    @Test
    void axios_inflates_gzip_and_deflate_answers_through_zlib_create_unzip() throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write("{\"temp\":24}".getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(deflated)) {
            out.write("{\"id\":\"s1\"}".getBytes(StandardCharsets.UTF_8));
        }
        env.http()
                .stub(RequestPattern.get("https://api.weather.example.com/v1/forecast"),
                        StubResponse.bytes(200, gz.toByteArray(), "application/json")
                                .withHeader("Content-Encoding", "gzip"))
                .stub(RequestPattern.post("https://api.weather.example.com/v1/subscriptions"),
                        StubResponse.bytes(201, deflated.toByteArray(), "application/json")
                                .withHeader("Content-Encoding", "deflate"));

        assertThat(call("weather", Map.of("city", "Shenzhen"))).containsEntry("temp", 24)
                .containsEntry("saved", Map.of("id", "s1"));
    }
}
