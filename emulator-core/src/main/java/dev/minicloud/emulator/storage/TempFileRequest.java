package dev.minicloud.emulator.storage;

import java.util.Objects;

/**
 * An item of {@code getTempFileURL}'s {@code fileList} written as an object: {@code {fileID, maxAge}}.
 *
 * @param fileID the file
 * @param maxAge how long the URL works, in seconds of the environment's clock; must be positive
 */
public record TempFileRequest(String fileID, long maxAge) {
    /** Checks that {@code fileID} is present; {@code maxAge} is judged by the call, as the service does. */
    public TempFileRequest {
        Objects.requireNonNull(fileID, "fileID");
    }
}
