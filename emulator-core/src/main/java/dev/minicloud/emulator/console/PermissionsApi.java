package dev.minicloud.emulator.console;

import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.client.RulePartCoverage;
import dev.minicloud.emulator.base.ErrorCode;
import dev.minicloud.emulator.database.CollectionReference;
import dev.minicloud.emulator.database.Query;
import dev.minicloud.emulator.functions.call.WxContext;
import dev.minicloud.emulator.internal.sdk.WireResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/permissions}: each collection's permission as the project's permission file sets it, edited there (the
 * environment then starts again from the file), and a read tried as a mini-program user through
 * {@code env.client(user).database()}, allowed or denied with the service's errMsg and the rule parts that decided
 * (another failure, such as a missing collection, is an error, not a denial).
 */
final class PermissionsApi implements Api {
    private final PermissionFile file;
    private final Runnable restart;

    /**
     * @param file the permission file the environment starts from
     * @param restart asks for a new environment, started from the edited file, before the next request
     */
    PermissionsApi(PermissionFile file, Runnable restart) {
        this.file = file;
        this.restart = restart;
    }

    @Override
    public Object handle(Request r, CloudEnvironment env) throws IOException {
        if (r.segments() == 1 && r.method().equals("GET")) {
            return show(env);
        }
        if (r.segments() == 2 && "try".equals(r.segment(1)) && r.method().equals("POST")) {
            return tryAs(env, r.json());
        }
        if (r.segments() == 3 && "collections".equals(r.segment(1)) && r.method().equals("PUT")) {
            file.setCollection(r.segment(2), r.json());
            restart.run();
            return Map.of("saved", file.path().map(Path::toString).orElseThrow(), "collection", r.segment(2));
        }
        throw Api.noRoute(r);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> show(CloudEnvironment env) {
        Map<String, Object> settings = file.read();
        Map<String, Object> configured = settings.get("database") instanceof Map<?, ?> m
                ? (Map<String, Object>) m : Map.of();
        String defaultTag = settings.get("defaultDatabaseAclTag") instanceof String t ? t : "PRIVATE";
        List<Object> collections = new ArrayList<>();
        for (String name : env.database().snapshot().collections()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", name);
            Object own = configured.get(name);
            if (own instanceof Map<?, ?> acl) {
                entry.put("aclTag", acl.get("aclTag"));
                entry.put("rule", acl.get("rule"));
            } else {
                entry.put("aclTag", defaultTag);
                entry.put("default", true);
            }
            collections.add(entry);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", file.path().filter(Files::isRegularFile).map(Path::toString).orElse(null));
        out.put("writesTo", file.path().map(Path::toString).orElse(null));
        out.put("defaultDatabaseAclTag", defaultTag);
        out.put("collections", collections);
        out.put("storage", settings.getOrDefault("storage", Map.of("aclTag", "READONLY")));
        return out;
    }

    /**
     * {@code {collection, openid, where, action: "get"|"count"}}: the read a mini-program user's page would make. An
     * empty openid is a user who is not logged in. The answer names the rule parts the read judged, from the
     * environment's rule coverage before and after it (a client request running at the same moment, such as a
     * function's, could add its own parts).
     */
    private static Map<String, Object> tryAs(CloudEnvironment env, Map<String, Object> body) {
        String collection = CollectionsApi.text(body, "collection");
        WxContext user = body.get("openid") instanceof String id && !id.isBlank() ? WxContext.ofOpenId(id.strip())
                : WxContext.builder().build();
        CollectionReference c = env.client(user).database().collection(collection);
        Query q = body.get("where") instanceof String where && !where.isBlank() ? c.where(where) : c;
        List<RulePartCoverage> before = env.ruleCoverage();
        Map<String, Object> out = new LinkedHashMap<>();
        try {
            Map<String, Object> answer = WireResults.encode("count".equals(body.get("action")) ? q.count() : q.get());
            out.put("allowed", true);
            out.putAll(answer);
        } catch (CloudException e) {
            if (e.errCode() != ErrorCode.DATABASE_PERMISSION_DENIED.code()) {
                throw e;
            }
            out.put("allowed", false);
            out.put("errCode", e.errCode());
            out.put("errMsg", e.errMsg());
        }
        out.put("decidedBy", decidedBy(collection, before, env.ruleCoverage()));
        return out;
    }

    /** The parts of {@code collection}'s rules judged between the two coverages, with what each came to. */
    private static List<Object> decidedBy(String collection, List<RulePartCoverage> before,
            List<RulePartCoverage> after) {
        Map<String, RulePartCoverage> earlier = new LinkedHashMap<>();
        before.forEach(p -> earlier.put(key(p), p));
        List<Object> parts = new ArrayList<>();
        for (RulePartCoverage now : after) {
            if (!now.collection().equals(collection)) {
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
