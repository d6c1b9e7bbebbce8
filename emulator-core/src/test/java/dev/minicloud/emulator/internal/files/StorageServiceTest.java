package dev.minicloud.emulator.internal.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.VirtualClock;
import dev.minicloud.emulator.storage.result.GetTempFileURLResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The seam wx-server-sdk calls: plain values as a JavaScript bridge hands them over, including the shapes only
 * JavaScript can produce, checked with the SDK's messages.
 */
class StorageServiceTest {
    private static final Instant NOW = Instant.parse("2024-03-17T02:20:30Z");

    private final StorageService service = new StorageService("test-1a2b", VirtualClock.fixed(NOW), 1024, null);

    @AfterEach
    void close() {
        service.close();
    }

    @Test
    void get_temp_file_url_takes_objects_with_file_id_and_a_numeric_max_age() {
        String fileID = upload("a.txt");
        GetTempFileURLResult r = service.getTempFileURL(List.of(Map.of("fileID", fileID, "maxAge", 3600.7),
                Map.of("fileID", fileID, "maxAge", 60)));
        assertThat(r.fileList()).extracting(GetTempFileURLResult.Item::maxAge).containsExactly(3600L, 60L);
        assertThat(r.fileList().get(0).tempFileURL()).endsWith("&t=" + (NOW.getEpochSecond() + 3600));
    }

    @Test
    void an_object_item_needs_both_file_id_and_max_age() {
        assertFails(() -> service.getTempFileURL(List.of(Map.of("maxAge", 60))),
                "getTempFileURL:fail fileList 的元素如果是对象，必须是包含 fileID 和 maxAge 的对象");
        assertFails(() -> service.getTempFileURL(List.of(Map.of("fileID", 7, "maxAge", 60))),
                "getTempFileURL:fail Type of fileList[0].fileID must be string instead of number");
        assertFails(() -> service.getTempFileURL(List.of(Map.of("fileID", "x", "maxAge", "60"))),
                "getTempFileURL:fail maxAge of fileList[0] must be a positive number of seconds, got 60");
        assertFails(() -> service.getTempFileURL(List.of(Map.of("fileID", "x", "maxAge", Double.NaN))),
                "getTempFileURL:fail maxAge of fileList[0] must be a positive number of seconds, got NaN");
    }

    @Test
    void a_huge_max_age_never_overflows_the_expiry() throws Exception {
        String fileID = upload("a.txt");
        GetTempFileURLResult.Item item = service.getTempFileURL(List.of(Map.of("fileID", fileID, "maxAge",
                Long.MAX_VALUE))).fileList().get(0);
        assertThat(item.tempFileURL()).endsWith("&t=" + Long.MAX_VALUE);
        HttpResponse<Void> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(item.tempFileURL())).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void arguments_of_the_wrong_javascript_type_fail_as_the_sdk_does() {
        assertFails(() -> service.uploadFile(42, new byte[1]),
                "parameter.cloudPath should be string instead of number;");
        assertFails(() -> service.uploadFile("a.txt", "text"),
                "uploadFile:fail [node-sdk] fileContent should be instance of fs.ReadStream or Buffer");
        assertFails(() -> service.downloadFile(List.of()), "parameter.fileID should be string instead of array;");
        assertFails(() -> service.deleteFile("cloud://x"), "parameter.fileList should be array instead of string;");
        assertFails(() -> service.deleteFile(List.of(Map.of())),
                "deleteFile:fail Type of fileList[0] must be string instead of object");
        assertFails(() -> service.getTempFileURL(Map.of()), "parameter.fileList should be array instead of object;");
    }

    @Test
    void the_bucket_and_file_ids_follow_the_env_id() {
        assertThat(service.bucket()).isEqualTo("7465-test-1a2b-1258682538");
        assertThat(service.fileIdOf("a/b.png")).isEqualTo("cloud://test-1a2b.7465-test-1a2b-1258682538/a/b.png");
    }

    @Test
    void a_closed_service_refuses_every_call() {
        service.close();
        assertThatThrownBy(() -> service.files()).isInstanceOf(IllegalStateException.class)
                .hasMessage("environment test-1a2b is closed");
        assertThatThrownBy(() -> service.getTempFileURL(List.of())).isInstanceOf(IllegalStateException.class);
    }

    private String upload(String cloudPath) {
        return service.uploadFile(cloudPath, "x".getBytes(StandardCharsets.UTF_8)).fileID();
    }

    private static void assertFails(ThrowingCallable call, String errMsg) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CloudException.class, e -> {
            assertThat(e.errCode()).isEqualTo(-1);
            assertThat(e.errMsg()).isEqualTo(errMsg);
        });
    }
}
