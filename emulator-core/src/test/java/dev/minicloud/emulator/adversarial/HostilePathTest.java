package dev.minicloud.emulator.adversarial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.storage.Storage;
import dev.minicloud.emulator.storage.StorageSnapshot;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile paths: cloudPaths and fileIDs built to leave the storage (or the data directory's storage folder), and
 * symbolic links built to lead {@code require}, {@code fs}, seeds and data directories out of their folders. Each
 * test is named after the attack it stops.
 */
class HostilePathTest {
    @TempDir
    Path dir;

    // ------------------------------------------------------------------------------------------ cloudPaths

    @ParameterizedTest
    @ValueSource(strings = {"..\\..\\evil.txt", "a\\b.txt", "img\\..\\..\\..\\evil.txt"})
    void a_backslash_cannot_smuggle_a_windows_separator_into_a_cloud_path(String cloudPath) {
        assertRejected(cloudPath, "must not contain '\\'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"C:/Windows/evil.txt", "c:evil.txt", "a/b.txt:stream", "C:"})
    void a_drive_letter_or_colon_cannot_name_another_drive_or_stream(String cloudPath) {
        assertRejected(cloudPath, "must not contain ':'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.txt", "a/../../evil.txt", "a/..", "..", ".", "a/./b"})
    void dot_dot_and_dot_segments_cannot_climb_out_of_the_storage(String cloudPath) {
        assertRejected(cloudPath, "must not contain '.' or '..' segments");
    }

    @Test
    void an_absolute_cloud_path_cannot_name_a_host_file() {
        assertRejected("/etc/passwd", "must not start with '/'");
    }

    @Test
    void a_nul_character_cannot_truncate_a_cloud_path() {
        assertRejected("safe.txt\u0000.png", "must not contain control characters");
    }

    @Test
    void a_very_long_cloud_path_is_refused_before_anything_is_stored() {
        String cloudPath = "a/".repeat(50_000) + "b";
        assertRejected(cloudPath, "must be at most 850 bytes in UTF-8, got " + cloudPath.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a//b.txt", "a/", "//a"})
    void empty_segments_cannot_be_stored(String cloudPath) {
        try (CloudEnvironment env = CloudEmulator.newEnvironment(EmulatorConfiguration.builder().build())) {
            assertThatThrownBy(() -> env.storage().uploadFile(cloudPath, bytes("x")))
                    .isInstanceOfSatisfying(CloudException.class, e -> assertThat(e.errCode()).isEqualTo(-1));
            assertThat(env.storage().snapshot().cloudPaths()).isEmpty();
        }
    }

    @Test
    void a_file_id_with_dot_dot_segments_reads_deletes_and_links_nothing() {
        try (CloudEnvironment env = CloudEmulator.newEnvironment(EmulatorConfiguration.builder().build())) {
            Storage storage = env.storage();
            storage.uploadFile("a/secret.txt", bytes("secret"));
            String climbing = storage.fileIdOf("a/secret.txt").replace("a/secret.txt", "b/../a/secret.txt");
            assertThatThrownBy(() -> storage.downloadFile(climbing)).isInstanceOfSatisfying(CloudException.class,
                    e -> assertThat(e.errMsg()).isEqualTo("downloadFile:fail storage file not exists"));
            assertThat(storage.getTempFileURL(climbing).fileList().get(0).status()).isEqualTo(-503003);
            assertThat(storage.deleteFile(List.of(climbing)).fileList().get(0).status()).isEqualTo(-503003);
            assertThat(storage.snapshot().cloudPaths()).containsExactly("a/secret.txt");
        }
    }

    @Test
    void a_temp_url_with_dot_dot_segments_is_refused_by_the_url_server() throws Exception {
        try (CloudEnvironment env = CloudEmulator.newEnvironment(EmulatorConfiguration.builder().build())) {
            String fileID = env.storage().uploadFile("a/b.txt", bytes("b")).fileID();
            String url = env.storage().getTempFileURL(fileID).fileList().get(0).tempFileURL();
            String climbing = url.replace("/a/b.txt?", "/a/%2E%2E/%2E%2E/b.txt?");
            assertThat(get(climbing).statusCode()).isEqualTo(403);
            assertThat(get(url).body()).isEqualTo(bytes("b"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u2024\u2024/x.txt", "\uFF0E\uFF0E/x.txt", "%2e%2e/x.txt", "\u2025/x.txt"})
    void lookalike_dots_are_plain_names_that_stay_inside_the_storage_folder(String cloudPath) {
        Path data = dir.resolve("data");
        try (CloudEnvironment env = withDataDirectory(data)) {
            env.storage().uploadFile(cloudPath, bytes("x"));
        }
        assertThat(data.resolve("storage").resolve(cloudPath)).hasBinaryContent(bytes("x"));
        assertThat(dir.resolve("x.txt")).doesNotExist();
        assertThat(data.resolve("x.txt")).doesNotExist();
    }

    @Test
    void unicode_normalisation_cannot_make_two_cloud_paths_one_file() {
        String composed = Normalizer.normalize("résumé.txt", Normalizer.Form.NFC);
        String decomposed = Normalizer.normalize("résumé.txt", Normalizer.Form.NFD);
        assertThat(composed).isNotEqualTo(decomposed);
        try (CloudEnvironment env = CloudEmulator.newEnvironment(EmulatorConfiguration.builder().build())) {
            env.storage().uploadFile(composed, bytes("composed"));
            env.storage().uploadFile(decomposed, bytes("decomposed"));
            assertThat(env.storage().downloadFile(env.storage().fileIdOf(composed)).fileContent())
                    .isEqualTo(bytes("composed"));
            assertThat(env.storage().downloadFile(env.storage().fileIdOf(decomposed)).fileContent())
                    .isEqualTo(bytes("decomposed"));
            assertThat(env.storage().snapshot().cloudPaths()).containsExactlyInAnyOrder(composed, decomposed);
        }
    }

    // ------------------------------------------------------------------------------------------ data directories

    @Test
    void a_linked_folder_in_the_storage_folder_cannot_lead_a_flush_outside() throws IOException {
        Path data = dir.resolve("data");
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.createDirectories(data.resolve("storage"));
        link(data.resolve("storage/img"), outside);
        try (CloudEnvironment env = withDataDirectory(data)) {
            env.storage().uploadFile("img/sub/a.png", bytes("png"));
            assertThatThrownBy(env::flush).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("symbolic link");
            assertThat(outside).isEmptyDirectory();
            env.storage().deleteFile(List.of(env.storage().fileIdOf("img/sub/a.png")));
        }
        assertThat(outside).isEmptyDirectory();
    }

    @Test
    void a_file_in_the_storage_folder_linking_to_a_host_file_is_not_loaded() throws IOException {
        Path data = dir.resolve("data");
        Path secret = Files.writeString(dir.resolve("secret.txt"), "host secret");
        Files.createDirectories(data.resolve("storage"));
        link(data.resolve("storage/stolen.txt"), secret);
        assertThatThrownBy(() -> withDataDirectory(data)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside its folder");
    }

    @Test
    void a_seed_folder_file_linking_to_a_host_file_is_not_read() throws IOException {
        Path seed = Files.createDirectories(dir.resolve("seed"));
        Path secret = Files.writeString(dir.resolve("secret.txt"), "host secret");
        Files.writeString(seed.resolve("ok.txt"), "ok");
        link(seed.resolve("stolen.txt"), secret);
        assertThatThrownBy(() -> StorageSnapshot.fromFolder(seed)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside its folder");
    }

    @Test
    void a_storage_folder_file_named_with_a_backslash_is_refused_when_loaded() throws IOException {
        Assumptions.assumeTrue(dir.getFileSystem().getSeparator().equals("/"), "only a POSIX name holds a '\\'");
        Path data = dir.resolve("data");
        Files.createDirectories(data.resolve("storage"));
        Files.writeString(data.resolve("storage/..\\..\\evil.txt"), "x");
        assertThatThrownBy(() -> withDataDirectory(data)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must not contain '\\'");
    }

    @Test
    void a_name_too_long_for_the_host_is_refused_by_flush_before_anything_is_written() {
        Path data = dir.resolve("data");
        String longName = "n".repeat(256);
        try (CloudEnvironment env = withDataDirectory(data)) {
            env.storage().uploadFile("first.txt", bytes("1"));
            env.storage().uploadFile("dir/" + longName, bytes("2"));
            assertThatThrownBy(env::flush).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("longer than 255 bytes");
            assertThat(data.resolve("storage/first.txt")).doesNotExist();
            env.storage().deleteFile(List.of(env.storage().fileIdOf("dir/" + longName)));
        }
        assertThat(data.resolve("storage/first.txt")).hasBinaryContent(bytes("1"));
    }

    // ------------------------------------------------------------------------------------------ functions

    @Test
    void require_cannot_follow_a_node_modules_link_to_a_host_folder() throws IOException {
        Path outside = outside("index.js", "module.exports = 'escaped';");
        Path fn = function("exports.main = async () => require('x');");
        Files.createDirectories(fn.resolve("node_modules"));
        link(fn.resolve("node_modules/x"), outside);
        assertCannotFind(call(), "x");
    }

    @Test
    void require_cannot_read_json_through_a_linked_folder() throws IOException {
        Path outside = outside("file.json", "{\"secret\": true}");
        Path fn = function("exports.main = async () => require('./link/file.json');");
        link(fn.resolve("link"), outside);
        assertCannotFind(call(), "./link/file.json");
    }

    @Test
    void require_cannot_run_a_module_file_that_links_to_a_host_file() throws IOException {
        Path evil = Files.writeString(dir.resolve("evil.js"), "module.exports = 'escaped';");
        Path fn = function("exports.main = async () => require('./evil');");
        link(fn.resolve("evil.js"), evil);
        assertCannotFind(call(), "./evil");
    }

    @Test
    void require_cannot_reach_a_host_file_through_a_linked_package_json() throws IOException {
        Path outside = outside("package.json", "{\"main\": \"lib.js\"}");
        Path fn = function("exports.main = async () => require('pkg');");
        Path pkg = Files.createDirectories(fn.resolve("node_modules/pkg"));
        Files.writeString(pkg.resolve("lib.js"), "module.exports = 'main from a host package.json';");
        Files.writeString(pkg.resolve("index.js"), "module.exports = 'index';");
        link(pkg.resolve("package.json"), outside.resolve("package.json"));
        FunctionResult r = call();
        assertThat(r.errMsg()).as(r.errorStack()).isEqualTo("callFunction:ok");
        assertThat(r.result()).isEqualTo("index");
    }

    @Test
    void fs_cannot_read_through_a_link_to_a_host_folder() throws IOException {
        Path outside = outside("secret.txt", "host secret");
        Path fn = function("const fs = require('fs');\n"
                + "exports.main = async () => fs.readFileSync('./link/secret.txt', 'utf8');");
        link(fn.resolve("link"), outside);
        FunctionResult r = call();
        assertThat(r.errCode()).isEqualTo(-504002);
        assertThat(r.errMsg()).contains("EACCES").doesNotContain("host secret");
    }

    @Test
    void links_inside_the_function_folder_keep_pnpm_layouts_working() throws IOException {
        Path fn = function("exports.main = async () => require('x');");
        Path store = fn.resolve("node_modules/.pnpm");
        Path x = Files.createDirectories(store.resolve("x@1.0.0/node_modules/x"));
        Files.writeString(x.resolve("package.json"), "{\"main\": \"lib/x.js\"}");
        Files.createDirectories(x.resolve("lib"));
        Files.writeString(x.resolve("lib/x.js"), "module.exports = 'x uses ' + require('y');");
        Path y = Files.createDirectories(store.resolve("y@2.0.0/node_modules/y"));
        Files.writeString(y.resolve("index.js"), "module.exports = 'y';");
        link(store.resolve("x@1.0.0/node_modules/y"), Path.of("../../y@2.0.0/node_modules/y"));
        link(fn.resolve("node_modules/x"), Path.of(".pnpm/x@1.0.0/node_modules/x"));
        FunctionResult r = call();
        assertThat(r.errMsg()).as(r.errorStack()).isEqualTo("callFunction:ok");
        assertThat(r.result()).isEqualTo("x uses y");
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static void assertRejected(String cloudPath, String problem) {
        try (CloudEnvironment env = CloudEmulator.newEnvironment(EmulatorConfiguration.builder().build())) {
            assertThatThrownBy(() -> env.storage().uploadFile(cloudPath, bytes("x")))
                    .isInstanceOfSatisfying(CloudException.class, e -> {
                        assertThat(e.errCode()).isEqualTo(-1);
                        assertThat(e.errMsg()).isEqualTo("uploadFile:fail cloudPath (" + cloudPath + ") " + problem);
                    });
            assertThat(env.storage().snapshot().cloudPaths()).isEmpty();
        }
    }

    private CloudEnvironment withDataDirectory(Path data) {
        return CloudEmulator.newEnvironment(EmulatorConfiguration.builder().setDataDirectory(data).build());
    }

    /** The folder {@code <dir>/outside}, beside the function root, holding {@code file}. */
    private Path outside(String file, String content) throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve(file), content);
        return outside;
    }

    /** A function {@code fn} under {@code <dir>/fns} whose index.js is {@code source}. */
    private Path function(String source) throws IOException {
        Path fn = Files.createDirectories(dir.resolve("fns/fn"));
        Files.writeString(fn.resolve("index.js"), source);
        return fn;
    }

    private FunctionResult call() {
        try (CloudEnvironment env = CloudEmulator.newEnvironment(
                EmulatorConfiguration.builder().addFunctionRoot(dir.resolve("fns")).build())) {
            return env.functions().call("fn", Map.of());
        }
    }

    private static void assertCannotFind(FunctionResult r, String request) {
        assertThat(r.errCode()).isEqualTo(-504002);
        assertThat(r.errMsg()).contains("Cannot find module '" + request + "'").doesNotContain("escaped");
    }

    /** Creates a symbolic link, or skips the test where the file system refuses them. */
    private static void link(Path link, Path target) throws IOException {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | FileSystemException e) {
            Assumptions.abort("this file system refuses symbolic links: " + e);
        }
    }

    private static HttpResponse<byte[]> get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
