package dev.minicloud.emulator.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.base.Permission;
import dev.minicloud.emulator.storage.result.DeleteFileResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The storage from the client: files judged by their uploader under the storage's permission. */
class ClientStorageTest extends ClientTestSupport {
    private static final String DENIED = ":fail -503002 storage permission denied";

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private String aliceUploads(String cloudPath) {
        var r = alice.uploadFile(cloudPath, bytes("alice's"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.errMsg()).isEqualTo("cloud.uploadFile:ok");
        return r.fileID();
    }

    @Test
    void by_default_everyone_reads_and_only_the_uploader_changes_a_file() {
        start(EmulatorConfiguration.builder());
        String fileID = aliceUploads("avatars/a.png");
        assertThat(bob.downloadFile(fileID).fileContent()).isEqualTo(bytes("alice's"));
        assertThat(bob.downloadFile(fileID).errMsg()).isEqualTo("cloud.downloadFile:ok");
        var url = bob.getTempFileURL(fileID);
        assertThat(url.errMsg()).isEqualTo("cloud.getTempFileURL:ok");
        assertThat(url.fileList().get(0).tempFileURL()).isNotEmpty();

        assertThat(error(() -> bob.uploadFile("avatars/a.png", bytes("bob's"))).errMsg())
                .isEqualTo("cloud.uploadFile" + DENIED);
        var refused = bob.deleteFile(List.of(fileID));
        assertThat(refused.errMsg()).isEqualTo("cloud.deleteFile:ok");
        assertThat(refused.fileList().get(0).status()).isEqualTo(-1);
        assertThat(refused.fileList().get(0).errMsg()).isEqualTo("STORAGE_EXCEED_AUTHORITY");
        assertThat(env.storage().downloadFile(fileID).fileContent()).isEqualTo(bytes("alice's"));

        assertThat(alice.uploadFile("avatars/a.png", bytes("again")).errMsg()).isEqualTo("cloud.uploadFile:ok");
        assertThat(alice.deleteFile(List.of(fileID)).fileList().get(0).status()).isZero();
        var missing = alice.deleteFile(List.of(fileID));
        assertThat(missing.fileList().get(0).errMsg()).isEqualTo("STORAGE_FILE_NONEXIST");
    }

    @Test
    void files_an_admin_wrote_are_readable_but_never_changeable_by_a_client() {
        start(EmulatorConfiguration.builder());
        String fileID = env.storage().uploadFile("site/banner.png", bytes("admin's")).fileID();
        assertThat(alice.downloadFile(fileID).fileContent()).isEqualTo(bytes("admin's"));
        assertThat(alice.deleteFile(List.of(fileID)).fileList().get(0).errMsg()).isEqualTo("STORAGE_EXCEED_AUTHORITY");
        assertThat(error(() -> alice.uploadFile("site/banner.png", bytes("x"))).errCode()).isEqualTo(-503002);
    }

    @Test
    void an_admin_overwrite_takes_the_file_away_from_its_uploader() {
        start(EmulatorConfiguration.builder());
        aliceUploads("a.txt");
        env.storage().uploadFile("a.txt", bytes("admin's"));
        assertThat(error(() -> alice.uploadFile("a.txt", bytes("mine again"))).errCode()).isEqualTo(-503002);
    }

    @Test
    void private_files_are_invisible_to_other_users() {
        start(EmulatorConfiguration.builder().setStoragePermission(Permission.PRIVATE));
        String fileID = aliceUploads("private/a.txt");
        assertThat(alice.downloadFile(fileID).fileContent()).isEqualTo(bytes("alice's"));
        assertThat(error(() -> bob.downloadFile(fileID)).errMsg()).isEqualTo("cloud.downloadFile" + DENIED);
        var url = bob.getTempFileURL(fileID).fileList().get(0);
        assertThat(url.tempFileURL()).isEmpty();
        assertThat(url.status()).isEqualTo(-1);
        assertThat(url.errMsg()).isEqualTo("STORAGE_EXCEED_AUTHORITY");
    }

    @Test
    void adminwrite_refuses_uploads_and_adminonly_refuses_downloads() {
        start(EmulatorConfiguration.builder().setStoragePermission(Permission.ADMINWRITE));
        assertThat(error(() -> alice.uploadFile("a.txt", bytes("x"))).errCode()).isEqualTo(-503002);
        String fileID = env.storage().uploadFile("a.txt", bytes("admin's")).fileID();
        assertThat(alice.downloadFile(fileID).fileContent()).isEqualTo(bytes("admin's"));
        close();
        start(EmulatorConfiguration.builder().setStoragePermission(Permission.ADMINONLY));
        String hidden = env.storage().uploadFile("a.txt", bytes("admin's")).fileID();
        assertThat(error(() -> alice.downloadFile(hidden)).errCode()).isEqualTo(-503002);
    }

    @Test
    void custom_storage_rules_judge_resource_openid_and_auth() {
        start(EmulatorConfiguration.builder().setStorageSecurityRules(
                "{\"read\": \"auth != null\", \"write\": \"resource.openid == auth.openid\"}"));
        String fileID = aliceUploads("a.txt");
        assertThat(bob.downloadFile(fileID).fileContent()).isEqualTo(bytes("alice's"));
        assertThat(error(() -> nobody.downloadFile(fileID)).errCode()).isEqualTo(-503002);
        assertThat(error(() -> bob.uploadFile("a.txt", bytes("bob's"))).errCode()).isEqualTo(-503002);
        assertThat(alice.uploadFile("a.txt", bytes("mine")).errMsg()).isEqualTo("cloud.uploadFile:ok");
    }

    @Test
    void whole_call_failures_carry_the_clients_prefix() {
        start(EmulatorConfiguration.builder());
        assertThat(error(() -> alice.uploadFile("a\\b.txt", bytes("x"))).errMsg()).startsWith("cloud.uploadFile:fail");
        assertThat(error(() -> alice.downloadFile(env.storage().fileIdOf("none.txt"))).errMsg())
                .startsWith("cloud.downloadFile:fail");
        assertThat(alice.getTempFileURL(List.of(Map.of("fileID", env.storage().fileIdOf("none.txt"), "maxAge", 60)))
                .fileList().get(0).errMsg()).isEqualTo("STORAGE_FILE_NONEXIST");
    }

    @Test
    void the_temporary_url_example_gives_an_ok_item_and_a_failed_one_with_its_max_age() {
        start(EmulatorConfiguration.builder());
        String fileID = aliceUploads("a.png");
        assertThat(fileID).isEqualTo(env.storage().fileIdOf("a.png")).startsWith("cloud://").endsWith("/a.png");
        String missing = env.storage().fileIdOf("missing.png");
        var r = bob.getTempFileURL(List.of(fileID, Map.of("fileID", missing, "maxAge", 3600)));
        assertThat(r.errMsg()).isEqualTo("cloud.getTempFileURL:ok");
        var ok = r.fileList().get(0);
        assertThat(ok.fileID()).isEqualTo(fileID);
        assertThat(ok.status()).isZero();
        assertThat(ok.errMsg()).isEqualTo("ok");
        assertThat(ok.tempFileURL()).contains("/a.png?sign=");
        var failed = r.fileList().get(1);
        assertThat(failed.fileID()).isEqualTo(missing);
        assertThat(failed.tempFileURL()).isEmpty();
        assertThat(failed.maxAge()).isEqualTo(3600);
        assertThat(failed.status()).isNotZero();
        assertThat(failed.errMsg()).isEqualTo("STORAGE_FILE_NONEXIST");
    }

    @Test
    void deleting_a_missing_file_fails_its_item_with_status_minus_one_inside_an_ok_answer() {
        start(EmulatorConfiguration.builder());
        String fileID = aliceUploads("a.png");
        String missing = env.storage().fileIdOf("missing.png");
        var r = alice.deleteFile(List.of(fileID, missing));
        assertThat(r.errMsg()).isEqualTo("cloud.deleteFile:ok");
        assertThat(r.fileList()).containsExactly(new DeleteFileResult.Item(fileID, 0, "ok"),
                new DeleteFileResult.Item(missing, -1, "STORAGE_FILE_NONEXIST"));
    }

    @Test
    void a_client_call_names_at_most_50_files() {
        start(EmulatorConfiguration.builder());
        List<String> many = java.util.stream.IntStream.range(0, 51)
                .mapToObj(i -> env.storage().fileIdOf("f" + i + ".png")).toList();
        assertThat(error(() -> alice.deleteFile(many)).errMsg()).startsWith("cloud.deleteFile:fail");
        assertThat(error(() -> alice.getTempFileURL(many)).errMsg()).startsWith("cloud.getTempFileURL:fail");
        assertThat(alice.deleteFile(many.subList(0, 50)).fileList()).hasSize(50);
    }
}
