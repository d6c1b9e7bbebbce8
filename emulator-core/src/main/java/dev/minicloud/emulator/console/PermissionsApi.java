package dev.minicloud.emulator.console;

import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.CloudException;
import dev.minicloud.emulator.ErrorCode;
import dev.minicloud.emulator.database.CollectionReference;
import dev.minicloud.emulator.database.Query;
import dev.minicloud.emulator.functions.WxContext;
import dev.minicloud.emulator.internal.sdk.WireResults;
import dev.minicloud.emulator.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /api/permissions}: each collection's permission as the project's {@code security-rules.json} configures it,
 * and a read tried as a mini-program user through {@code env.client(user).database()}, allowed or denied with the
 * service's errMsg (another failure, such as a missing collection, is an error, not a denial).
 */
final class PermissionsApi implements Api {
    private final Optional<Path> rulesFile;

    /** @param rulesFile the permission file the environment was configured from, if any */
    PermissionsApi(Optional<Path> rulesFile) {
        this.rulesFile = rulesFile;
    }

    @Override
    public Object handle(Request r, CloudEnvironment env) throws IOException {
        if (r.segments() == 1 && r.method().equals("GET")) {
            return show(env);
        }
        if (r.segments() == 2 && "try".equals(r.segment(1)) && r.method().equals("POST")) {
            return tryAs(env, r.json());
        }
        throw Api.noRoute(r);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> show(CloudEnvironment env) {
        Map<String, Object> file = rulesFile.map(PermissionsApi::read).orElse(Map.of());
        Map<String, Object> configured = file.get("database") instanceof Map<?, ?> m ? (Map<String, Object>) m
                : Map.of();
        String defaultTag = file.get("defaultDatabaseAclTag") instanceof String t ? t : "PRIVATE";
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
        out.put("file", rulesFile.map(Path::toString).orElse(null));
        out.put("defaultDatabaseAclTag", defaultTag);
        out.put("collections", collections);
        out.put("storage", file.getOrDefault("storage", Map.of("aclTag", "READONLY")));
        return out;
    }

    private static Map<String, Object> read(Path file) {
        try {
            return Json.parseObject(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * {@code {collection, openid, where, action: "get"|"count"}}: the read a mini-program user's page would make. An
     * empty openid is a user who is not logged in.
     */
    private static Map<String, Object> tryAs(CloudEnvironment env, Map<String, Object> body) {
        String collection = CollectionsApi.text(body, "collection");
        WxContext user = body.get("openid") instanceof String id && !id.isBlank() ? WxContext.ofOpenId(id.strip())
                : WxContext.builder().build();
        CollectionReference c = env.client(user).database().collection(collection);
        Query q = body.get("where") instanceof String where && !where.isBlank() ? c.where(where) : c;
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
        return out;
    }
}
