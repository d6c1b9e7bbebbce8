package dev.minicloud.emulator.storage.result;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code cloud.downloadFile} for large files: the result's shape with the content as a stream instead of a byte
 * array. The stream reads the file as it was when it was opened, even if it is overwritten or deleted meanwhile.
 * Close it when done:
 *
 * <pre>{@code
 * try (DownloadStream download = storage.downloadFileAsStream(fileID)) {
 *     download.fileContent().transferTo(out);
 * }
 * }</pre>
 *
 * @param fileContent the file's bytes
 * @param contentLength the number of bytes the stream holds
 * @param statusCode {@code 200}
 * @param errMsg {@code "downloadFile:ok"}
 */
public record DownloadStream(InputStream fileContent, long contentLength, int statusCode, String errMsg)
        implements AutoCloseable {
    /** Closes the stream. */
    @Override
    public void close() {
        try {
            fileContent.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
