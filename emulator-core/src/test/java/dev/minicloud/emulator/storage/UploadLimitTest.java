package dev.minicloud.emulator.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.storage.result.DownloadStream;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

/** Uploads above the configured size limit fail with -403001 and store nothing; large files stream through. */
class UploadLimitTest extends StorageTest {
    private static final String TOO_LARGE = "uploadFile:fail -403001 exceed upload file size limit. The file is larger"
            + " than 1024 bytes (EmulatorConfiguration.Builder.setMaxUploadBytes)";

    private CloudEnvironment limited() {
        return CloudEmulator.newEnvironment(configuration().setMaxUploadBytes(1024).build());
    }

    @Test
    void an_upload_over_the_limit_fails_with_minus_403001_and_leaves_no_file() {
        try (CloudEnvironment env = limited()) {
            Storage storage = env.storage();
            assertFails(() -> storage.uploadFile("big.bin", new byte[1025]), -403001, TOO_LARGE);
            assertFails(() -> storage.uploadFile("big.bin", new ByteArrayInputStream(new byte[1025])), -403001,
                    TOO_LARGE);
            assertThat(storage.snapshot().cloudPaths()).isEmpty();
        }
    }

    @Test
    void an_upload_of_exactly_the_limit_is_stored() {
        try (CloudEnvironment env = limited()) {
            String fromBytes = env.storage().uploadFile("a.bin", new byte[1024]).fileID();
            String fromStream = env.storage().uploadFile("b.bin", new ByteArrayInputStream(new byte[1024])).fileID();
            assertThat(env.storage().downloadFile(fromBytes).fileContent()).hasSize(1024);
            assertThat(env.storage().downloadFile(fromStream).fileContent()).hasSize(1024);
        }
    }

    @Test
    void an_oversize_overwrite_keeps_the_old_file() {
        try (CloudEnvironment env = limited()) {
            String fileID = env.storage().uploadFile("a.bin", utf8("old")).fileID();
            assertFails(() -> env.storage().uploadFile("a.bin", new ByteArrayInputStream(new byte[4096])), -403001,
                    TOO_LARGE);
            assertThat(env.storage().downloadFile(fileID).fileContent()).isEqualTo(utf8("old"));
        }
    }

    @Test
    void the_default_limit_is_100_mib() {
        assertThat(env.configuration().maxUploadBytes()).isEqualTo(100L * 1024 * 1024);
    }

    @Test
    void a_20_mb_file_uploaded_from_a_stream_downloads_over_http_and_as_a_stream() throws Exception {
        long size = 20L * 1024 * 1024;
        String fileID = storage.uploadFile("videos/big.mp4", new GeneratedStream(size)).fileID();
        byte[] expected = sha256(new GeneratedStream(size));

        HttpResponse<InputStream> response = http().send(HttpRequest.newBuilder(URI.create(tempUrl(fileID))).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Length")).hasValue(Long.toString(size));
        assertThat(response.headers().firstValue("Content-Type")).hasValue("video/mp4");
        assertThat(sha256(response.body())).isEqualTo(expected);

        try (DownloadStream download = storage.downloadFileAsStream(fileID)) {
            assertThat(download.contentLength()).isEqualTo(size);
            assertThat(sha256(download.fileContent())).isEqualTo(expected);
        }
    }

    private static byte[] sha256(InputStream in) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream digesting = new DigestInputStream(in, digest)) {
            digesting.transferTo(OutputStream.nullOutputStream());
        }
        return digest.digest();
    }

    /** A deterministic stream of {@code size} bytes that never exists in memory as a whole. */
    private static final class GeneratedStream extends InputStream {
        private final long size;
        private long position;

        GeneratedStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return position < size ? valueAt(position++) : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - position);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) valueAt(position++);
            }
            return n;
        }

        private static int valueAt(long i) {
            return (int) ((i * 31 + (i >>> 9)) & 0xff);
        }
    }
}
