package dev.minicloud.emulator.miniprogram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.base.Permission;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A page's local files (the file system manager, the image picker a test feeds) and wx.cloud's storage calls, under
 * the storage's permission exactly as {@code env.client(user)} is.
 */
class MiniProgramFilesTest extends MiniProgramTestSupport {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};

    private void startPrivateStorage() {
        env = CloudEmulator.newEnvironment(EmulatorConfiguration.builder().setStartTime(NOW)
                .setStoragePermission(Permission.PRIVATE).build());
        mp = env.miniProgram(app(), ALICE);
    }

    @Test
    void files_under_USER_DATA_PATH_are_written_and_read_back_in_each_encoding() {
        start();
        Object r = mp.require("utils/files.js").call("roundTrip");

        assertThat(r).isEqualTo(Map.of("text", "jasmine 茶!", "base64", "amFzbWluZSDojLYh",
                "raw", List.of(0, 1, 2, 255), "listing", List.of("2024", "raw.bin")));
        assertThat(new String(mp.localFile("wxfile://usr/notes/2024/a.txt"), StandardCharsets.UTF_8))
                .isEqualTo("jasmine 茶!");
        assertThat(env.miniProgram(app(), ALICE).require("utils/files.js").exports()).isEqualTo(Map.of());
        CloudException other = catchThrowableOfType(CloudException.class,
                () -> env.miniProgram(app(), ALICE).localFile("wxfile://usr/notes/2024/a.txt"));
        assertThat(other.errMsg())
                .isEqualTo("readFile:fail no such file or directory, open wxfile://usr/notes/2024/a.txt");
    }

    @Test
    void file_errors_carry_the_platforms_errMsg_in_callbacks_and_sync_forms() {
        start();
        Object r = mp.require("utils/files.js").call("failures");

        assertThat(r).isEqualTo(Map.of(
                "readMissing", "readFile:fail no such file or directory, open wxfile://usr/missing.txt",
                "readMissingSync", "readFileSync:fail no such file or directory, open wxfile://usr/missing.txt",
                "accessMissing", "access:fail no such file or directory wxfile://usr/missing.txt",
                "unlinkMissing", "unlink:fail no such file or directory wxfile://usr/missing.txt",
                "mkdirTwice", "mkdirSync:fail file already exists wxfile://usr/d",
                "mkdirNoParent", "mkdirSync:fail no such file or directory wxfile://usr/x/y",
                "readdirMissing", "readdirSync:fail no such file or directory wxfile://usr/none",
                "unlinkDir", "unlinkSync:fail operation not permitted, unlink wxfile://usr/d",
                "writeNoParent", "writeFileSync:fail no such file or directory, open wxfile://usr/x/y.txt",
                "noPath", "readFileSync:fail parameter error: parameter.filePath should be String instead of"
                        + " Undefined;"));
    }

    @Test
    void the_users_files_hold_at_most_ten_megabytes_and_a_write_past_it_changes_nothing() {
        start();

        Object r = mp.require("utils/files.js").call("fill", 4, 3);

        String full = "writeFileSync:fail the maximum size of the file storage limit is exceeded";
        assertThat(r).isEqualTo(List.of("ok", "ok", "ok", full, "ok"));
        assertThat(mp.localFile("wxfile://usr/big3.txt")).hasSize(3 * 1024 * 1024);
        assertThat(mp.localFile("wxfile://usr/big0.txt")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/passwd", "wxfile://usr/../../files/a.txt", "wxfile://usr/a/../../../devices",
            "wxfile://tmp_1/../usr", "wxfile://tmp_..", "../../etc/hosts", "file:///etc/passwd", "wxfile://usr\u0000/x",
            "http://tmp/a.png"})
    void a_path_outside_the_mini_programs_own_files_is_refused(String path) {
        start();
        env.storage().uploadFile("a.txt", "secret".getBytes(StandardCharsets.UTF_8));

        Object r = mp.require("utils/files.js").call("hostile", path);

        assertThat(r).isEqualTo(Map.of("read", "readFileSync:fail permission denied, open " + path,
                "write", "writeFileSync:fail permission denied, open " + path,
                "readdir", "readdirSync:fail permission denied, open " + path));
    }

    @Test
    void a_picked_image_is_uploaded_as_the_user_and_owned_by_them() {
        startPrivateStorage();
        mp.choose("cat.png", PNG);

        Object r = mp.require("utils/files.js").call("pickAndUpload", "avatars/o_alice.png");

        String fileID = env.storage().fileIdOf("avatars/o_alice.png");
        assertThat(r).isEqualTo(Map.of("fileID", fileID, "statusCode", 200, "errMsg", "cloud.uploadFile:ok"));
        assertThat(env.storage().downloadFile(fileID).fileContent()).isEqualTo(PNG);
        assertThat(mp.calls("chooseImage")).extracting(WxCall::options).containsExactly(Map.of("count", 1));
        assertThat(env.client(BOB).getTempFileURL(fileID).fileList().get(0).errMsg())
                .isEqualTo("STORAGE_EXCEED_AUTHORITY");
    }

    @Test
    void replacing_another_users_file_fails_the_callback_with_the_clients_errMsg_and_keeps_the_file() {
        startPrivateStorage();
        env.client(BOB).uploadFile("avatars/o_bob.png", "bob".getBytes(StandardCharsets.UTF_8));
        mp.choose("mine.png", PNG);

        Object r = mp.require("utils/files.js").call("uploadWithCallbacks", "avatars/o_bob.png");

        assertThat(r).isEqualTo(Map.of("err", Map.of("errCode", -503002,
                "errMsg", "cloud.uploadFile:fail -503002 storage permission denied"), "progress", List.of()));
        assertThat(env.storage().downloadFile(env.storage().fileIdOf("avatars/o_bob.png")).fileContent())
                .isEqualTo("bob".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void an_upload_task_reports_its_progress_before_success() {
        startPrivateStorage();
        mp.choose("mine.png", PNG);

        Object r = mp.require("utils/files.js").call("uploadWithCallbacks", "avatars/o_alice.png");

        assertThat(r).isEqualTo(Map.of("res", Map.of("fileID", env.storage().fileIdOf("avatars/o_alice.png"),
                "statusCode", 200, "errMsg", "cloud.uploadFile:ok"), "progress", List.of(100)));
    }

    @Test
    void a_picker_with_nothing_placed_fails_as_a_cancelled_one() {
        start();

        Object r = mp.require("utils/files.js").call("uploadWithCallbacks", "a.png");

        assertThat(r).isEqualTo(Map.of("err", Map.of("errMsg", "chooseMedia:fail cancel")));
    }

    @Test
    void a_download_lands_in_a_temporary_file_the_page_can_read_but_not_write() {
        start();
        String fileID = env.storage().uploadFile("docs/hello.txt", "hello, 世界".getBytes(StandardCharsets.UTF_8))
                .fileID();

        Object r = mp.require("utils/files.js").call("download", fileID);

        assertThat(r).isEqualTo(Map.of("r", Map.of("tempFilePath", "wxfile://tmp_1.txt", "statusCode", 200,
                "errMsg", "cloud.downloadFile:ok"), "text", "hello, 世界"));
        assertThat(mp.require("utils/files.js").call("hostile", "wxfile://tmp_1.txt")).isEqualTo(Map.of(
                "read", "ok", "write", "writeFileSync:fail permission denied, open wxfile://tmp_1.txt",
                "readdir", "readdirSync:fail not a directory wxfile://tmp_1.txt"));
    }

    @Test
    void temporary_urls_and_deletes_fail_per_item_for_files_the_user_may_not_touch() {
        startPrivateStorage();
        String bobs = env.client(BOB).uploadFile("b.txt", PNG).fileID();
        String mine = env.client(ALICE).uploadFile("a.txt", PNG).fileID();
        String missing = env.storage().fileIdOf("missing.txt");
        MiniModule files = mp.require("utils/files.js");

        Map<?, ?> urls = (Map<?, ?>) files.call("tempUrls", List.of(mine, bobs, missing));
        Map<?, ?> deleted = (Map<?, ?>) files.call("remove", List.of(bobs, mine));

        assertThat(urls.get("errMsg")).isEqualTo("cloud.getTempFileURL:ok");
        assertThat((List<?>) urls.get("fileList")).extracting("status", "errMsg").containsExactly(
                tuple(0, "ok"), tuple(-1, "STORAGE_EXCEED_AUTHORITY"), tuple(-1, "STORAGE_FILE_NONEXIST"));
        assertThat(deleted).isEqualTo(Map.of("errMsg", "cloud.deleteFile:ok", "fileList", List.of(
                Map.of("fileID", bobs, "status", -1, "errMsg", "STORAGE_EXCEED_AUTHORITY"),
                Map.of("fileID", mine, "status", 0, "errMsg", "ok"))));
        assertThat(env.storage().snapshot().cloudPaths()).containsExactly("b.txt");
    }
}
