package dev.minicloud.emulator.internal.sdk;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.base.ErrorCode;
import dev.minicloud.emulator.internal.database.rules.AccessPolicy;
import dev.minicloud.emulator.internal.database.rules.RuleContext;
import dev.minicloud.emulator.internal.database.rules.RuleCoverage;
import dev.minicloud.emulator.internal.database.rules.SecurityRules.Access;
import dev.minicloud.emulator.internal.files.StorageService;
import dev.minicloud.emulator.storage.result.DeleteFileResult;
import dev.minicloud.emulator.storage.result.DownloadResult;
import dev.minicloud.emulator.storage.result.GetTempFileURLResult;
import dev.minicloud.emulator.storage.result.UploadResult;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The storage as one mini-program user reaches it through {@code wx.cloud}: every file is judged by the storage's
 * basic mode or security rules, with {@code resource.openid} its uploader (none for files an admin wrote), and
 * answers carry the client's {@code cloud.} prefix. A refused upload or download fails the call with -503002; a
 * refused or missing file in {@code getTempFileURL} or {@code deleteFile} fails only its own item, inside an
 * {@code :ok} answer, with the backend's code name as the client shows it ({@code STORAGE_EXCEED_AUTHORITY},
 * {@code STORAGE_FILE_NONEXIST}).
 */
public final class ClientFiles {
    private static final String PREFIX = "cloud.";

    private final StorageService storage;
    private final AccessPolicy policy;
    private final RuleCoverage.Recorder coverage;
    private final Clock clock;
    private final String openId;

    public ClientFiles(StorageService storage, AccessPolicy policy, RuleCoverage coverage, Clock clock,
            String openId) {
        this.storage = storage;
        this.policy = policy;
        this.coverage = coverage.recorder("storage");
        this.clock = clock;
        this.openId = openId;
    }

    /**
     * {@code wx.cloud.uploadFile}: a new file is a create, owned by the caller; replacing a file is a write to it.
     * The check and the write happen together, so two users racing for one path cannot both pass on a stale owner.
     */
    public UploadResult uploadFile(String cloudPath, Object content) {
        return client("uploadFile", () -> {
            synchronized (storage) {
                boolean exists = cloudPath != null && storage.exists(cloudPath);
                String owner = exists ? storage.uploaderOf(cloudPath) : openId;
                if (!allows(exists ? Access.UPDATE : Access.CREATE, owner, cloudPath)) {
                    throw denied("uploadFile");
                }
                UploadResult r = storage.uploadFile(cloudPath, content, openId);
                return new UploadResult(r.fileID(), 200, PREFIX + "uploadFile:ok");
            }
        });
    }

    /** {@code wx.cloud.downloadFile}: the file's content, if the caller may read it. */
    public DownloadResult downloadFile(String fileID) {
        return client("downloadFile", () -> {
            String cloudPath = fileID == null ? null : storage.cloudPathOf(fileID);
            if (cloudPath != null && storage.exists(cloudPath)
                    && !allows(Access.READ, storage.uploaderOf(cloudPath), cloudPath)) {
                throw denied("downloadFile");
            }
            DownloadResult r = storage.downloadFile(fileID);
            return new DownloadResult(r.fileContent(), 200, PREFIX + "downloadFile:ok");
        });
    }

    /** {@code wx.cloud.getTempFileURL}: a URL for each file the caller may read. */
    public GetTempFileURLResult getTempFileURL(Object fileList) {
        return client("getTempFileURL", () -> {
            List<GetTempFileURLResult.Item> items = new ArrayList<>();
            for (GetTempFileURLResult.Item i : storage.getTempFileURL(fileList).fileList()) {
                String cloudPath = storage.cloudPathOf(i.fileID());
                if (i.status() == 0 && !allows(Access.READ, storage.uploaderOf(cloudPath), cloudPath)) {
                    items.add(new GetTempFileURLResult.Item(i.fileID(), "", i.maxAge(), -1,
                            "STORAGE_EXCEED_AUTHORITY"));
                } else {
                    items.add(i.status() == 0 ? i : new GetTempFileURLResult.Item(i.fileID(), "", i.maxAge(), -1,
                            backendCode(i.status())));
                }
            }
            return new GetTempFileURLResult(items, PREFIX + "getTempFileURL:ok");
        });
    }

    /** {@code wx.cloud.deleteFile}: deletes each file the caller may delete; the others fail on their own items. */
    public DeleteFileResult deleteFile(Object fileList) {
        return client("deleteFile", () -> {
            synchronized (storage) {
                List<?> list = storage.checkDeleteList(fileList);
                List<DeleteFileResult.Item> items = new ArrayList<>(list.size());
                for (Object item : list) {
                    String fileID = (String) item;
                    String cloudPath = storage.cloudPathOf(fileID);
                    boolean refused = cloudPath != null && storage.exists(cloudPath)
                            && !allows(Access.DELETE, storage.uploaderOf(cloudPath), cloudPath);
                    DeleteFileResult.Item done = refused ? null : storage.deleteFile(List.of(fileID)).fileList().get(0);
                    items.add(refused ? new DeleteFileResult.Item(fileID, -1, "STORAGE_EXCEED_AUTHORITY")
                            : done.status() == 0 ? done
                            : new DeleteFileResult.Item(fileID, -1, backendCode(done.status())));
                }
                return new DeleteFileResult(items, PREFIX + "deleteFile:ok");
            }
        });
    }

    private boolean allows(Access access, String owner, String cloudPath) {
        RuleContext context = RuleContext.forFile(openId, clock.millis(), owner, cloudPath);
        return policy.allowsFile(access, openId, owner, context, coverage);
    }

    private static CloudException denied(String api) {
        ErrorCode code = ErrorCode.STORAGE_PERMISSION_DENIED;
        return new CloudException(code.code(), PREFIX + api + ":fail " + code.code() + " " + code.text());
    }

    /** The backend's code name for a per-file failure, as the client shows it in the item's errMsg. */
    private static String backendCode(int status) {
        if (status == ErrorCode.STORAGE_FILE_NOT_EXISTS.code()) {
            return "STORAGE_FILE_NONEXIST";
        }
        if (status == ErrorCode.STORAGE_PERMISSION_DENIED.code()) {
            return "STORAGE_EXCEED_AUTHORITY";
        }
        return "INVALID_PARAM";
    }

    /** Runs a client call; the server side's failures get the client's {@code cloud.} prefix. */
    private static <T> T client(String api, Supplier<T> call) {
        try {
            return call.get();
        } catch (CloudException e) {
            if (e.errMsg().startsWith(api + ":fail")) {
                throw new CloudException(e.errCode(), PREFIX + e.errMsg(), PREFIX + e.errMsg(), e);
            }
            throw e;
        }
    }
}
