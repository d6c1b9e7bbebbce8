package dev.minicloud.emulator.client;

import dev.minicloud.emulator.database.Database;
import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.functions.Functions;
import dev.minicloud.emulator.functions.call.WxContext;
import dev.minicloud.emulator.internal.sdk.ClientFiles;
import dev.minicloud.emulator.storage.result.DeleteFileResult;
import dev.minicloud.emulator.storage.result.DownloadResult;
import dev.minicloud.emulator.storage.result.GetTempFileURLResult;
import dev.minicloud.emulator.storage.result.UploadResult;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The environment as one mini-program user sees it through {@code wx.cloud} / {@code ft.cloud}: the same
 * {@link Database} API as the server side, but every request runs under the collection's permission mode or
 * security rules, {@code _openid} is stamped on what the user creates, {@code '{openid}'} in query values becomes the
 * user's openid and a page holds at most 20 documents.
 *
 * <pre>{@code
 * CloudClient alice = env.client(WxContext.ofOpenId("o_alice"));
 * alice.database().collection("todos").add(Map.of("title", "mine"));       // stored with _openid: "o_alice"
 * alice.database().collection("todos").get();                              // PRIVATE: only alice's todos
 * alice.callFunction("login", Map.of());                                   // errMsg "cloud.callFunction:ok"
 * alice.uploadFile("avatars/o_alice.png", bytes);                         // under the storage's permission
 * }</pre>
 *
 * <p>A {@link WxContext} without an openid is a user who is not logged in: custom rules see {@code auth == null}
 * and the basic modes give them no documents of their own. Immutable and thread-safe.
 */
public final class CloudClient {
    private final WxContext user;
    private final Database database;
    private final Functions functions;
    private final ClientFiles files;

    /** Used by the environment; tests get a client from {@code CloudEnvironment.client(WxContext)}. */
    CloudClient(WxContext user, Database database, Functions functions, ClientFiles files) {
        this.user = Objects.requireNonNull(user, "user");
        this.database = database;
        this.functions = functions;
        this.files = files;
    }

    /** The user this client acts for. */
    public WxContext user() {
        return user;
    }

    /** {@code wx.cloud.database()}: the database under this user's permissions. */
    public Database database() {
        return database;
    }

    /**
     * {@code wx.cloud.callFunction({name, data})}: the function sees this user in {@code getWXContext()} and
     * {@code event.userInfo}; the result's errMsg is {@code cloud.callFunction:ok}.
     */
    public FunctionResult callFunction(String name, Map<String, ?> data) {
        return functions.call(name, data, user);
    }

    /**
     * {@code wx.cloud.uploadFile({cloudPath, filePath})} with the file's content: {@code statusCode} 200 and
     * {@code cloud.uploadFile:ok}; the file is recorded as this user's upload.
     *
     * @throws dev.minicloud.emulator.base.CloudException -503002 if the storage's permission refuses it
     */
    public UploadResult uploadFile(String cloudPath, byte[] content) {
        return files.uploadFile(cloudPath, content);
    }

    /**
     * {@code wx.cloud.downloadFile({fileID})}: the content, {@code cloud.downloadFile:ok}.
     *
     * @throws dev.minicloud.emulator.base.CloudException -503002 if the storage's permission refuses it
     */
    public DownloadResult downloadFile(String fileID) {
        return files.downloadFile(fileID);
    }

    /**
     * {@code wx.cloud.getTempFileURL({fileList})}: fileID strings, or maps with {@code fileID} and {@code maxAge}
     * (seconds); a file the user may not read or that does not exist fails on its own item ({@code status: -1},
     * errMsg {@code STORAGE_EXCEED_AUTHORITY} or {@code STORAGE_FILE_NONEXIST}).
     */
    public GetTempFileURLResult getTempFileURL(List<?> fileList) {
        return files.getTempFileURL(fileList);
    }

    /** {@code wx.cloud.getTempFileURL} for fileIDs with the default lifetime. */
    public GetTempFileURLResult getTempFileURL(String... fileIDs) {
        return files.getTempFileURL(List.of(fileIDs));
    }

    /** {@code wx.cloud.deleteFile({fileList})}: files the user may not delete fail on their own items. */
    public DeleteFileResult deleteFile(List<String> fileList) {
        return files.deleteFile(fileList);
    }
}
