package dev.minicloud.emulator.storage.result;

import java.util.List;

/**
 * The result of {@code cloud.deleteFile}: {@code {fileList: [{fileID, status, errMsg}], errMsg: "deleteFile:ok"}}.
 * A file that cannot be deleted fails on its own item; the call still succeeds.
 *
 * @param fileList one item per requested file, in request order, unmodifiable
 * @param errMsg {@code "deleteFile:ok"}
 */
public record DeleteFileResult(List<Item> fileList, String errMsg) {
    /** Copies the list, so the result cannot change. */
    public DeleteFileResult {
        fileList = List.copyOf(fileList);
    }

    /**
     * One file's outcome.
     *
     * @param fileID the fileID as requested
     * @param status {@code 0}, or {@code -503003} (no such file), {@code -503002} (a fileID of another
     *     environment), {@code -501007} (not a fileID)
     * @param errMsg {@code "ok"}, or the code's text: {@code "storage file not exists"},
     *     {@code "storage permission denied"}, {@code "invalid parameters"}
     */
    public record Item(String fileID, int status, String errMsg) {}
}
