package dev.minicloud.emulator.internal.admin;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.internal.database.query.SdkErrors;
import dev.minicloud.emulator.internal.files.CloudPaths;
import dev.minicloud.emulator.internal.files.StorageService;
import java.io.InputStream;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The two steps of an upload on this wire: {@code storage.getUploadMetadata} announces a {@code PUT} URL of its own
 * with an {@code authorization} to send along, and the {@code PUT} stores its body under the announced cloudPath
 * through the storage service (so the upload size limit and the path rules are the Java API's). An announcement is
 * good for one {@code PUT}; at most {@value #MAX_PENDING} wait at once, the oldest forgotten first.
 */
final class AdminUploads {
    static final int MAX_PENDING = 1024;

    private record Pending(String cloudPath, String authorization) {}

    private final SecureRandom random = new SecureRandom();
    private final StorageService storage;
    private final Supplier<String> base;
    private final Map<String, Pending> pending = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pending> eldest) {
            return size() > MAX_PENDING;
        }
    };

    /** @param base the endpoint's URL prefix, ending in {@code /} */
    AdminUploads(StorageService storage, Supplier<String> base) {
        this.storage = storage;
        this.base = base;
    }

    /** {@code {url, token, authorization, fileId, cosFileId}} for an upload to {@code path}. */
    Map<String, Object> announce(Object path) {
        if (!(path instanceof String cloudPath)) {
            throw SdkErrors.parameterType("cloudPath", "string", path);
        }
        Optional<String> problem = CloudPaths.problem(cloudPath);
        if (problem.isPresent()) {
            throw new CloudException(-503001, "uploadFile:fail -503001 storage request fail. invalid cloudPath '"
                    + cloudPath + "': " + problem.get());
        }
        String slot = random();
        String authorization = random();
        synchronized (pending) {
            pending.put(slot, new Pending(cloudPath, authorization));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("url", base.get() + "upload/" + slot);
        out.put("token", "");
        out.put("authorization", authorization);
        out.put("fileId", storage.fileIdOf(cloudPath));
        out.put("cosFileId", slot);
        return out;
    }

    /** Stores the body of an announced {@code PUT}; null when stored, else why not. */
    AdminRoute.UploadRefusal accept(String slot, String authorization, InputStream content) {
        Pending p;
        synchronized (pending) {
            p = pending.get(slot);
            if (p == null || !p.authorization().equals(authorization)) {
                return new AdminRoute.UploadRefusal(403, "SignatureDoesNotMatch",
                        "The request signature we calculated does not match the signature you provided.");
            }
            pending.remove(slot);
        }
        try {
            storage.uploadFile(p.cloudPath(), content);
            return null;
        } catch (CloudException e) {
            return new AdminRoute.UploadRefusal(400, e.errCode() == -403001 ? "EntityTooLarge" : "InvalidRequest",
                    AdminErrors.detail(e));
        }
    }

    private String random() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
