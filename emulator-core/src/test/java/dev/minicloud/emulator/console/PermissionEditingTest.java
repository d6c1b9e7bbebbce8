package dev.minicloud.emulator.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Permissions edited in the console: written to the project's permission file, deciding the next request, and a
 * read tried as a user names the rule parts that decided it.
 */
class PermissionEditingTest {
    @TempDir
    Path dir;

    ConsoleFixture console;
    ConsoleHttp http;

    @BeforeEach
    void start() {
        console = ConsoleFixture.start(dir, null);
        http = console.http;
    }

    @AfterEach
    void stop() {
        console.close();
    }

    private Map<String, Object> tryRead(String openid, String where) {
        return http.send("POST", "/api/permissions/try", Map.of("collection", "todos", "openid", openid,
                "where", where)).json();
    }

    @Test
    void a_try_names_the_rule_parts_that_decided_it() {
        Map<String, Object> allowed = tryRead("o_alice", "{\"owner\": \"{openid}\"}");
        assertThat(allowed).containsEntry("allowed", true);
        assertThat(allowed.get("decidedBy")).isEqualTo(List.of(Map.of("rule", "read", "part",
                "doc.owner == auth.openid", "result", "true")));

        Map<String, Object> denied = tryRead("o_alice", "");
        assertThat(denied).containsEntry("allowed", false);
        assertThat(denied.get("decidedBy")).isEqualTo(List.of(Map.of("rule", "read", "part",
                "doc.owner == auth.openid", "result", "false")));
    }

    @Test
    void an_edited_permission_is_saved_in_the_file_and_decides_the_next_read_on_the_same_data() throws Exception {
        http.send("POST", "/api/collections/todos/documents", Map.of("_id", "kept", "owner", "o_carol"));

        ConsoleHttp.Answer saved = http.send("PUT", "/api/permissions/collections/todos", Map.of("aclTag",
                "CUSTOM", "rule", "{\"read\": \"auth.openid == 'o_bob'\", \"write\": false}"));

        assertThat(saved.status()).isEqualTo(200);
        assertThat(Json.parseObject(Files.readString(dir.resolve("security-rules.json"))).get("database"))
                .isEqualTo(Map.of("todos", Map.of("aclTag", "CUSTOM", "rule", Map.of("read",
                        "auth.openid == 'o_bob'", "write", false))));
        assertThat(tryRead("o_alice", "{\"owner\": \"{openid}\"}")).containsEntry("allowed", false);
        Map<String, Object> bob = tryRead("o_bob", "");
        assertThat(bob).containsEntry("allowed", true);
        assertThat(bob.get("data").toString()).contains("kept", "t1", "t2");
        assertThat(bob.get("decidedBy")).isEqualTo(List.of(Map.of("rule", "read", "part",
                "auth.openid == 'o_bob'", "result", "true")));
        assertThat(http.get("/api/permissions").json().get("collections").toString())
                .contains("auth.openid == 'o_bob'");

        http.send("PUT", "/api/permissions/collections/todos", Map.of("aclTag", "READONLY"));
        Map<String, Object> basic = tryRead("o_alice", "");
        assertThat(basic).containsEntry("allowed", true).containsEntry("decidedBy", List.of());
    }

    @Test
    void an_invalid_rule_is_refused_with_the_java_apis_message_and_the_file_is_unchanged() throws Exception {
        String before = Files.readString(dir.resolve("security-rules.json"));

        ConsoleHttp.Answer bad = http.send("PUT", "/api/permissions/collections/todos", Map.of("aclTag", "CUSTOM",
                "rule", "{\"read\": \"doc.owner ==\", \"write\": false}"));
        ConsoleHttp.Answer tag = http.send("PUT", "/api/permissions/collections/todos", Map.of("aclTag", "OPEN"));

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error")).isEqualTo("security rules of collection 'todos': \"read\": the expression"
                + " ends too early at position 12 in doc.owner ==");
        assertThat(tag.status()).isEqualTo(400);
        assertThat(tag.json().get("error")).isEqualTo("aclTag OPEN is not one of READONLY, PRIVATE, ADMINWRITE,"
                + " ADMINONLY, CUSTOM");
        assertThat(Files.readString(dir.resolve("security-rules.json"))).isEqualTo(before);
        assertThat(console.live.restarts()).isZero();
        assertThat(tryRead("o_alice", "{\"owner\": \"{openid}\"}")).containsEntry("allowed", true);
    }
}
