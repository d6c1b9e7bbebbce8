package dev.minicloud.emulator.console;

import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.internal.sdk.WireResults;
import dev.minicloud.emulator.storage.result.DownloadResult;
import dev.minicloud.emulator.storage.Storage;
import dev.minicloud.emulator.storage.StorageSnapshot;
import dev.minicloud.emulator.storage.TempFileRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/files}: list, upload, download, delete and temporary URLs, as an admin through {@code env.storage()}.
 * Files are named by fileID as in the SDK; an upload by its cloudPath.
 */
final class StorageApi implements Api {
    @Override
    public Object handle(Request r, CloudEnvironment env) throws IOException {
        Storage storage = env.storage();
        String action = r.segment(1);
        if (action == null) {
            return switch (r.method()) {
                case "GET" -> list(storage);
                case "POST" -> WireResults.encode(storage.uploadFile(r.requiredParam("cloudPath"), r.body()));
                case "DELETE" -> WireResults.encode(storage.deleteFile(List.of(r.requiredParam("fileID"))));
                default -> throw Api.noRoute(r);
            };
        }
        return switch (action + " " + r.method()) {
            case "download GET" -> download(storage, r);
            case "tempurl POST" -> WireResults.encode(storage.getTempFileURL(List.of(tempFileItem(r.json()))));
            default -> throw Api.noRoute(r);
        };
    }

    private static Map<String, Object> list(Storage storage) {
        StorageSnapshot files = storage.snapshot();
        List<Object> list = new ArrayList<>();
        for (String cloudPath : files.cloudPaths()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("cloudPath", cloudPath);
            entry.put("fileID", storage.fileIdOf(cloudPath));
            entry.put("size", files.content(cloudPath).orElseThrow().length);
            list.add(entry);
        }
        return Map.of("files", list);
    }

    private static Object download(Storage storage, Request r) throws IOException {
        String fileID = r.requiredParam("fileID");
        DownloadResult file = storage.downloadFile(fileID);
        String name = fileID.substring(fileID.lastIndexOf('/') + 1).replace("\"", "");
        r.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        r.respond(200, "application/octet-stream", file.fileContent());
        return ANSWERED;
    }

    /** {@code {fileID, maxAge}}; without a maxAge the SDK's default applies. */
    private static Object tempFileItem(Map<String, Object> body) {
        String fileID = CollectionsApi.text(body, "fileID");
        return body.get("maxAge") instanceof Number n ? new TempFileRequest(fileID, n.longValue()) : fileID;
    }
}
