package dev.minicloud.emulator.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console in headless Chromium: browsing a collection, editing a document, invoking a function, trying a rule and
 * editing one, with screenshots in target/console-screenshots. Skipped where Chromium is missing, except on CI. The
 * browser's profile is a fresh folder under target/ (Chromium leaves a socket link in it that a JUnit temp dir warns
 * about).
 */
class ConsoleBrowserTest {
    private static final Path TARGET = Path.of("target");
    private static final Path SHOTS = TARGET.resolve("console-screenshots");

    @TempDir
    Path dir;

    @BeforeAll
    static void needsChromium() {
        if (WebDriver.available()) {
            return;
        }
        String message = "the browser tests need Chromium and its driver (" + WebDriver.CHROMIUM + ", "
                + WebDriver.CHROMEDRIVER + "): apt-get install -y chromium chromium-driver";
        if (System.getenv("CI") != null) {
            Assertions.fail(message + " (CI is set, so this fails instead of skipping)");
        }
        Assumptions.abort(message);
    }

    /** What a test does with a console open in the browser. */
    private interface Session {
        void run(ConsoleFixture console, WebDriver browser) throws Exception;
    }

    private void inBrowser(Session session) throws Exception {
        try (ConsoleFixture console = ConsoleFixture.start(dir, Instant.parse("2024-03-17T02:20:30Z"));
                WebDriver browser = new WebDriver(Files.createTempDirectory(TARGET, "chromium-profile"))) {
            browser.open(console.server.url());
            session.run(console, browser);
        }
    }

    @Test
    void a_user_edits_a_rule_and_sees_which_rule_parts_decided_a_tried_read() throws Exception {
        inBrowser((console, browser) -> {
            browser.click("button[data-tab=permissions]");
            browser.awaitText("#acl", t -> t.contains("CUSTOM"), "the rules");
            browser.type("#try-openid", "o_alice");
            browser.type("#try-where", "{\"owner\": \"{openid}\"}");
            browser.click("#try-rule");
            browser.awaitText("#try-parts", t -> t.equals("read: doc.owner == auth.openid → true"),
                    "the deciding part");

            browser.click("#acl tbody tr:first-child button");
            assertThat(browser.script("return document.getElementById('acl-rule').value").toString())
                    .contains("doc.owner == auth.openid");
            browser.type("#acl-rule", "{\"read\": \"auth.openid == 'o_bob'\", \"write\": false}");
            browser.click("#acl-save");
            browser.awaitText("#acl", t -> t.contains("o_bob"), "the saved rule");
            browser.click("#try-rule");
            assertThat(browser.awaitText("#try-result", t -> t.startsWith("denied"), "a denial"))
                    .contains("database permission denied");
            browser.awaitText("#try-parts", t -> t.equals("read: auth.openid == 'o_bob' → false"), "the new part");
            browser.screenshot(SHOTS.resolve("permissions-edited.png"));

            browser.type("#acl-rule", "{\"read\": \"doc.owner ==\", \"write\": false}");
            browser.click("#acl-save");
            assertThat(browser.awaitText("#error", t -> !t.isEmpty(), "the refusal"))
                    .contains("\"read\": the expression ends too early at position 12");
            assertThat(Files.readString(dir.resolve("security-rules.json"))).contains("o_bob")
                    .doesNotContain("doc.owner ==");
            browser.screenshot(SHOTS.resolve("permissions-refused.png"));
        });
    }

