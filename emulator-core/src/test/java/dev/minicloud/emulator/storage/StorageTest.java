package dev.minicloud.emulator.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.storage.result.GetTempFileURLResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh environment per test, with a frozen clock, and an HTTP client for temporary URLs. */
abstract class StorageTest {
    static final Instant NOW = Instant.parse("2024-03-17T02:20:30Z");
    static final String BUCKET = "7465-test-1a2b-1258682538";

    CloudEnvironment env;
    Storage storage;
    private HttpClient http;

    @BeforeEach
    void startEnvironment() {
        env = CloudEmulator.newEnvironment(configuration().build());
        storage = env.storage();
    }

    @AfterEach
    void closeEnvironment() {
        env.close();
    }

    /** The configuration every test starts from: env id {@code test-1a2b}, clock frozen at {@link #NOW}. */
    static EmulatorConfiguration.Builder configuration() {
        return EmulatorConfiguration.builder().setEnvId("test-1a2b").setStartTime(NOW);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Uploads {@code text} to {@code cloudPath} and returns the fileID. */
    String upload(String cloudPath, String text) {
        return storage.uploadFile(cloudPath, utf8(text)).fileID();
    }

    /** The temporary URL of one file, with the default lifetime. */
    String tempUrl(String fileID) {
        GetTempFileURLResult.Item item = storage.getTempFileURL(fileID).fileList().get(0);
        assertThat(item.status()).as("status of %s", fileID).isZero();
        return item.tempFileURL();
    }

    HttpResponse<byte[]> get(String url) throws IOException, InterruptedException {
        return http().send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        }
        return http;
    }

    static void assertFails(ThrowingCallable call, int errCode, String errMsg) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CloudException.class, e -> {
            assertThat(e.errCode()).isEqualTo(errCode);
            assertThat(e.errMsg()).isEqualTo(errMsg);
        });
    }
}
