package dev.minicloud.emulator.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.storage.result.DownloadResult;
import dev.minicloud.emulator.storage.result.DownloadStream;
import dev.minicloud.emulator.storage.result.UploadResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** uploadFile and downloadFile, their result shapes and their failures. */
class UploadAndDownloadTest extends StorageTest {

    @Test
    void upload_returns_the_file_id_status_code_minus_1_and_upload_file_ok() {
        UploadResult r = storage.uploadFile("avatars/u1.png", utf8("png"));
        assertThat(r).isEqualTo(new UploadResult("cloud://test-1a2b." + BUCKET + "/avatars/u1.png", -1,
                "uploadFile:ok"));
    }

    @Test
    void the_bucket_is_the_hex_of_two_env_id_characters_the_env_id_and_a_stable_10_digit_appid() {
        assertThat(storage.fileIdOf("a.png")).isEqualTo("cloud://test-1a2b.7465-test-1a2b-1258682538/a.png");
        try (CloudEnvironment demo = CloudEmulator.newEnvironment(configuration().setEnvId("demo-5c0mj").build())) {
            assertThat(demo.storage().fileIdOf("a.png"))
                    .isEqualTo("cloud://demo-5c0mj.6465-demo-5c0mj-1259912638/a.png");
        }
    }

    @Test
    void download_returns_the_content_status_code_200_and_download_file_ok() {
        String fileID = upload("docs/a.txt", "hello");
        assertThat(storage.downloadFile(fileID)).isEqualTo(new DownloadResult(utf8("hello"), 200, "downloadFile:ok"));
    }

    @Test
    void upload_from_a_stream_stores_everything_the_stream_holds() {
        InputStream parts = new SequenceInputStream(new ByteArrayInputStream(utf8("hel")),
                new ByteArrayInputStream(utf8("lo")));
        String fileID = storage.uploadFile("docs/a.txt", parts).fileID();
        assertThat(storage.downloadFile(fileID).fileContent()).isEqualTo(utf8("hello"));
    }

    @Test
    void download_as_a_stream_gives_the_content_and_its_length() throws IOException {
        String fileID = upload("docs/a.txt", "hello");
        try (DownloadStream d = storage.downloadFileAsStream(fileID)) {
            assertThat(d.contentLength()).isEqualTo(5);
            assertThat(d.statusCode()).isEqualTo(200);
            assertThat(d.errMsg()).isEqualTo("downloadFile:ok");
            assertThat(d.fileContent().readAllBytes()).isEqualTo(utf8("hello"));
        }
    }

    @Test
    void a_stream_opened_before_a_delete_keeps_reading_the_old_content() throws IOException {
        String fileID = upload("docs/a.txt", "old");
        try (DownloadStream d = storage.downloadFileAsStream(fileID)) {
            storage.uploadFile("docs/a.txt", utf8("new"));
            storage.deleteFile(List.of(fileID));
            assertThat(d.fileContent().readAllBytes()).isEqualTo(utf8("old"));
        }
    }

    @Test
    void uploading_to_an_existing_path_overwrites_it_and_keeps_the_file_id() {
        String first = upload("docs/a.txt", "one");
        String second = upload("docs/a.txt", "two");
        assertThat(second).isEqualTo(first);
        assertThat(storage.downloadFile(first).fileContent()).isEqualTo(utf8("two"));
    }

    @Test
    void an_empty_file_can_be_uploaded_and_downloaded() {
        String fileID = storage.uploadFile("empty.bin", new byte[0]).fileID();
        assertThat(storage.downloadFile(fileID).fileContent()).isEmpty();
    }

    @Test
    void a_file_and_a_path_below_it_are_different_files_as_in_object_storage() {
        String a = upload("a", "file a");
        String ab = upload("a/b", "file a/b");
        assertThat(storage.downloadFile(a).fileContent()).isEqualTo(utf8("file a"));
        assertThat(storage.downloadFile(ab).fileContent()).isEqualTo(utf8("file a/b"));
    }

    @Test
    void percent_signs_and_non_ascii_characters_stay_in_the_cloud_path() {
        String fileID = upload("报告/100%/%2F.txt", "x");
        assertThat(fileID).endsWith("/报告/100%/%2F.txt");
        assertThat(storage.downloadFile(fileID).fileContent()).isEqualTo(utf8("x"));
        assertThat(storage.snapshot().cloudPaths()).containsExactly("报告/100%/%2F.txt");
    }

    @Test
    void download_of_a_missing_file_fails_with_download_file_fail_and_err_code_minus_1() {
        assertFails(() -> storage.downloadFile(storage.fileIdOf("nope.txt")), -1,
                "downloadFile:fail storage file not exists");
        assertFails(() -> storage.downloadFileAsStream(storage.fileIdOf("nope.txt")), -1,
                "downloadFile:fail storage file not exists");
    }

    @Test
    void download_of_another_environments_file_id_is_refused() {
        assertFails(() -> storage.downloadFile("cloud://other-env.6f74-other-env-1254188669/a.txt"), -1,
                "downloadFile:fail storage permission denied");
    }

    @Test
    void download_of_a_string_that_is_not_a_file_id_fails_with_invalid_parameters() {
        assertFails(() -> storage.downloadFile("a.txt"), -1, "downloadFile:fail invalid parameters");
        assertFails(() -> storage.downloadFile(""), -1, "downloadFile:fail invalid parameters");
    }

    @Test
    void download_without_a_file_id_fails_with_the_sdk_parameter_message() {
        assertThatThrownBy(() -> storage.downloadFile(null)).isInstanceOfSatisfying(CloudException.class, e -> {
            assertThat(e.errCode()).isEqualTo(-1);
            assertThat(e.errMsg()).isEqualTo("parameter.fileID should be string instead of null;");
        });
    }

    @Test
    void upload_without_content_fails_as_wx_server_sdk_does() {
        assertFails(() -> storage.uploadFile("a.txt", (byte[]) null), -1,
                "uploadFile:fail Type of fileContent must be fs.ReadStream instead of undefined");
        assertFails(() -> storage.uploadFile("a.txt", (InputStream) null), -1,
                "uploadFile:fail Type of fileContent must be fs.ReadStream instead of undefined");
    }

    @Test
    void upload_without_a_cloud_path_fails_with_the_sdk_parameter_message() {
        assertFails(() -> storage.uploadFile(null, utf8("x")), -1,
                "parameter.cloudPath should be string instead of null;");
    }

    @Test
    void a_stream_that_fails_fails_the_upload_and_leaves_the_old_file() {
        String fileID = upload("docs/a.txt", "old");
        InputStream broken = new SequenceInputStream(new ByteArrayInputStream(utf8("partial")), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk on fire");
            }
        });
        assertFails(() -> storage.uploadFile("docs/a.txt", broken), -1, "uploadFile:fail disk on fire");
        assertThat(storage.downloadFile(fileID).fileContent()).isEqualTo(utf8("old"));
        assertThat(storage.snapshot().cloudPaths()).containsExactly("docs/a.txt");
    }

    @Test
    void downloaded_bytes_are_the_callers_to_change() {
        String fileID = upload("docs/a.txt", "abc");
        storage.downloadFile(fileID).fileContent()[0] = 'X';
        assertThat(storage.downloadFile(fileID).fileContent()).isEqualTo(utf8("abc"));
    }
}
