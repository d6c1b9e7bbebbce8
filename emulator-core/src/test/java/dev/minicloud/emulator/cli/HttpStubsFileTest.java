package dev.minicloud.emulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line answers functions' HTTP requests from the project's http-stubs.json (or --http-stubs). */
class HttpStubsFileTest {
    private static final String FETCH = """
            const https = require('https');
            exports.main = (event) => new Promise((resolve) => {
              const req = https.request(event.url, {method: event.method || 'GET',
                  headers: {'content-type': 'application/json', 'x-key': 'k1'}}, (res) => {
                let text = '';
                res.on('data', (c) => { text += c; });
                res.on('end', () => resolve({status: res.statusCode, type: res.headers['content-type'], text}));
              });
              req.on('error', (e) => resolve({error: e.message, code: e.code}));
              req.end(event.body);
            });
            """;
    private static final String STUBS = """
            {"mappings": [
              {"request": {"method": "GET", "url": "https://api.example.com/weather",
                           "queryParameters": {"city": {"equalTo": "Shenzhen"}}},
               "response": {"status": 200, "jsonBody": {"temp": 24}}},
              {"request": {"method": "POST", "url": "https://api.example.com/orders/*",
                           "headers": {"X-Key": {"equalTo": "k1"}},
                           "bodyPatterns": [{"equalToJson": {"sku": "A1"}}]},
               "response": {"status": 201, "body": "created", "headers": {"Content-Type": "text/plain"}}},
              {"request": {"url": "https://down.example.com/*"}, "response": {"fault": "CONNECTION_RESET_BY_PEER"}}
            ]}
            """;

    @TempDir
    Path project;

    @BeforeEach
    void writeProject() throws IOException {
        Files.writeString(Files.createDirectories(project.resolve("cloudfunctions/fetch")).resolve("index.js"), FETCH);
        Files.writeString(project.resolve("http-stubs.json"), STUBS);
    }

    private CliRun call(String event, String... more) {
        String[] args = new String[5 + more.length];
        System.arraycopy(new String[] {"call", "fetch", "--project", ".", "--quiet"}, 0, args, 0, 5);
        System.arraycopy(more, 0, args, 5, more.length);
        return CliRun.run(project, concat(args, "--event", event));
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void call_answers_a_get_from_the_projects_stub_file() {
        CliRun run = call("{\"url\": \"https://api.example.com/weather?city=Shenzhen\"}");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.json().get("result")).isEqualTo(Map.of("status", 200,
                "type", "application/json; charset=utf-8", "text", "{\"temp\":24}"));
    }

    @Test
    void header_and_json_body_matchers_and_a_wiremock_fault_are_read() {
        assertThat(call("{\"url\": \"https://api.example.com/orders/7\", \"method\": \"POST\","
                + " \"body\": \"{\\\"sku\\\": \\\"A1\\\"}\"}").json().get("result"))
                .isEqualTo(Map.of("status", 201, "type", "text/plain", "text", "created"));
        assertThat(call("{\"url\": \"https://api.example.com/orders/7\", \"method\": \"POST\","
                + " \"body\": \"{\\\"sku\\\": \\\"B2\\\"}\"}").json().get("result").toString())
                .contains("ERR_MINICLOUD_NO_STUB", "body is not the JSON {\"sku\":\"A1\"}");
        assertThat(call("{\"url\": \"https://down.example.com/x\"}").json().get("result"))
                .isEqualTo(Map.of("error", "socket hang up", "code", "ECONNRESET"));
    }

    @Test
    void the_http_stubs_option_replaces_the_projects_file() throws IOException {
        Files.writeString(project.resolve("other.json"), """
                {"request": {"url": "https://api.example.com/weather"}, "response": {"status": 503}}
                """);
        CliRun run = call("{\"url\": \"https://api.example.com/weather?city=Shenzhen\"}", "--http-stubs",
                "other.json");

        assertThat(run.json().get("result")).isEqualTo(Map.of("status", 503, "text", ""));
    }

    @Test
    void the_shell_answers_from_the_same_stubs() {
        CliRun run = CliRun.withInput(project, """
                await new Promise((ok) => require('https').get('https://api.example.com/weather?city=Shenzhen', \
                (res) => { let t = ''; res.on('data', (c) => { t += c; }); res.on('end', () => ok(t)); }))
                """, "shell", "--project", ".", "--quiet");

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stdout()).isEqualTo("\"{\\\"temp\\\":24}\"\n");
    }

    @Test
    void a_misspelt_matcher_is_a_usage_error_naming_the_file_mapping_and_key() throws IOException {
        Files.writeString(project.resolve("http-stubs.json"), """
                {"mappings": [{"request": {"url": "https://a.example.com/"}, "response": {"status": 200}},
                              {"request": {"url": "https://b.example.com/", "urlPathPattern": "/x.*"},
                               "response": {"status": 200}}]}
                """);
        CliRun run = call("{}");

        assertThat(run.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(run.stderr()).startsWith("minicloud: " + project.resolve("http-stubs.json") + ", mapping 2:"
                + " \"request\" has \"urlPathPattern\", which MiniCloud does not read; it reads bodyPatterns, headers,"
                + " method, queryParameters, url\n");
    }
}
