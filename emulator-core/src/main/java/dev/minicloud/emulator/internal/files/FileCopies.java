package dev.minicloud.emulator.internal.files;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.base.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code copyFile({fileList: [{srcPath, dstPath, overwrite?, removeOriginal?}]})} of @cloudbase/node-sdk, which the
 * admin protocol carries as {@code storage.batchCopyFile} with {@code src_path}, {@code dst_path},
 * {@code overwrite} and {@code remove_original}. Both paths are fileIDs of this environment; the SDK has already
 * checked that they differ and end in the same file name. Each file succeeds or fails on its own item, as
 * {@code deleteFile}'s do: a missing source, a fileID of another environment or not a fileID, and an existing
 * destination with {@code overwrite: false} (the service's default is to overwrite). The copy is written as an
 * admin's upload, under the upload size limit and through to the data directory like one; with
 * {@code removeOriginal} the source is deleted after the copy is stored.
 */
public final class FileCopies {
    private static final String API = "copyFile";

    private final StorageService storage;

    FileCopies(StorageService storage) {
        this.storage = storage;
    }

    /**
     * One file's outcome.
     *
     * @param fileId the destination's fileID as requested
     * @param status 0, or the errCode of why this file was not copied
     * @param message {@code "ok"}, or the reason
     */
    public record Item(String fileId, int status, String message) {}

    /** The outcome of every requested copy, in request order. */
    public record Result(List<Item> fileList) {
        public Result {
            fileList = List.copyOf(fileList);
        }
    }

    Result copy(Object fileList) {
        if (!(fileList instanceof List<?> list) || list.isEmpty()) {
            throw StorageErrors.fail(API, "fileList must be a non-empty array");
        }
        if (list.size() > StorageService.MAX_FILES_PER_CALL) {
            throw StorageErrors.tooManyFiles(API, list.size());
        }
        List<Item> items = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> one) || !(one.get("src_path") instanceof String src)
                    || !(one.get("dst_path") instanceof String dst) || src.isEmpty() || dst.isEmpty()) {
                throw StorageErrors.fail(API, "fileList[" + i + "] must hold srcPath and dstPath as non-empty"
                        + " strings");
            }
            items.add(copyOne(src, dst, !Boolean.FALSE.equals(one.get("overwrite")),
                    Boolean.TRUE.equals(one.get("remove_original"))));
        }
        return new Result(items);
    }

    private Item copyOne(String src, String dst, boolean overwrite, boolean removeOriginal) {
        StorageService.Target from = storage.target(src);
        StorageService.Target to = storage.target(dst);
        ErrorCode refusal = from.refusal() != null ? from.refusal() : to.refusal();
        if (refusal == null && !storage.exists(from.cloudPath())) {
            refusal = ErrorCode.STORAGE_FILE_NOT_EXISTS;
        }
        if (refusal != null) {
            return new Item(dst, refusal.code(), refusal.text());
        }
        if (!overwrite && storage.exists(to.cloudPath())) {
            return new Item(dst, ErrorCode.STORAGE_REQUEST_FAIL.code(), "the destination " + dst + " exists and"
                    + " overwrite is false");
        }
        byte[] content;
        try {
            content = storage.downloadFile(src).fileContent();
            storage.uploadFile(to.cloudPath(), content);
        } catch (CloudException e) {
            // Deleted meanwhile, or a copy the upload rules refuse (size limit, data directory).
            return new Item(dst, e.errCode(), e.errMsg().substring(e.errMsg().indexOf(":fail ") + 6));
        }
        if (removeOriginal) {
            storage.deleteFile(List.of(src));
        }
        return new Item(dst, 0, "ok");
    }
}
