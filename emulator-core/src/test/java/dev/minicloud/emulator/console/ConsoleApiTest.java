package dev.minicloud.emulator.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.base.Permission;
import dev.minicloud.emulator.json.Json;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's JSON API over real HTTP, on the command line's test project; permissions edited in the console are
 * written to the project's permission file and decide the next request.
 */
class ConsoleApiTest {
    @TempDir
    Path dir;

    ConsoleFixture console;
    ConsoleHttp http;

    @BeforeEach
    void start() {
        console = ConsoleFixture.start(dir, Instant.parse("2024-03-17T02:20:30Z"));
        http = console.http;
    }

    @AfterEach
    void stop() {
        console.close();
    }

    @Test
    void collections_are_listed_with_their_document_counts() {
        assertThat(http.get("/api/collections").json().get("collections"))
                .isEqualTo(List.of(Map.of("name", "todos", "count", 2)));
    }

    @Test
    void a_query_filters_with_a_JSON_where_sorts_and_pages_through_the_database_API() {
        Map<String, Object> page = http.send("POST", "/api/collections/todos/query", Map.of(
                "where", "{\"createdAt\": {\"$gt\": {\"$date\": \"2024-03-01T00:00:00Z\"}}}",
                "orderBy", "title", "order", "desc", "skip", 1, "limit", 1)).json();
        assertThat(page).containsEntry("errMsg", "collection.get:ok").containsEntry("total", 2);
        assertThat(ids(page)).containsExactly("t1");
    }

    @Test
    void a_document_is_added_replaced_updated_and_deleted_with_dates_kept_as_dates() {
        Map<String, Object> added = http.send("POST", "/api/collections/todos/documents",
                Map.of("title", "new", "due", Map.of("$date", 1_700_000_000_000L))).json();
        String id = (String) added.get("_id");
        assertThat(added).containsEntry("errMsg", "collection.add:ok");

        Map<String, Object> edited = Json.parseObject(http.get("/api/collections/todos/documents/" + id).text());
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) edited.get("data");
        assertThat(data.get("due")).isEqualTo(java.time.Instant.ofEpochMilli(1_700_000_000_000L));
        data.put("title", "renamed");
        assertThat(http.send("PUT", "/api/collections/todos/documents/" + id, data).json())
                .containsEntry("errMsg", "document.set:ok");
        assertThat(http.send("PATCH", "/api/collections/todos/documents/" + id, Map.of("done", true)).json())
                .containsEntry("errMsg", "document.update:ok");
        assertThat(http.get("/api/collections/todos/documents/" + id).json().get("data"))
                .isEqualTo(Map.of("_id", id, "title", "renamed", "done", true, "due", data.get("due")));

