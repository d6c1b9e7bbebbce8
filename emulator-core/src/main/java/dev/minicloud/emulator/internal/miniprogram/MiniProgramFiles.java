package dev.minicloud.emulator.internal.miniprogram;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.internal.sdk.ClientFiles;
import dev.minicloud.emulator.internal.sdk.WireResults;
import dev.minicloud.emulator.storage.result.DownloadResult;
import dev.minicloud.emulator.storage.result.UploadResult;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Java half of a mini-program's files: {@code wx.getFileSystemManager()} on its {@link LocalFiles}, the images a
 * test placed for {@code wx.chooseImage}/{@code chooseMedia}, and {@code wx.cloud}'s storage calls through the
 * current user's {@link ClientFiles}, the same code as {@code CloudClient.uploadFile}, so the storage's permission
 * decides. Uploads read their {@code filePath} from the local files; downloads land in a new temporary file.
 */
final class MiniProgramFiles implements AutoCloseable {
    /** A file the test placed for the next {@code chooseImage}. */
    private record Chosen(String name, byte[] content) {}

    private final LocalFiles local;
    private final Deque<Chosen> chosen = new ArrayDeque<>();
    private ClientFiles storage;

    MiniProgramFiles(LocalFiles local, ClientFiles storage) {
        this.local = local;
        this.storage = storage;
    }

    /** The storage of the user of every later call. */
    void setStorage(ClientFiles storage) {
        this.storage = storage;
    }

    /** Places a file the next {@code chooseImage} or {@code chooseMedia} returns, as the user would pick it. */
    void choose(String name, byte[] content) {
        chosen.add(new Chosen(name, content.clone()));
    }

    /** Whether {@code op} is one of this class's operations. */
    static boolean handles(String op) {
        return op.startsWith("fs.") || op.startsWith("cloud.") || op.equals("wx.choose");
    }

    Object dispatch(String op, Map<String, Object> p) {
        String api = String.valueOf(p.get("api"));
        return switch (op) {
            case "fs.readFile" -> read(api, p);
            case "fs.writeFile" -> {
                byte[] content = FileEncodings.encode(api, string(p, "data"), (String) p.get("encoding"));
                local.write(api, string(p, "filePath"), content, Boolean.TRUE.equals(p.get("append")));
                yield null;
            }
            case "fs.access" -> {
                local.access(api, string(p, "path"));
                yield null;
            }
            case "fs.unlink" -> {
                local.unlink(api, string(p, "filePath"));
                yield null;
            }
            case "fs.readdir" -> Map.of("files", local.readdir(api, string(p, "dirPath")));
            case "fs.mkdir" -> {
                local.mkdir(api, string(p, "dirPath"), Boolean.TRUE.equals(p.get("recursive")));
                yield null;
            }
            case "fs.rmdir" -> {
                local.rmdir(api, string(p, "dirPath"), Boolean.TRUE.equals(p.get("recursive")));
                yield null;
            }
            case "wx.choose" -> chosen(api, p.get("count") instanceof Number n ? n.intValue() : 9);
            case "cloud.uploadFile" -> upload(api, p);
            case "cloud.downloadFile" -> download(api, p.get("fileID"));
            case "cloud.getTempFileURL" -> WireResults.encode(storage.getTempFileURL(p.get("fileList")));
            case "cloud.deleteFile" -> WireResults.encode(storage.deleteFile(p.get("fileList")));
            default -> throw new CloudException(-1, op + ":fail this operation is not available in MiniCloud");
        };
    }

    private static String string(Map<String, Object> p, String key) {
        return String.valueOf(p.get(key));
    }

    private Map<String, Object> read(String api, Map<String, Object> p) {
        byte[] content = local.read(api, string(p, "filePath"));
        int from = p.get("position") instanceof Number n ? n.intValue() : 0;
        int length = p.get("length") instanceof Number n ? n.intValue() : content.length - from;
        if (from < 0 || from > content.length || length < 0 || length > content.length - from) {
            throw new CloudException(-1, api + ":fail the value of \"position\" or \"length\" is out of range");
        }
        content = Arrays.copyOfRange(content, from, from + length);
        String encoding = (String) p.get("encoding");
        return Map.of("data", FileEncodings.decode(api, content, encoding == null ? FileEncodings.BYTES : encoding),
                "bytes", encoding == null);
    }

    /** The upload's answer, with the bytes sent for the task's progress listeners. */
    private Map<String, Object> upload(String api, Map<String, Object> p) {
        byte[] content = local.read(api, string(p, "filePath"));
        UploadResult r = storage.uploadFile(p.get("cloudPath") instanceof String s ? s : null, content);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("fileID", r.fileID());
        out.put("statusCode", r.statusCode());
        out.put("errMsg", r.errMsg());
        out.put("bytes", content.length);
        return out;
    }

    private Map<String, Object> download(String api, Object fileID) {
        String id = fileID instanceof String s ? s : null;
        DownloadResult r = storage.downloadFile(id);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("tempFilePath", local.newTempFile(api, id, r.fileContent()));
        out.put("statusCode", r.statusCode());
        out.put("errMsg", r.errMsg());
        out.put("bytes", r.fileContent().length);
        return out;
    }

    private Map<String, Object> chosen(String api, int count) {
        if (chosen.isEmpty()) {
            throw new CloudException(-1, api + ":fail cancel");
        }
        List<Map<String, Object>> files = new ArrayList<>();
        while (!chosen.isEmpty() && files.size() < Math.max(1, count)) {
            Chosen c = chosen.poll();
            files.add(Map.of("path", local.newTempFile(api, c.name(), c.content()), "size", c.content().length));
        }
        return Map.of("files", files);
    }

    /** A local file's content, as the page would read it. */
    byte[] localFile(String path) {
        return local.read("readFile", path);
    }

    @Override
    public void close() {
        local.close();
    }
}