    @Test
    void a_user_browses_edits_invokes_and_checks_a_rule_in_the_console() throws Exception {
        inBrowser((console, browser) -> {
            browser.click("#coll-todos");
            browser.awaitText("#documents", t -> t.contains("buy tea") && t.contains("write tests"), "the documents");
            assertThat(browser.text("#page-info")).isEqualTo("1–2 of 2");
            browser.screenshot(SHOTS.resolve("collections.png"));

            browser.click("#documents tbody tr:first-child");
            browser.awaitText("#editor-title", t -> t.equals("Document t1"), "the editor");
            browser.type("#doc-editor", "{\"_id\": \"t1\", \"title\": \"buy green tea\", \"owner\": \"o_alice\"}");
            browser.click("#save-doc");
            browser.awaitText("#documents", t -> t.contains("buy green tea"), "the edited document");
            assertThat(console.http.get("/api/collections/todos/documents/t1").json().get("data"))
                    .isEqualTo(Map.of("_id", "t1", "title", "buy green tea", "owner", "o_alice"));

            browser.type("#where", "{\"owner\": \"o_bob\"}");
            browser.click("#run-query");
            browser.awaitText("#page-info", t -> t.equals("1–1 of 1"), "the filtered page");
            browser.type("#where", "[1]");
            browser.click("#run-query");
            assertThat(browser.awaitText("#error", t -> !t.isEmpty(), "the error")).contains("查询参数必须为对象");

            browser.click("button[data-tab=functions]");
            browser.awaitText("#function-name", t -> t.contains("whoami"), "the functions");
            browser.script("document.getElementById('function-name').value = 'whoami'");
            browser.type("#caller", "o_alice");
            browser.type("#event", "{\"hello\": \"console\"}");
            browser.click("#invoke");
            String result = browser.awaitText("#call-result", t -> t.contains("cloud.callFunction:ok"), "the result");
            assertThat(result).contains("\"OPENID\": \"o_alice\"", "\"hello\": \"console\"");
            browser.awaitText("#tail", t -> t.contains("whoami as o_alice"), "the call in the tail");
            browser.screenshot(SHOTS.resolve("functions.png"));

            browser.click("button[data-tab=permissions]");
            browser.awaitText("#acl", t -> t.contains("CUSTOM"), "the rules");
            browser.type("#try-openid", "o_alice");
            browser.click("#try-rule");
            assertThat(browser.awaitText("#try-result", t -> t.startsWith("denied"), "a denial"))
                    .contains("database permission denied");
            browser.type("#try-where", "{\"owner\": \"{openid}\"}");
            browser.click("#try-rule");
            assertThat(browser.awaitText("#try-result", t -> t.startsWith("allowed"), "an allowed read"))
                    .contains("buy green tea").doesNotContain("write tests");
            browser.screenshot(SHOTS.resolve("permissions.png"));

            browser.click("button[data-tab=requests]");
            browser.awaitText("#request-log", t -> t.contains("POST /api/permissions/try"), "the request log");
            browser.screenshot(SHOTS.resolve("requests.png"));
        });
    }

    @Test
    void a_user_edits_the_default_and_storage_permissions_and_tries_a_file_access() throws Exception {
        inBrowser((console, browser) -> {
            browser.click("button[data-tab=permissions]");
            browser.awaitText("#acl", t -> t.contains("storage") && t.contains("other collections"), "the settings");
            browser.click("#acl tbody tr:last-child button");
            assertThat(browser.script("return document.getElementById('acl-collection').value")).isEqualTo("(storage)");
            browser.choose("#acl-tag", "CUSTOM");
            browser.type("#acl-rule", "{\"read\": \"auth != null\", \"write\": \"resource.path == 'avatars/' +"
                    + " auth.openid\"}");
            browser.click("#acl-save");
            browser.awaitText("#acl", t -> t.contains("resource.path"), "the saved storage rule");

            browser.type("#try-file-path", "img/logo.png");
            browser.click("#try-file-run");
            browser.awaitText("#try-file-result", t -> t.startsWith("denied"), "an anonymous read denied");
            browser.awaitText("#try-file-parts", t -> t.equals("read: auth != null → false"), "the deciding part");
            browser.type("#try-file-openid", "o_alice");
            browser.type("#try-file-path", "avatars/o_alice");
            browser.choose("#try-file-action", "write");
            browser.type("#try-file-content", "me");
            browser.click("#try-file-run");
            assertThat(browser.awaitText("#try-file-result", t -> t.startsWith("allowed"), "an allowed write"))
                    .contains("cloud.uploadFile:ok");
            browser.awaitText("#try-file-parts", t -> t.equals("write: resource.path == 'avatars/' + auth.openid"
                    + " → true"), "the deciding part");
            browser.screenshot(SHOTS.resolve("permissions-storage-try.png"));

            browser.choose("#acl-collection", "(default)");
            browser.choose("#acl-tag", "ADMINONLY");
            browser.click("#acl-save");
            browser.awaitText("#acl", t -> t.contains("other collections (default) ADMINONLY"), "the new default");
            Map<String, Object> file = Json.parseObject(Files.readString(dir.resolve("security-rules.json")));
            assertThat(file).containsEntry("defaultDatabaseAclTag", "ADMINONLY");
            assertThat(file.get("storage").toString()).contains("resource.path");
            browser.screenshot(SHOTS.resolve("permissions-default.png"));
        });
    }

