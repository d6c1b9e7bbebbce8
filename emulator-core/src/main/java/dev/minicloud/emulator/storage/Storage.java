package dev.minicloud.emulator.storage;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.internal.files.CloudPaths;
import dev.minicloud.emulator.internal.files.StorageService;
import dev.minicloud.emulator.storage.result.DeleteFileResult;
import dev.minicloud.emulator.storage.result.DownloadResult;
import dev.minicloud.emulator.storage.result.DownloadStream;
import dev.minicloud.emulator.storage.result.GetTempFileURLResult;
import dev.minicloud.emulator.storage.result.UploadResult;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The environment's file storage, as a cloud function sees it through {@code wx-server-sdk}: {@code uploadFile},
 * {@code downloadFile}, {@code deleteFile} and {@code getTempFileURL}, with the SDK's result shapes and errors.
 *
 * <pre>{@code
 * Storage storage = env.storage();
 * String fileID = storage.uploadFile("avatars/u1.png", bytes).fileID();
 * // cloud://<envId>.<bucket>/avatars/u1.png
 * String url = storage.getTempFileURL(fileID).fileList().get(0).tempFileURL();
 * // http://127.0.0.1:<port>/<bucket>/avatars/u1.png?sign=<hex32>&t=<expiry>, served until env.clock() passes t
 * storage.deleteFile(List.of(fileID));
 * }</pre>
 *
 * <p>Files live in memory, in a file system of the environment's own. A file that cannot be deleted or served fails
 * on its own item inside an {@code ":ok"} result (status {@code -503003} "storage file not exists" and so on); bad
 * arguments, more than 50 files in a call, an upload over the size limit and every failure of {@code downloadFile}
 * throw {@link CloudException}.
 *
 * <p>Instances are thread-safe.
 */
public final class Storage {
    private final StorageService service;

    /** Used by the environment; tests get their storage from {@code CloudEnvironment.storage()}. */
    Storage(StorageService service) {
        this.service = service;
    }

    /**
     * {@code cloud.uploadFile({cloudPath, fileContent})}: stores {@code fileContent} at {@code cloudPath}, replacing
     * any file there.
     *
     * @throws CloudException errCode -1 {@code "uploadFile:fail cloudPath (<path>) must ..."}
     *     for an invalid cloudPath; errCode -403001 if the content is larger than the configured limit
     */
    public UploadResult uploadFile(String cloudPath, byte[] fileContent) {
        return service.uploadFile(cloudPath, fileContent);
    }

    /**
     * {@code cloud.uploadFile({cloudPath, fileContent: fs.createReadStream(...)})}: copies the stream, as it is read,
     * into a new file at {@code cloudPath}, replacing any file there once the stream ends. The stream is not closed.
     * An upload that fails or is too large leaves the old file, or no file, in place.
     *
     * @throws CloudException errCode -1 for an invalid cloudPath or a failing stream; errCode
     *     -403001 if the stream holds more bytes than the configured limit
     */
    public UploadResult uploadFile(String cloudPath, InputStream fileContent) {
        return service.uploadFile(cloudPath, fileContent);
    }

    /**
     * {@code cloud.downloadFile({fileID})}: the file's whole content.
     *
     * @throws CloudException errCode -1 {@code "downloadFile:fail storage file not exists"}
     *     if there is no such file, {@code "downloadFile:fail storage permission denied"} for a fileID of another
     *     environment, {@code "downloadFile:fail invalid parameters"} for a string that is not a fileID
     */
    public DownloadResult downloadFile(String fileID) {
        return service.downloadFile(fileID);
    }

    /**
     * {@code cloud.downloadFile({fileID})} for large files: the content as a stream the caller closes.
     *
     * @throws CloudException as {@link #downloadFile(String)}
     */
    public DownloadStream downloadFileAsStream(String fileID) {
        return service.downloadFileAsStream(fileID);
    }

    /**
     * {@code cloud.deleteFile({fileList})}: deletes up to 50 files. Each item of the result says whether its file
     * was deleted ({@code status 0, errMsg "ok"}) or not ({@code -503003 "storage file not exists"}, ...).
     *
     * @throws CloudException errCode -1 for a null or empty fileID, or more than 50 of them
     */
    public DeleteFileResult deleteFile(List<String> fileList) {
        return service.deleteFile(fileList);
    }

    /**
     * {@code cloud.getTempFileURL({fileList})}: a temporary URL for each of up to 50 files. Each item is a fileID
     * string (the URL works for 10 minutes) or a {@link TempFileRequest} {@code {fileID, maxAge}}. URLs are served
     * by an HTTP server on 127.0.0.1 that starts when the first URL is made and stops when the environment closes;
     * they expire by the environment's clock.
     *
     * <pre>{@code
     * storage.getTempFileURL(List.of(fileID, new TempFileRequest(otherFileID, 3600)));
     * }</pre>
     *
     * @throws CloudException errCode -1 for an item of another type, a maxAge below 1, or
     *     more than 50 items
     */
    public GetTempFileURLResult getTempFileURL(List<?> fileList) {
        return service.getTempFileURL(fileList == null ? null
                : fileList.stream().map(Storage::asSdkItem).collect(Collectors.toList()));
    }

    /** The item as wx-server-sdk receives it: a request becomes the object {@code {fileID, maxAge}}. */
    private static Object asSdkItem(Object item) {
        return item instanceof TempFileRequest r ? Map.of("fileID", r.fileID(), "maxAge", r.maxAge()) : item;
    }

    /** {@code cloud.getTempFileURL({fileList: [fileID, ...]})}: URLs that work for 10 minutes. */
    public GetTempFileURLResult getTempFileURL(String... fileIDs) {
        return getTempFileURL(Arrays.asList(fileIDs));
    }

    /**
     * The fileID a file at {@code cloudPath} has in this environment: {@code cloud://<envId>.<bucket>/<cloudPath>}.
     * Use it to reach seeded files.
     *
     * @throws IllegalArgumentException if {@code cloudPath} is not valid
     */
    public String fileIdOf(String cloudPath) {
        CloudPaths.problem(cloudPath).ifPresent(problem -> {
            throw new IllegalArgumentException("cloudPath (" + cloudPath + ") " + problem);
        });
        return service.fileIdOf(cloudPath);
    }

    /** Writes every file of {@code files} into this storage, replacing files at the same cloudPaths. */
    public void seed(StorageSnapshot files) {
        service.seed(files.files());
    }

    /**
     * Writes every regular file under the host folder {@code folder} into this storage, keeping relative paths as
     * cloudPaths; see {@link StorageSnapshot#fromFolder}.
     */
    public void seedFrom(Path folder) {
        seed(StorageSnapshot.fromFolder(folder));
    }

    /**
     * Writes every file under the classpath folder {@code resourceFolder} into this storage, keeping relative paths
     * as cloudPaths; see {@link StorageSnapshot#fromClasspath(String)}.
     */
    public void seedFromClasspath(String resourceFolder) {
        seed(StorageSnapshot.fromClasspath(resourceFolder));
    }

    /** Every file stored now, to seed other environments with. */
    public StorageSnapshot snapshot() {
        return StorageSnapshot.owning(service.files());
    }
}
