package dev.minicloud.emulator.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.storage.result.GetTempFileURLResult;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * getTempFileURL returns URLs that really serve the files, over HTTP, until the
 * environment's clock passes their expiry.
 */
class TempFileUrlTest extends StorageTest {

    @Test
    void get_temp_file_url_returns_a_signed_url_with_the_default_max_age_of_600_seconds() {
        String fileID = upload("docs/a.txt", "hello");
        GetTempFileURLResult r = storage.getTempFileURL(fileID);
        assertThat(r.errMsg()).isEqualTo("getTempFileURL:ok");
        GetTempFileURLResult.Item item = r.fileList().get(0);
        assertThat(item.fileID()).isEqualTo(fileID);
        assertThat(item.status()).isZero();
        assertThat(item.errMsg()).isEqualTo("ok");
        assertThat(item.maxAge()).isEqualTo(600);
        assertThat(item.tempFileURL()).matches("http://127\\.0\\.0\\.1:[0-9]+/" + BUCKET
                + "/docs/a\\.txt\\?sign=[0-9a-f]{32}&t=" + (NOW.getEpochSecond() + 600));
    }

    @Test
    void a_temp_url_serves_the_file_with_its_length_and_content_type() throws Exception {
        String fileID = storage.uploadFile("img/logo.png", utf8("not really a png")).fileID();
        HttpResponse<byte[]> response = get(tempUrl(fileID));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(utf8("not really a png"));
        assertThat(response.headers().firstValue("Content-Length")).hasValue("16");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
    }

    @Test
    void a_temp_url_works_until_its_expiry_by_the_environment_clock_then_answers_403() throws Exception {
        String url = tempUrl(upload("docs/a.txt", "hello"));
        env.clock().advance(Duration.ofSeconds(599));
        assertThat(get(url).statusCode()).isEqualTo(200);
        env.clock().advance(Duration.ofSeconds(1));
        HttpResponse<byte[]> expired = get(url);
        assertThat(expired.statusCode()).isEqualTo(403);
        assertThat(new String(expired.body(), StandardCharsets.UTF_8)).contains("<Code>AccessDenied</Code>")
                .contains("<Message>Request has expired</Message>");
    }

    @Test
    void max_age_sets_the_lifetime_of_the_url() throws Exception {
        String fileID = upload("docs/a.txt", "hello");
        GetTempFileURLResult.Item item = storage.getTempFileURL(List.of(new TempFileRequest(fileID, 3600)))
                .fileList().get(0);
        assertThat(item.maxAge()).isEqualTo(3600);
        assertThat(item.tempFileURL()).endsWith("&t=" + (NOW.getEpochSecond() + 3600));
        env.clock().advance(Duration.ofMinutes(59));
        assertThat(get(item.tempFileURL()).statusCode()).isEqualTo(200);
        env.clock().advance(Duration.ofMinutes(1));
        assertThat(get(item.tempFileURL()).statusCode()).isEqualTo(403);
    }

    @Test
    void get_temp_file_url_of_a_missing_file_reports_status_minus_503003_inside_an_ok_response() {
        String present = upload("a.txt", "a");
        String missing = storage.fileIdOf("missing.png");
        GetTempFileURLResult r = storage.getTempFileURL(List.of(present, new TempFileRequest(missing, 3600)));
        assertThat(r.errMsg()).isEqualTo("getTempFileURL:ok");
        assertThat(r.fileList().get(0).status()).isZero();
        assertThat(r.fileList().get(1))
                .isEqualTo(new GetTempFileURLResult.Item(missing, "", 3600, -503003, "storage file not exists"));
    }

    @Test
    void get_temp_file_url_of_another_environments_file_reports_status_minus_503002() {
        String other = "cloud://other-env.6f74-other-env-1254188669/a.txt";
        assertThat(storage.getTempFileURL(other).fileList())
                .containsExactly(new GetTempFileURLResult.Item(other, "", 600, -503002, "storage permission denied"));
    }

    @Test
    void get_temp_file_url_of_a_string_that_is_not_a_file_id_reports_status_minus_501007() {
        assertThat(storage.getTempFileURL("https://example.com/a.png").fileList()).containsExactly(
                new GetTempFileURLResult.Item("https://example.com/a.png", "", 600, -501007, "invalid parameters"));
    }

    @Test
    void a_tampered_signature_or_expiry_answers_403() throws Exception {
        String url = tempUrl(upload("docs/a.txt", "hello"));
        String sign = url.substring(url.indexOf("sign=") + 5, url.indexOf("&t="));
        String flipped = (sign.charAt(0) == '0' ? "1" : "0") + sign.substring(1);
        HttpResponse<byte[]> tampered = get(url.replace(sign, flipped));
        assertThat(tampered.statusCode()).isEqualTo(403);
        assertThat(new String(tampered.body(), StandardCharsets.UTF_8)).contains("<Code>SignatureDoesNotMatch</Code>");
        long t = NOW.getEpochSecond() + 600;
        assertThat(get(url.replace("&t=" + t, "&t=" + (t + 86400))).statusCode()).isEqualTo(403);
        assertThat(get(url.substring(0, url.indexOf('?'))).statusCode()).isEqualTo(403);
    }