    @Test
    void a_user_manages_files_documents_and_the_clock_in_the_console() throws Exception {
        inBrowser((console, browser) -> {
            browser.type("#new-collection-name", "notes");
            browser.click("#new-collection button");
            browser.click("#coll-notes");
            browser.awaitText("#page-info", t -> t.equals("no documents"), "the empty collection");
            browser.click("details summary");
            browser.type("#import-text", "{\"_id\": \"n1\", \"rank\": 1}\n{\"_id\": \"n2\", \"rank\": 2}\n"
                    + "{\"_id\": \"n3\", \"rank\": 3}");
            browser.click("#import");
            browser.awaitText("#documents", t -> t.contains("n3"), "the imported documents");
            browser.type("#order-by", "rank");
            browser.choose("#order", "desc");
            browser.type("#limit", "2");
            browser.click("#run-query");
            browser.awaitText("#page-info", t -> t.equals("1–2 of 3"), "the first page");
            assertThat(browser.text("#documents tbody tr:first-child")).startsWith("n3");
            browser.click("#next-page");
            browser.awaitText("#page-info", t -> t.equals("3–3 of 3"), "the second page");
            assertThat(browser.text("#documents tbody")).startsWith("n1");
            browser.click("#prev-page");
            browser.awaitText("#page-info", t -> t.equals("1–2 of 3"), "the first page again");

            browser.click("#new-doc");
            browser.type("#doc-editor", "{\"_id\": \"n4\", \"rank\": 4}");
            browser.click("#save-doc");
            browser.awaitText("#page-info", t -> t.equals("1–2 of 4"), "the added document");
            browser.click("#documents tbody tr:first-child");
            browser.awaitText("#editor-title", t -> t.equals("Document n4"), "the editor");
            browser.click("#delete-doc");
            browser.awaitText("#page-info", t -> t.equals("1–2 of 3"), "the deleted document gone");
            String export = (String) browser.script("return document.getElementById('export').href");
            assertThat(console.http.get(URI.create(export).getPath()).text().lines())
                    .containsExactly("{\"_id\":\"n1\",\"rank\":1}", "{\"_id\":\"n2\",\"rank\":2}",
                            "{\"_id\":\"n3\",\"rank\":3}");
            browser.screenshot(SHOTS.resolve("collections-paged.png"));

            browser.click("button[data-tab=storage]");
            browser.awaitText("#files", t -> t.contains("img/logo.png"), "the stored files");
            Path upload = Files.writeString(dir.resolve("hello.txt"), "hello files");
            browser.attach("#upload-file", upload);
            browser.type("#upload-path", "docs/hello.txt");
            browser.click("#upload button");
            browser.awaitText("#files", t -> t.contains("docs/hello.txt 11"), "the uploaded file");
            String download = (String) browser.script("return document.querySelector('#files tbody tr:first-child"
                    + " a').href");
            assertThat(console.http.get(download.substring(download.indexOf("/api/"))).text())
                    .isEqualTo("hello files");
            browser.click("#files tbody tr:first-child button");
            String url = browser.awaitText("#temp-url", t -> t.startsWith("http://127.0.0.1:"), "a temporary URL");
            assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).isEqualTo("hello files");
            browser.screenshot(SHOTS.resolve("storage.png"));
            browser.click("#files tbody tr:first-child button:last-child");
            browser.awaitText("#files", t -> !t.contains("docs/hello.txt"), "the deleted file gone");
            assertThat(browser.text("#files")).contains("img/logo.png");

            browser.click("button[data-tab=clock]");
            browser.awaitText("#clock-now", t -> t.contains("2024-03-17T02:20:30"), "the frozen time");
            browser.click("#advance [data-by=PT1H]");
            browser.awaitText("#clock-now", t -> t.contains("2024-03-17T03:20:30"), "an hour later");
            browser.type("#advance-by", "P1D");
            browser.click("#advance > button:last-child");
            browser.awaitText("#clock-badge", t -> t.contains("2024-03-18T03:20:30"), "a day later");
            browser.screenshot(SHOTS.resolve("clock.png"));

            browser.click("button[data-tab=requests]");
            String log = browser.awaitText("#request-log", t -> t.contains("POST /api/clock/advance"), "the log");
            assertThat(log).containsPattern("POST /api/files\\?cloudPath=docs%2Fhello.txt 200 \\d+");
        });
    }
}
