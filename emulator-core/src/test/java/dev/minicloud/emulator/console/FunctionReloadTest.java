package dev.minicloud.emulator.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A served environment runs a function's new code once its file changes, on the data it had, and the admin endpoint
 * it offers Node backends keeps its URL across the restart.
 */
class FunctionReloadTest {
    @TempDir
    Path dir;

    private ConsoleFixture serveHello() throws IOException {
        Files.writeString(Files.createDirectories(dir.resolve("functions/hello")).resolve("index.js"),
                "exports.main = async () => ({version: 1});");
        return new ConsoleFixture(dir.resolve("functions"), ConsoleFixture.rules(dir), null);
    }

    private void changeHello() throws IOException {
        Path index = dir.resolve("functions/hello/index.js");
        Files.writeString(index, "exports.main = async () => ({version: 2});");
        Files.setLastModifiedTime(index, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
    }

    @Test
    void a_changed_function_runs_its_new_code_on_the_same_data() throws Exception {
        try (ConsoleFixture console = serveHello()) {
            assertThat(console.http.send("POST", "/api/functions/hello/invoke", Map.of()).json().get("result"))
                    .isEqualTo(Map.of("version", 1));
            console.http.send("POST", "/api/collections/todos/documents", Map.of("_id", "kept"));
            changeHello();

            assertThat(console.http.send("POST", "/api/functions/hello/invoke", Map.of()).json().get("result"))
                    .isEqualTo(Map.of("version", 2));
            assertThat(console.live.restarts()).isEqualTo(1);
            assertThat(console.http.get("/api/collections/todos/documents/kept").json())
                    .containsEntry("errMsg", "document.get:ok");
        }
    }

    @Test
    void the_admin_url_answers_for_the_new_environment_after_a_function_reload() throws Exception {
        try (ConsoleFixture console = serveHello()) {
            URI admin = console.server.adminEndpoint();
            assertThat(admin.toString()).startsWith(console.server.url().toString()).endsWith("/admin");
            assertThat(console.admin(Map.of("action", "database.insertDocument", "collectionName", "todos",
                    "data", Json.stringifyExtended(List.of(Map.of("_id", "from-node"))))))
                    .containsKey("requestId").doesNotContainKey("code");
            changeHello();

            Map<String, Object> invoked = console.admin(Map.of("action", "functions.invokeFunction",
                    "function_name", "hello", "request_data", "{}"));
            assertThat(console.live.restarts()).isEqualTo(1);
            assertThat(Json.parse((String) ((Map<?, ?>) invoked.get("data")).get("response_data")))
                    .isEqualTo(Map.of("version", 2));
            Map<String, Object> count = console.admin(Map.of("action", "database.calculateDocument",
                    "collectionName", "todos", "query", "{\"_id\":\"from-node\"}"));
            assertThat(count.get("data")).isEqualTo(Map.of("total", 1));
        }
    }

    @Test
    void a_permission_file_broken_by_hand_fails_requests_until_it_is_fixed_and_no_data_is_lost() throws Exception {
        try (ConsoleFixture console = serveHello()) {
            console.http.send("POST", "/api/collections/todos/documents", Map.of("_id", "kept"));
            Path rules = dir.resolve("security-rules.json");
            String good = Files.readString(rules);
            Files.writeString(rules, "{\"database\": {\"todos\": {\"aclTag\": \"OPEN\"}}}");
            changeHello();

            ConsoleHttp.Answer broken = console.http.get("/api/collections");
            assertThat(broken.status()).isEqualTo(400);
            assertThat(broken.json().get("error").toString()).contains("OPEN");
            Map<String, Object> admin = console.admin(Map.of("action",
                    "database.calculateDocument", "collectionName", "todos", "query", "{}"));
            assertThat(admin).containsEntry("code", "SYS_ERR");
            assertThat(admin.get("message").toString()).startsWith("MiniCloud could not start the environment: ")
                    .contains("OPEN");

            Files.writeString(rules, good);
            assertThat(console.http.get("/api/collections/todos/documents/kept").json())
                    .containsEntry("errMsg", "document.get:ok");
            assertThat(console.live.restarts()).isEqualTo(1);
        }
    }

    @Test
    void another_path_on_the_console_is_not_an_admin_endpoint() throws Exception {
        try (ConsoleFixture console = serveHello()) {
            URI guessed = console.server.url().resolve("/" + "0".repeat(32) + "/admin");
            assertThat(console.http.send(HttpRequest.newBuilder(guessed).POST(HttpRequest.BodyPublishers.ofString(
                    "{\"action\":\"database.addCollection\",\"collectionName\":\"evil\"}")).build()).status())
                    .isEqualTo(404);
            assertThat(console.http.get("/api/collections").text()).doesNotContain("evil");
        }
    }
}
