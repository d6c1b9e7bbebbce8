package dev.minicloud.emulator.storage.result;

import java.util.Arrays;

/**
 * The result of {@code cloud.downloadFile}: {@code {fileContent, statusCode: 200, errMsg: "downloadFile:ok"}}.
 * Two results are equal when their contents are equal byte for byte.
 *
 * @param fileContent the file's bytes (the Node SDK's {@code Buffer}); the array is the caller's to keep
 * @param statusCode {@code 200}
 * @param errMsg {@code "downloadFile:ok"}
 */
public record DownloadResult(byte[] fileContent, int statusCode, String errMsg) {
    @Override
    public boolean equals(Object o) {
        return o instanceof DownloadResult r && Arrays.equals(fileContent, r.fileContent)
                && statusCode == r.statusCode && errMsg.equals(r.errMsg);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(fileContent) + statusCode) + errMsg.hashCode();
    }

    @Override
    public String toString() {
        return "DownloadResult[fileContent=<" + fileContent.length + " bytes>, statusCode=" + statusCode
                + ", errMsg=" + errMsg + "]";
    }
}
