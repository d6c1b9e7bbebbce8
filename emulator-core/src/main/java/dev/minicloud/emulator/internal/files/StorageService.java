package dev.minicloud.emulator.internal.files;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.base.ErrorCode;
import dev.minicloud.emulator.internal.database.query.SdkErrors;
import dev.minicloud.emulator.storage.result.DeleteFileResult;
import dev.minicloud.emulator.storage.result.DownloadResult;
import dev.minicloud.emulator.storage.result.DownloadStream;
import dev.minicloud.emulator.storage.result.GetTempFileURLResult;
import dev.minicloud.emulator.storage.result.UploadResult;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The file storage of one environment: every storage call of the Java API and of {@code wx-server-sdk} ends here.
 * Arguments are plain Java values as a JavaScript bridge produces them ({@code String}, {@code byte[]} or
 * {@code InputStream}, {@code List}, {@code Map}, {@code Number}), checked here with the SDK's own messages, so a
 * cloud function and a Java test get the same results and the same {@link CloudException}s.
 *
 * <p>Results follow wx-server-sdk 4.x. A file that cannot be deleted or served fails on its own
 * item inside an {@code ":ok"} result; bad arguments, more than {@value #MAX_FILES_PER_CALL} files, an oversize upload
 * and any failure of {@code downloadFile} fail the whole call.
 *
 * <p>Thread-safe. The file system exists from the start; the environment joins the JVM's one HTTP server behind
 * temporary URLs with its first URL, and leaves it when closed.
 */
public final class StorageService implements AutoCloseable {
    /** The most files {@code deleteFile} and {@code getTempFileURL} take in one call. */
    public static final int MAX_FILES_PER_CALL = 50;
    /** The lifetime of a temporary URL requested without {@code maxAge}: 10 minutes, as for private files. */
    public static final long DEFAULT_MAX_AGE_SECONDS = 600;
    /** The most threads the JVM's temporary URL server answers requests on at once. */
    public static final int URL_SERVER_THREADS = 8;
    /** The most connections waiting for one of those threads; the server closes any beyond them at once. */
    public static final int URL_SERVER_QUEUE = 64;

    private final String envId;
    private final Bucket bucket;
    private final Clock clock;
    private final long maxUploadBytes;
    private final FileStore store;
    private final TempUrls urls;
    /** The data directory's storage folder when every write goes through to it at once; null otherwise. */
    private final StorageFolder writeThrough;
    private final AtomicBoolean closed = new AtomicBoolean();
    /**
     * The openid of each file's uploader when a mini-program user uploaded it; a file an admin (a function, the Java
     * API, a seed) wrote last has none. Storage permissions judge files by it.
     */
    private final Map<String, String> uploaders = new ConcurrentHashMap<>();

    /**
     * Storage for environment {@code envId}, judging URL expiry by {@code clock}.
     *
     * @param writeThrough a folder every upload, delete, seed and clear is written to before the call returns, one
     *     at a time so that the folder ends as the storage does; null for none
     */
    public StorageService(String envId, Clock clock, long maxUploadBytes, StorageFolder writeThrough) {
        this.envId = envId;
        this.writeThrough = writeThrough;
        this.bucket = Bucket.of(envId);
        this.clock = clock;
        this.maxUploadBytes = maxUploadBytes;
        this.store = new FileStore();
        this.urls = new TempUrls(envId, bucket.name(), store, clock);
    }

    /** The environment's bucket name. */
    public String bucket() {
        return bucket.name();
    }

    /** The fileID {@code cloudPath} has (or would have) in this environment. */
    public String fileIdOf(String cloudPath) {
        return bucket.fileIdOf(cloudPath);
    }

    /**
     * {@code cloud.uploadFile({cloudPath, fileContent})}. {@code fileContent} is a {@code byte[]} or an
     * {@code InputStream}; a stream is copied into the file system as it is read, to its end, and not closed.
     */
    public UploadResult uploadFile(Object cloudPath, Object fileContent) {
        return uploadFile(cloudPath, fileContent, null);
    }

    /**
     * An upload by {@code uploader}, a mini-program user's openid, recorded as the file's owner; null for an admin,
     * which leaves the file without one.
     */
    public UploadResult uploadFile(Object cloudPath, Object fileContent, String uploader) {
        checkOpen();
        if (!(cloudPath instanceof String path)) {
            throw SdkErrors.parameterType("cloudPath", "string", cloudPath);
        }
        if (fileContent == null) {
            throw StorageErrors.fail("uploadFile", "Type of fileContent must be fs.ReadStream instead of undefined");
        }
        if (!(fileContent instanceof byte[]) && !(fileContent instanceof InputStream)) {
            throw StorageErrors.fail("uploadFile",
                    "[node-sdk] fileContent should be instance of fs.ReadStream or Buffer");
        }
        Optional<String> problem = CloudPaths.problem(path);
        if (problem.isPresent()) {
            throw StorageErrors.invalidCloudPath(path, problem.get());
        }
        if (fileContent instanceof byte[] bytes && bytes.length > maxUploadBytes) {
            throw StorageErrors.uploadTooLarge(maxUploadBytes);
        }
        if (writeThrough == null) {
            upload(path, fileContent);
        } else {
            synchronized (writeThrough) {
                writeThrough.problemWith(path).ifPresent(p -> {
                    throw StorageErrors.fail("uploadFile", p);
                });
                Optional<byte[]> before = store.read(path);
                upload(path, fileContent);
                try {
                    writeThrough.put(path, store.read(path).orElseThrow());
                } catch (RuntimeException e) {
                    // Not acknowledged, so not kept: the storage goes back to what the folder still holds.
                    before.ifPresentOrElse(content -> store.write(path, content), () -> store.delete(path));
                    throw StorageErrors.fail("uploadFile", Objects.requireNonNullElse(e.getMessage(), e.toString()), e);
                }
            }
        }
        if (uploader == null) {
            uploaders.remove(path);
        } else {
            uploaders.put(path, uploader);
        }
        return new UploadResult(bucket.fileIdOf(path), -1, "uploadFile:ok");
    }

    /** The openid of the mini-program user who uploaded the file at {@code cloudPath}, or null. */
    public String uploaderOf(String cloudPath) {
        return uploaders.get(cloudPath);
    }

    /** Whether a file is stored at {@code cloudPath}. */
    public boolean exists(String cloudPath) {
        return store.exists(cloudPath);
    }

    /** The cloudPath a fileID of this environment names, or null for a fileID this environment cannot serve. */
    public String cloudPathOf(String fileID) {
        return target(fileID).cloudPath();
    }

    private void upload(String cloudPath, Object fileContent) {
        if (fileContent instanceof byte[] bytes) {
            store.write(cloudPath, bytes);
        } else if (!write(cloudPath, (InputStream) fileContent)) {
            throw StorageErrors.uploadTooLarge(maxUploadBytes);
        }
    }

    private boolean write(String cloudPath, InputStream content) {
        try {
            return store.write(cloudPath, content, maxUploadBytes);
        } catch (IOException e) {
            throw StorageErrors.fail("uploadFile", Objects.requireNonNullElse(e.getMessage(), e.toString()), e);
        }
    }

    /** {@code cloud.downloadFile({fileID})}: the whole content. */
    public DownloadResult downloadFile(Object fileID) {
        String cloudPath = downloadable(fileID);
        byte[] content = store.read(cloudPath)
                .orElseThrow(() -> StorageErrors.downloadRefused(ErrorCode.STORAGE_FILE_NOT_EXISTS));
        return new DownloadResult(content, 200, "downloadFile:ok");
    }

    /** {@code cloud.downloadFile({fileID})} with the content as a stream, for large files. */
    public DownloadStream downloadFileAsStream(Object fileID) {
        String cloudPath = downloadable(fileID);
        FileStore.OpenFile file = store.open(cloudPath)
                .orElseThrow(() -> StorageErrors.downloadRefused(ErrorCode.STORAGE_FILE_NOT_EXISTS));
        return new DownloadStream(file.content(), file.size(), 200, "downloadFile:ok");
    }

    private String downloadable(Object fileID) {
        checkOpen();
        if (!(fileID instanceof String id)) {
            throw SdkErrors.parameterType("fileID", "string", fileID);
        }
        Target target = target(id);
        if (target.refusal() != null) {
            throw StorageErrors.downloadRefused(target.refusal());
        }
        return target.cloudPath();
    }

    /** {@code cloud.deleteFile({fileList})}: {@code fileList} is a list of fileID strings. */
    public DeleteFileResult deleteFile(Object fileList) {
        List<?> list = checkDeleteList(fileList);
        List<DeleteFileResult.Item> items = new ArrayList<>(list.size());
        for (Object item : list) {
            String fileID = (String) item;
            Target target = target(fileID);
            if (target.cloudPath() != null) {
                uploaders.remove(target.cloudPath());
            }
            ErrorCode refusal = target.refusal();
            if (refusal == null && !delete(target.cloudPath())) {
                refusal = ErrorCode.STORAGE_FILE_NOT_EXISTS;
            }
            items.add(refusal == null
                    ? new DeleteFileResult.Item(fileID, 0, "ok")
                    : new DeleteFileResult.Item(fileID, refusal.code(), refusal.text()));
        }
        return new DeleteFileResult(items, "deleteFile:ok");
    }

    /**
     * The checks {@code deleteFile} makes on its whole list before deleting anything: a list of at most
     * {@value #MAX_FILES_PER_CALL} non-empty fileID strings.
     */
    public List<?> checkDeleteList(Object fileList) {
        checkOpen();
        return FileLists.deleteList(fileList);
    }

    /**
     * {@code cloud.getTempFileURL({fileList})}: each item is a fileID string or a {@code Map} with {@code fileID} and
     * {@code maxAge} (seconds). A URL works until the environment's clock reaches its expiry.
     */
    public GetTempFileURLResult getTempFileURL(Object fileList) {
        checkOpen();
        List<FileLists.Requested> requests = FileLists.tempFileList(fileList);
        long now = clock.instant().getEpochSecond();
        List<GetTempFileURLResult.Item> items = new ArrayList<>(requests.size());
        for (FileLists.Requested r : requests) {
            Target target = target(r.fileID());
            ErrorCode refusal = target.refusal();
            if (refusal == null && !store.exists(target.cloudPath())) {
                refusal = ErrorCode.STORAGE_FILE_NOT_EXISTS;
            }
            items.add(refusal == null
                    ? new GetTempFileURLResult.Item(r.fileID(),
                            urls.urlFor(target.cloudPath(), FileLists.expiry(now, r.maxAge())), r.maxAge(), 0, "ok")
                    : new GetTempFileURLResult.Item(r.fileID(), "", r.maxAge(), refusal.code(), refusal.text()));
        }
        return new GetTempFileURLResult(items, "getTempFileURL:ok");
    }

    /**
     * The admin protocol's {@code storage.batchCopyFile} (@cloudbase/node-sdk's {@code copyFile}); see
     * {@link FileCopies}.
     */
    public FileCopies.Result copyFile(Object fileList) {
        checkOpen();
        return new FileCopies(this).copy(fileList);
    }

    /** Where a fileID points: a cloudPath of this environment, or why it cannot be used here. */
    record Target(String cloudPath, ErrorCode refusal) {}

    Target target(String fileID) {
        return switch (bucket.ownerOf(fileID)) {
            case THIS_ENVIRONMENT -> {
                String cloudPath = bucket.cloudPathOf(fileID);
                // An invalid cloudPath can never have been stored.
                yield CloudPaths.isValid(cloudPath)
                        ? new Target(cloudPath, null)
                        : new Target(null, ErrorCode.STORAGE_FILE_NOT_EXISTS);
            }
            case OTHER_ENVIRONMENT -> new Target(null, ErrorCode.STORAGE_PERMISSION_DENIED);
            case MALFORMED -> new Target(null, ErrorCode.INVALID_PARAMETERS);
        };
    }

    private boolean delete(String cloudPath) {
        if (writeThrough == null) {
            return store.delete(cloudPath);
        }
        synchronized (writeThrough) {
            boolean deleted = store.delete(cloudPath);
            writeThrough.remove(cloudPath);
            return deleted;
        }
    }

    /**
     * Stores seed files without the upload limit; their cloudPaths must already be valid.
     *
     * @throws IllegalStateException if the files go through to a folder that cannot hold one of them
     */
    public void seed(Map<String, byte[]> files) {
        checkOpen();
        if (writeThrough == null) {
            files.forEach(store::write);
            return;
        }
        synchronized (writeThrough) {
            files.forEach((cloudPath, content) -> {
                writeThrough.put(cloudPath, content);
                store.write(cloudPath, content);
            });
        }
    }

    /** Deletes every file, leaving the storage as new; temporary URLs already issued then answer 404. */
    public void clear() {
        checkOpen();
        uploaders.clear();
        if (writeThrough == null) {
            store.clear();
            return;
        }
        synchronized (writeThrough) {
            store.clear();
            writeThrough.write(Map.of());
        }
    }

    /**
     * A new empty folder in this environment's file system for one mini-program's local files; it is not part of
     * the storage (never listed, cleared or written through) and goes when the environment closes.
     */
    public Path newDeviceFolder() {
        checkOpen();
        return store.newDevice();
    }

    /** Every stored file by cloudPath, in cloudPath order. */
    public Map<String, byte[]> files() {
        checkOpen();
        return store.readAll();
    }

    private void checkOpen() {
        if (closed.get()) {
            throw new IllegalStateException("environment " + envId + " is closed");
        }
    }

    /** Leaves the temporary URL server (URLs made answer 403) and frees the file system. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                urls.close();
            } finally {
                store.close();
            }
        }
    }

    /**
     * The origin ({@code http://127.0.0.1:<port>}) of the server of temporary URLs, started if it was not: a Node
     * function's SDK downloads from it directly, not through the HTTP stubs.
     */
    public String temporaryUrlOrigin() {
        URI base = URI.create(urls.base());
        return base.getScheme() + "://" + base.getAuthority();
    }
}
