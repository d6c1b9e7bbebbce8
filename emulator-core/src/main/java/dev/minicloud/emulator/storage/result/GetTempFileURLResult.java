package dev.minicloud.emulator.storage.result;

import java.util.List;

/**
 * The result of {@code cloud.getTempFileURL}: {@code {fileList: [{fileID, tempFileURL, maxAge, status, errMsg}],
 * errMsg: "getTempFileURL:ok"}}. A file that cannot be served fails on its own item; the call still succeeds.
 *
 * @param fileList one item per requested file, in request order, unmodifiable
 * @param errMsg {@code "getTempFileURL:ok"}
 */
public record GetTempFileURLResult(List<Item> fileList, String errMsg) {
    /** Copies the list, so the result cannot change. */
    public GetTempFileURLResult {
        fileList = List.copyOf(fileList);
    }

    /**
     * One file's temporary URL.
     *
     * @param fileID the fileID as requested
     * @param tempFileURL {@code http://127.0.0.1:<port>/<bucket>/<cloudPath>?sign=<hex32>&t=<expiry epoch seconds>},
     *     or {@code ""} when {@code status} is not 0
     * @param maxAge the URL's lifetime in seconds: the requested one, or 600 for a plain fileID
     * @param status {@code 0}, or {@code -503003} (no such file), {@code -503002} (a fileID of another
     *     environment), {@code -501007} (not a fileID)
     * @param errMsg {@code "ok"}, or the code's text: {@code "storage file not exists"},
     *     {@code "storage permission denied"}, {@code "invalid parameters"}
     */
    public record Item(String fileID, String tempFileURL, long maxAge, int status, String errMsg) {}
}
