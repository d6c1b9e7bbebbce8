package dev.minicloud.emulator.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.functions.call.FunctionRuntime;
import dev.minicloud.emulator.http.RecordedRequest;
import dev.minicloud.emulator.http.RequestPattern;
import dev.minicloud.emulator.http.StubResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real HTTP client packages, as npm installs them from the test project's lockfile (axios 0.27.2 beside the official
 * SDK, and request 2.88.2), run unmodified in the default Rhino runtime and in real Node
 * ({@link FunctionRuntime#NODE}), and reach the environment's HTTP stubs, never the network: query parameters,
 * headers, JSON bodies, a gzip answer and a 404 that rejects with the client's own error.
 */
class InstalledHttpClientsTest {
    private static final String BASE = "https://api.weather.example.com";

    @TempDir
    static Path functions;

    @BeforeAll
    static void deploy() throws IOException {
        OfficialSdk.assumeInstalled();
        Path fn = Files.createDirectories(functions.resolve("realaxios"));
        Files.copy(OfficialSdk.FOLDER.resolve("vendored/realaxios/index.js"), fn.resolve("index.js"));
        OfficialSdk.installPackage("axios", fn);
        Path request = Files.createDirectories(functions.resolve("realrequest"));
        Files.copy(OfficialSdk.FOLDER.resolve("vendored/realrequest/index.js"), request.resolve("index.js"));
        OfficialSdk.installPackage("request", request);
    }

    private static CloudEnvironment environment(FunctionRuntime runtime) {
        // request loads 47 packages into a cold instance: seconds on a loaded machine, over the default 3 s.
        return CloudEmulator.newEnvironment(EmulatorConfiguration.builder().addFunctionRoot(functions)
                .setFunctionTimeout(Duration.ofSeconds(60)).setFunctionRuntime(runtime).build());
    }

    @ParameterizedTest
    @EnumSource(FunctionRuntime.class)
    void real_axios_sends_its_requests_to_the_stubs_and_reads_their_answers(FunctionRuntime runtime)
            throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write("{\"city\":\"深圳\",\"temp\":24}".getBytes(StandardCharsets.UTF_8));
        }
        try (CloudEnvironment env = environment(runtime)) {
            env.http()
                    .stub(RequestPattern.get(BASE + "/v1/forecast"),
                            StubResponse.bytes(200, gz.toByteArray(), "application/json")
                                    .withHeader("Content-Encoding", "gzip"))
                    .stub(RequestPattern.post(BASE + "/v1/subscriptions"), StubResponse.json(201, Map.of("id", "s1")))
                    .stub(RequestPattern.get(BASE + "/v1/missing"), StubResponse.json(404, Map.of("error", "none")));

            FunctionResult r = env.functions().call("realaxios", Map.of("base", BASE, "city", "Shenzhen"));

            assertThat(r.errMsg()).as(r.errorStack() + r.logs()).isEqualTo("callFunction:ok");
            Map<String, Object> failure = new HashMap<>();
            failure.put("message", "Request failed with status code 404");
            failure.put("status", 404);
            failure.put("body", Map.of("error", "none"));
            assertThat(r.result()).isEqualTo(Map.of("status", 200, "forecast", Map.of("city", "深圳", "temp", 24),
                    "saved", Map.of("id", "s1"), "failure", failure));
            RecordedRequest forecast = env.http().requests().get(0);
            assertThat(forecast.function()).isEqualTo("realaxios");
            assertThat(forecast.url()).isEqualTo(BASE + "/v1/forecast?city=Shenzhen");
            assertThat(forecast.header("x-api-key")).isEqualTo("k-123");
            assertThat(forecast.header("user-agent")).isEqualTo("axios/0.27.2");
            RecordedRequest saved = env.http().requests().get(1);
            assertThat(saved.method()).isEqualTo("POST");
            assertThat(saved.header("content-type")).startsWith("application/json");
            assertThat(saved.bodyText()).isEqualTo("{\"city\":\"Shenzhen\",\"openid\":\"o_alice\"}");
        }
    }

    @ParameterizedTest
    @EnumSource(FunctionRuntime.class)
    void real_request_sends_its_requests_to_the_stubs_and_reads_their_answers(FunctionRuntime runtime) {
        try (CloudEnvironment env = environment(runtime)) {
            env.http()
                    .stub(RequestPattern.get(BASE + "/v1/forecast"), StubResponse.json(200, Map.of("temp", 24)))
                    .stub(RequestPattern.post(BASE + "/v1/subscriptions"), StubResponse.json(201, Map.of("id", "s1")));

            FunctionResult r = env.functions().call("realrequest", Map.of("base", BASE, "city", "Shenzhen"));

            assertThat(r.errMsg()).as(r.errorStack() + r.logs()).isEqualTo("callFunction:ok");
            assertThat(r.result()).isEqualTo(Map.of("forecast", Map.of("status", 200, "body", Map.of("temp", 24)),
                    "saved", Map.of("status", 201, "body", Map.of("id", "s1"))));
            RecordedRequest forecast = env.http().requests().get(0);
            assertThat(forecast.function()).isEqualTo("realrequest");
            assertThat(forecast.url()).isEqualTo(BASE + "/v1/forecast?city=Shenzhen");
            assertThat(forecast.header("x-api-key")).isEqualTo("k-123");
            assertThat(env.http().requests().get(1).bodyText()).isEqualTo("{\"city\":\"Shenzhen\"}");
        }
    }
}
