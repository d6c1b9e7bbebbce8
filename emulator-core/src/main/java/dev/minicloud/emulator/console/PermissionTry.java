package dev.minicloud.emulator.console;

import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.base.ErrorCode;
import dev.minicloud.emulator.client.CloudClient;
import dev.minicloud.emulator.client.RulePartCoverage;
import dev.minicloud.emulator.database.CollectionReference;
import dev.minicloud.emulator.database.Query;
import dev.minicloud.emulator.functions.call.WxContext;
import dev.minicloud.emulator.internal.sdk.WireResults;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A request tried as a mini-program user through {@code env.client(user)}: allowed with the answer, or denied with
 * the service's errMsg, and the rule parts that decided, from the environment's rule coverage before and after it (a
 * client request running at the same moment, such as a function's, could add its own parts). Another failure, such
 * as a missing collection or file, is an error, not a denial.
 */
final class PermissionTry {
    /** The name rule coverage gives the storage's rules. */
    private static final String STORAGE = "storage";

    private PermissionTry() {
    }

    /** {@code {collection, openid, where, action: "get"|"count"}}: the read a user's page would make. */
    static Map<String, Object> read(CloudEnvironment env, Map<String, Object> body) {
        String collection = CollectionsApi.text(body, "collection");
        CollectionReference c = client(env, body).database().collection(collection);
        Query q = body.get("where") instanceof String where && !where.isBlank() ? c.where(where) : c;
        return judged(env, collection, ErrorCode.DATABASE_PERMISSION_DENIED,
                () -> WireResults.encode("count".equals(body.get("action")) ? q.count() : q.get()));
    }

    /**
     * {@code {cloudPath, openid, action: "read"|"write", content}}: a download of the file, or an upload of
     * {@code content} (text) to it. A write that is allowed is made: the file then holds the content, owned by the
     * user, as after the user's own upload.
     */
    static Map<String, Object> file(CloudEnvironment env, Map<String, Object> body) {
        String cloudPath = CollectionsApi.text(body, "cloudPath");
        CloudClient user = client(env, body);
        Object action = body.getOrDefault("action", "read");
        if ("write".equals(action)) {
            byte[] content = String.valueOf(body.getOrDefault("content", "")).getBytes(StandardCharsets.UTF_8);
            return judged(env, STORAGE, ErrorCode.STORAGE_PERMISSION_DENIED,
                    () -> WireResults.encode(user.uploadFile(cloudPath, content)));
        }
        if (!"read".equals(action)) {
            throw new IllegalArgumentException("action must be read or write, got " + action);
        }
        String fileID = env.storage().fileIdOf(cloudPath);
        return judged(env, STORAGE, ErrorCode.STORAGE_PERMISSION_DENIED, () -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("fileID", fileID);
            out.put("size", user.downloadFile(fileID).fileContent().length);
            return out;
        });
    }

    /** An empty openid is a user who is not logged in. */
    private static CloudClient client(CloudEnvironment env, Map<String, Object> body) {
        return env.client(body.get("openid") instanceof String id && !id.isBlank() ? WxContext.ofOpenId(id.strip())
                : WxContext.builder().build());
    }

    private static Map<String, Object> judged(CloudEnvironment env, String owner, ErrorCode denial,
            Supplier<Map<String, Object>> request) {
        List<RulePartCoverage> before = env.ruleCoverage();
        Map<String, Object> out = new LinkedHashMap<>();
        try {
            Map<String, Object> answer = request.get();
            out.put("allowed", true);
            out.putAll(answer);
        } catch (CloudException e) {
            if (e.errCode() != denial.code()) {
                throw e;
            }
            out.put("allowed", false);
            out.put("errCode", e.errCode());
            out.put("errMsg", e.errMsg());
        }
        out.put("decidedBy", decidedBy(owner, before, env.ruleCoverage()));
        return out;
    }

    /** The parts of {@code owner}'s rules judged between the two coverages, with what each came to. */
    private static List<Object> decidedBy(String owner, List<RulePartCoverage> before,
            List<RulePartCoverage> after) {
        Map<String, RulePartCoverage> earlier = new LinkedHashMap<>();
        before.forEach(p -> earlier.put(key(p), p));
        List<Object> parts = new ArrayList<>();
        for (RulePartCoverage now : after) {
            if (!now.collection().equals(owner)) {
                continue;
            }
            RulePartCoverage then = earlier.get(key(now));
            long t = now.timesTrue() - (then == null ? 0 : then.timesTrue());
            long f = now.timesFalse() - (then == null ? 0 : then.timesFalse());
            if (t + f > 0) {
                parts.add(Map.of("rule", now.rule(), "part", now.part(), "result", t > 0 && f == 0 ? "true"
                        : f > 0 && t == 0 ? "false" : "true " + t + ", false " + f));
            }
        }
        return parts;
    }

    private static String key(RulePartCoverage p) {
        return p.collection() + "\u0000" + p.rule() + "\u0000" + p.part();
    }
}
