package dev.minicloud.emulator.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A served environment runs a function's new code once its file changes, on the data it had. */
class FunctionReloadTest {
    @TempDir
    Path dir;

    @Test
    void a_changed_function_runs_its_new_code_on_the_same_data() throws Exception {
        Path index = Files.createDirectories(dir.resolve("functions/hello")).resolve("index.js");
        Files.writeString(index, "exports.main = async () => ({version: 1});");
        try (ConsoleFixture console = new ConsoleFixture(dir.resolve("functions"), ConsoleFixture.rules(dir),
                null)) {
            assertThat(console.http.send("POST", "/api/functions/hello/invoke", Map.of()).json().get("result"))
                    .isEqualTo(Map.of("version", 1));
            console.http.send("POST", "/api/collections/todos/documents", Map.of("_id", "kept"));

            Files.writeString(index, "exports.main = async () => ({version: 2});");
            Files.setLastModifiedTime(index, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));

            assertThat(console.http.send("POST", "/api/functions/hello/invoke", Map.of()).json().get("result"))
                    .isEqualTo(Map.of("version", 2));
            assertThat(console.live.restarts()).isEqualTo(1);
            assertThat(console.http.get("/api/collections/todos/documents/kept").json())
                    .containsEntry("errMsg", "document.get:ok");
        }
    }
}