        assertThat(http.send("DELETE", "/api/collections/todos/documents/" + id, Map.of()).json())
                .containsEntry("errMsg", "document.remove:ok");
        Map<String, Object> gone = http.get("/api/collections/todos/documents/" + id).json();
        assertThat(gone.get("errMsg").toString()).startsWith("document.get:fail");
        assertThat(gone).containsEntry("errCode", -1);
    }

    @Test
    void a_bad_where_is_answered_with_the_services_error_not_a_stack_trace() {
        ConsoleHttp.Answer a = http.send("POST", "/api/collections/todos/query", Map.of("where", "[1]"));
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("errMsg").toString()).contains("查询参数必须为对象");
        assertThat(a.text()).doesNotContain("at dev.minicloud");
    }

    @Test
    void a_missing_collection_fails_as_on_the_service() {
        ConsoleHttp.Answer a = http.send("POST", "/api/collections/nope/documents", Map.of("a", 1));
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json()).containsEntry("errCode", -502005);
    }

    @Test
    void an_export_imported_into_another_collection_holds_the_same_documents() {
        String lines = http.get("/api/collections/todos/export").text();
        assertThat(lines.lines()).hasSize(2).allMatch(l -> l.startsWith("{\"_id\":\"t"));
        assertThat(lines).contains("{\"$date\":");
        http.send("POST", "/api/collections", Map.of("name", "copy"));
        assertThat(http.sendBytes("POST", "/api/collections/copy/import", lines.getBytes(StandardCharsets.UTF_8))
                .json()).containsEntry("imported", 2).containsEntry("total", 2);
        assertThat(http.get("/api/collections/copy/export").text()).isEqualTo(lines);
    }

    @Test
    void an_import_that_is_not_JSON_lines_is_refused_and_stores_nothing() {
        ConsoleHttp.Answer a = http.sendBytes("POST", "/api/collections/todos/import",
                "{\"_id\": \"t9\"}\n{oops".getBytes(StandardCharsets.UTF_8));
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("error").toString()).contains("collection todos");
        assertThat(http.get("/api/collections").json().get("collections"))
                .isEqualTo(List.of(Map.of("name", "todos", "count", 2)));
    }

    @Test
    void files_are_uploaded_listed_downloaded_given_temporary_URLs_and_deleted() {
        Map<String, Object> up = http.sendBytes("POST", "/api/files?cloudPath=docs/a%20b.txt",
                "hello".getBytes(StandardCharsets.UTF_8)).json();
        String fileID = (String) up.get("fileID");
        assertThat(up).containsEntry("errMsg", "uploadFile:ok");
        assertThat(http.get("/api/files").json().get("files").toString()).contains("img/logo.png", "docs/a b.txt");
        String query = "fileID=" + java.net.URLEncoder.encode(fileID, StandardCharsets.UTF_8);
        assertThat(new String(http.bytes("/api/files/download?" + query), StandardCharsets.UTF_8)).isEqualTo("hello");

        Map<String, Object> temp = http.send("POST", "/api/files/tempurl", Map.of("fileID", fileID, "maxAge", 60))
                .json();
        @SuppressWarnings("unchecked")
        Map<String, Object> item = ((List<Map<String, Object>>) temp.get("fileList")).get(0);
        assertThat(item).containsEntry("status", 0);
        assertThat(new String(http.bytes(item.get("tempFileURL").toString()), StandardCharsets.UTF_8))
                .isEqualTo("hello");

        assertThat(http.send("DELETE", "/api/files?" + query, Map.of()).json()).containsEntry("errMsg",
                "deleteFile:ok");
        assertThat(http.get("/api/files").json().get("files").toString()).doesNotContain("a b.txt");
    }

    @Test
    void a_function_is_invoked_as_a_user_and_its_logs_reach_the_tail() {
        assertThat(http.get("/api/functions").json().get("functions")).isEqualTo(List.of("fails", "spin",
                "todos", "whoami"));
        Map<String, Object> call = http.send("POST", "/api/functions/whoami/invoke",
                Map.of("event", Map.of("x", 1), "openid", "o_alice")).json();
        assertThat(call).containsEntry("errCode", 0).containsEntry("errMsg", "cloud.callFunction:ok");
        assertThat(call.get("result").toString()).contains("OPENID=o_alice");

        Map<String, Object> failed = http.send("POST", "/api/functions/fails/invoke",
                Map.of("event", Map.of("reason", "test"))).json();
        assertThat(failed).containsEntry("errCode", -504002);
        assertThat(failed.get("logs").toString()).contains("about to fail");

        String tail = http.get("/api/functions/calls").json().get("calls").toString();
        assertThat(tail.indexOf("function=fails")).isLessThan(tail.indexOf("function=whoami"));
        assertThat(tail).contains("caller=o_alice", "about to fail");
    }

    @Test
    void an_event_that_is_not_an_object_is_refused() {
        ConsoleHttp.Answer a = http.send("POST", "/api/functions/whoami/invoke", Map.of("event", List.of(1)));
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("error").toString()).contains("the event must be a JSON object");
    }

    @Test
    void permissions_show_the_configured_rule_and_a_read_is_tried_as_a_user() {
        Map<String, Object> shown = http.get("/api/permissions").json();
        assertThat(shown.get("collections").toString()).contains("aclTag=CUSTOM", "doc.owner == auth.openid");

        Map<String, Object> denied = http.send("POST", "/api/permissions/try",
                Map.of("collection", "todos", "openid", "o_alice")).json();
        assertThat(denied).containsEntry("allowed", false).containsEntry("errCode", -502003);
        assertThat(denied.get("errMsg").toString()).contains("database permission denied");

        Map<String, Object> allowed = http.send("POST", "/api/permissions/try",
                Map.of("collection", "todos", "openid", "o_alice", "where", "{\"owner\": \"{openid}\"}")).json();
        assertThat(allowed).containsEntry("allowed", true).containsEntry("errMsg", "collection.get:ok");
        assertThat(ids(allowed)).containsExactly("t1");
    }

    @Test
    void a_frozen_clock_is_shown_and_advanced() {
        assertThat(http.get("/api/clock").json()).containsEntry("time", "2024-03-17T02:20:30Z")
                .containsEntry("frozen", true);
        assertThat(http.send("POST", "/api/clock/advance", Map.of("by", "P1D")).json())
                .containsEntry("time", "2024-03-18T02:20:30Z");
        ConsoleHttp.Answer bad = http.send("POST", "/api/clock/advance", Map.of("by", "soon"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").toString()).contains("'soon' is not an ISO-8601 duration");
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_call_is_in_the_request_log_with_its_status_and_duration() {
        http.get("/api/collections");
        http.get("/api/nothing");
        List<?> log = (List<?>) http.get("/api/log").json().get("requests");
        assertThat(log).hasSize(2);
        assertThat((Map<String, Object>) log.get(0)).containsEntry("path", "/api/nothing").containsEntry("status", 404)
                .containsKey("durationMs");
        assertThat((Map<String, Object>) log.get(1)).containsEntry("path", "/api/collections")
                .containsEntry("status", 200);
    }

    @Test
    void a_body_over_the_limit_is_refused_before_it_is_read_whole() {
        ConsoleHttp.Answer a = http.sendBytes("POST", "/api/files?cloudPath=big.bin",
                new byte[(int) ConsoleServer.MAX_BODY_BYTES + 1]);
        assertThat(a.status()).isEqualTo(413);
        assertThat(http.get("/api/files").json().get("files").toString()).doesNotContain("big.bin");
    }

    @Test
    void a_body_that_is_not_JSON_gets_a_JSON_error() {
        ConsoleHttp.Answer a = http.sendBytes("POST", "/api/collections/todos/query",
                "{where".getBytes(StandardCharsets.UTF_8));
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("error").toString()).startsWith("the body is not a JSON object");
    }

    @Test
    void a_write_from_another_site_without_the_console_header_is_refused() {
        ConsoleHttp.Answer a = http.send(HttpRequest.newBuilder(console.server.url().resolve("/api/collections"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"evil\"}")).build());
        assertThat(a.status()).isEqualTo(403);
        assertThat(http.get("/api/collections").json().get("collections").toString()).doesNotContain("evil");
    }

    @Test
    void the_page_and_its_assets_are_served_and_nothing_else() {
        assertThat(http.get("/").text()).contains("<title>MiniCloud console</title>");
        assertThat(http.get("/console.js").text()).contains("X-MiniCloud-Console");
        assertThat(http.get("/../pom.xml").status()).isEqualTo(404);
        assertThat(console.server.url().getHost()).isEqualTo("127.0.0.1");
        assertThat(console.server.url()).isEqualTo(URI.create("http://127.0.0.1:"
                + console.server.url().getPort() + "/"));
    }

    private static List<Object> ids(Map<String, Object> answer) {
        return ((List<?>) answer.get("data")).stream().map(d -> ((Map<?, ?>) d).get("_id")).map(Object.class::cast)
                .toList();
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

    @Test
    void without_a_permission_file_the_first_edit_creates_it() throws Exception {
        Path file = dir.resolve("new-rules.json");
        try (ConsoleFixture bare = new ConsoleFixture(ConsoleFixture.project().resolve("functions"), file, null)) {
            Map<String, Object> shown = bare.http.get("/api/permissions").json();
            assertThat(shown).containsEntry("file", null).containsEntry("writesTo", file.toString());
            assertThat(shown.get("collections").toString()).contains("aclTag=PRIVATE", "default=true");

            bare.http.send("PUT", "/api/permissions/collections/todos", Map.of("aclTag", "READONLY"));

            assertThat(Json.parseObject(Files.readString(file))).isEqualTo(Map.of("database",
                    Map.of("todos", Map.of("aclTag", "READONLY"))));
            assertThat(bare.http.get("/api/permissions").json()).containsEntry("file", file.toString());
            assertThat(bare.http.send("POST", "/api/permissions/try", Map.of("collection", "todos")).json())
                    .containsEntry("allowed", true);
        }
    }

    @Test
    void the_default_mode_and_the_storage_are_edited_in_the_file_and_decide_the_next_request() throws Exception {
        http.send("PUT", "/api/permissions/default", Map.of("aclTag", "ADMINONLY"));
        ConsoleHttp.Answer storage = http.send("PUT", "/api/permissions/storage", Map.of("aclTag", "CUSTOM", "rule",
                "{\"read\": \"auth != null\", \"write\": \"resource.path == 'avatars/' + auth.openid\"}"));

        assertThat(storage.json()).containsEntry("setting", "storage");
        Map<String, Object> file = Json.parseObject(Files.readString(dir.resolve("security-rules.json")));
        assertThat(file).containsEntry("defaultDatabaseAclTag", "ADMINONLY").containsEntry("storage", Map.of(
                "aclTag", "CUSTOM", "rule", Map.of("read", "auth != null", "write",
                        "resource.path == 'avatars/' + auth.openid")));
        assertThat(file.get("database").toString()).contains("doc.owner == auth.openid");
        http.send("POST", "/api/collections", Map.of("name", "notes"));
        Map<String, Object> shown = http.get("/api/permissions").json();
        assertThat(shown).containsEntry("defaultDatabaseAclTag", "ADMINONLY");
        assertThat(shown.get("collections")).asInstanceOf(InstanceOfAssertFactories.LIST).contains(Map.of("name", "notes", "aclTag", "ADMINONLY",
                "default", true));
        assertThat(shown.get("storage")).isEqualTo(file.get("storage"));
        assertThat(http.send("POST", "/api/permissions/try", Map.of("collection", "notes", "openid", "o_alice"))
                .json()).containsEntry("allowed", false).containsEntry("errCode", -502003);
        assertThat(tryFile("", "img/logo.png", "read")).containsEntry("allowed", false);
    }

    @Test
    void a_default_mode_that_is_not_basic_is_refused_and_nothing_is_written() throws Exception {
        String before = Files.readString(dir.resolve("security-rules.json"));

        ConsoleHttp.Answer custom = http.send("PUT", "/api/permissions/default", Map.of("aclTag", "CUSTOM"));
        ConsoleHttp.Answer rule = http.send("PUT", "/api/permissions/storage", Map.of("aclTag", "CUSTOM", "rule",
                "{\"read\": \"doc.owner ==\"}"));

        assertThat(custom.status()).isEqualTo(400);
        assertThat(custom.json().get("error")).isEqualTo("the default permission CUSTOM is not one of READONLY,"
                + " PRIVATE, ADMINWRITE, ADMINONLY");
        assertThat(rule.status()).isEqualTo(400);
        assertThat(rule.json().get("error").toString()).startsWith("security rules of the storage: \"read\":");
        assertThat(Files.readString(dir.resolve("security-rules.json"))).isEqualTo(before);
        assertThat(console.live.restarts()).isZero();
    }

    private Map<String, Object> tryFile(String openid, String cloudPath, String action) {
        return http.send("POST", "/api/permissions/try/storage", Map.of("openid", openid, "cloudPath", cloudPath,
                "action", action, "content", "hello")).json();
    }

    @Test
    void a_storage_read_and_write_are_tried_as_a_user_with_the_rule_parts_that_decided() {
        http.send("PUT", "/api/permissions/storage", Map.of("aclTag", "CUSTOM", "rule",
                Map.of("read", "auth != null", "write", "resource.path == 'avatars/' + auth.openid")));

        Map<String, Object> anonymous = tryFile("", "img/logo.png", "read");
        Map<String, Object> alice = tryFile("o_alice", "img/logo.png", "read");
        Map<String, Object> foreign = tryFile("o_alice", "avatars/o_bob", "write");
        Map<String, Object> own = tryFile("o_alice", "avatars/o_alice", "write");

        assertThat(anonymous).containsEntry("allowed", false).containsEntry("errCode", -503002)
                .containsEntry("decidedBy", List.of(Map.of("rule", "read", "part", "auth != null", "result",
                        "false")));
        assertThat(alice).containsEntry("allowed", true).containsEntry("size", 16)
                .containsEntry("decidedBy", List.of(Map.of("rule", "read", "part", "auth != null", "result",
                        "true")));
        assertThat(foreign).containsEntry("allowed", false).containsEntry("decidedBy", List.of(Map.of("rule",
                "write", "part", "resource.path == 'avatars/' + auth.openid", "result", "false")));
        assertThat(own).containsEntry("allowed", true).containsEntry("errMsg", "cloud.uploadFile:ok");
        assertThat(http.get("/api/files").json().get("files").toString()).contains("avatars/o_alice")
                .doesNotContain("avatars/o_bob");
        assertThat(http.send("POST", "/api/permissions/try/storage", Map.of("cloudPath", "x", "action", "delete"))
                .status()).isEqualTo(400);
    }

    @Test
    void permissions_set_in_java_are_shown_as_the_environment_applies_them() {
        EmulatorConfiguration config = EmulatorConfiguration.builder().addCollections("orders", "notes")
                .setCollectionPermission("orders", Permission.ADMINONLY)
                .setSecurityRules("posts", "{\"read\": true, \"write\": false}")
                .setDefaultCollectionPermission(Permission.READONLY)
                .setStoragePermission(Permission.ADMINWRITE).build();
        try (LiveEnvironment live = new LiveEnvironment(() -> CloudEmulator.newEnvironment(config), List.of(),
                Duration.ZERO); ConsoleServer server = ConsoleServer.start(live, Optional.empty(), 0)) {
            Map<String, Object> shown = ConsoleHttp.of(server.url()).get("/api/permissions").json();

            assertThat(shown).containsEntry("file", null).containsEntry("writesTo", null)
                    .containsEntry("defaultDatabaseAclTag", "READONLY")
                    .containsEntry("storage", Map.of("aclTag", "ADMINWRITE"));
            assertThat(shown.get("collections")).isEqualTo(List.of(
                    Map.of("name", "notes", "aclTag", "READONLY", "default", true),
                    Map.of("name", "orders", "aclTag", "ADMINONLY"),
                    Map.of("name", "posts", "aclTag", "CUSTOM", "rule", Map.of("read", true, "write", false))));
        }
    }
}