    @Test
    void a_signature_is_bound_to_its_file() throws Exception {
        String a = tempUrl(upload("a.txt", "a"));
        upload("b.txt", "b");
        assertThat(get(a.replace("/a.txt?", "/b.txt?")).statusCode()).isEqualTo(403);
    }

    @Test
    void a_temp_url_of_a_deleted_file_answers_404() throws Exception {
        String fileID = upload("docs/a.txt", "hello");
        String url = tempUrl(fileID);
        storage.deleteFile(List.of(fileID));
        HttpResponse<byte[]> response = get(url);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("<Code>NoSuchKey</Code>");
    }

    @Test
    void a_temp_url_serves_the_current_content_of_an_overwritten_file() throws Exception {
        String url = tempUrl(upload("docs/a.txt", "one"));
        upload("docs/a.txt", "two");
        assertThat(get(url).body()).isEqualTo(utf8("two"));
    }

    @Test
    void non_ascii_and_reserved_characters_are_percent_encoded_in_the_url() throws Exception {
        String url = tempUrl(upload("报告/a b#?&.txt", "x"));
        assertThat(url).contains("/" + BUCKET + "/%E6%8A%A5%E5%91%8A/a%20b%23%3F%26.txt?sign=");
        assertThat(get(url).body()).isEqualTo(utf8("x"));
    }

    @Test
    void an_empty_file_is_served_with_content_length_0() throws Exception {
        HttpResponse<byte[]> response = get(tempUrl(storage.uploadFile("empty.txt", new byte[0]).fileID()));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers().firstValue("Content-Length")).hasValue("0");
    }

    @Test
    void head_answers_the_length_and_type_without_a_body() throws Exception {
        String url = tempUrl(upload("docs/a.json", "{\"a\": 1}"));
        HttpResponse<Void> response = http().send(HttpRequest.newBuilder(URI.create(url))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Length")).hasValue("8");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    }

    @Test
    void other_methods_answer_405() throws Exception {
        String url = tempUrl(upload("docs/a.txt", "hello"));
        HttpResponse<Void> response = http().send(HttpRequest.newBuilder(URI.create(url))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(405);
    }

    @Test
    void more_than_50_files_fail_the_whole_call() {
        List<String> fileIDs = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            fileIDs.add(storage.fileIdOf("f" + i));
        }
        assertFails(() -> storage.getTempFileURL(fileIDs), -1,
                "getTempFileURL:fail fileList must not hold more than 50 files, got 51");
        assertThat(storage.getTempFileURL(fileIDs.subList(0, 50)).fileList()).hasSize(50);
    }

    @Test
    void a_max_age_below_one_second_fails_the_whole_call() {
        String fileID = upload("a.txt", "a");
        assertFails(() -> storage.getTempFileURL(List.of(fileID, new TempFileRequest(fileID, 0))), -1,
                "getTempFileURL:fail maxAge of fileList[1] must be a positive number of seconds, got 0");
    }

    @Test
    void items_that_are_neither_file_ids_nor_requests_fail_the_whole_call() {
        assertFails(() -> storage.getTempFileURL(List.of(42)), -1,
                "getTempFileURL:fail fileList的元素如果不是对象，则必须是字符串");
        assertFails(() -> storage.getTempFileURL(List.of(Map.of("fileID", "x"))), -1,
                "getTempFileURL:fail fileList 的元素如果是对象，必须是包含 fileID 和 maxAge 的对象");
        assertFails(() -> storage.getTempFileURL((List<?>) null), -1,
                "parameter.fileList should be array instead of null;");
    }

    @Test
    void a_temp_url_of_a_closed_environment_answers_403() throws Exception {
        String url = tempUrl(upload("docs/a.txt", "hello"));
        assertThat(get(url).statusCode()).isEqualTo(200);
        env.close();
        HttpResponse<byte[]> closed = get(url);
        assertThat(closed.statusCode()).isEqualTo(403);
        assertThat(new String(closed.body(), StandardCharsets.UTF_8)).contains("<Code>SignatureDoesNotMatch</Code>");
    }

    @Test
    void a_url_of_another_bucket_answers_403() throws Exception {
        String url = tempUrl(upload("docs/a.txt", "hello"));
        HttpResponse<byte[]> response = get(url.replace("/" + BUCKET + "/", "/6f74-other-env-1254188669/"));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("<Code>SignatureDoesNotMatch</Code>");
    }

    @Test
    void a_path_without_a_bucket_answers_404() throws Exception {
        String url = tempUrl(upload("docs/a.txt", "hello"));
        HttpResponse<byte[]> response = get(url.substring(0, url.indexOf("/" + BUCKET + "/")) + "/nothing");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("<Code>NoSuchBucket</Code>");
    }
}
