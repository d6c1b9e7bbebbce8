package dev.minicloud.emulator.console;

import dev.minicloud.emulator.ClientPermissions;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code /api/permissions}: the client permissions the environment applies, read from its configuration (whatever
 * set them: the permission file, or the Java API for a console started from Java); edited in the project's
 * permission file (the environment then starts again from it); and a request tried as a mini-program user
 * ({@link PermissionTry}).
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
        String action = r.segment(1);
        if (action == null && r.method().equals("GET")) {
            return show(env);
        }
        if ("try".equals(action) && r.method().equals("POST") && r.segments() <= 3) {
            if (r.segments() == 2) {
                return PermissionTry.read(env, r.json());
            }
            if ("storage".equals(r.segment(2))) {
                return PermissionTry.file(env, r.json());
            }
        }
        if (r.method().equals("PUT")) {
            if (r.segments() == 3 && "collections".equals(action)) {
                file.setCollection(r.segment(2), r.json());
                return saved(r.segment(2));
            }
            if (r.segments() == 2 && "default".equals(action)) {
                file.setDefault(r.json());
                return saved("default");
            }
            if (r.segments() == 2 && "storage".equals(action)) {
                file.setStorage(r.json());
                return saved("storage");
            }
        }
        throw Api.noRoute(r);
    }

    private Map<String, Object> saved(String what) {
        restart.run();
        return Map.of("saved", file.path().map(Path::toString).orElseThrow(), "setting", what);
    }

    private Map<String, Object> show(CloudEnvironment env) {
        ClientPermissions applied = env.configuration().permissions();
        TreeSet<String> names = new TreeSet<>(env.database().snapshot().collections());
        names.addAll(applied.collections().keySet());
        List<Object> collections = new ArrayList<>();
        for (String name : names) {
            ClientPermissions.Access own = applied.collections().get(name);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", name);
            if (own != null) {
                entry.putAll(setting(own));
            } else {
                entry.put("aclTag", applied.defaultCollectionPermission().name());
                entry.put("default", true);
            }
            collections.add(entry);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", file.path().filter(Files::isRegularFile).map(Path::toString).orElse(null));
        out.put("writesTo", file.path().map(Path::toString).orElse(null));
        out.put("defaultDatabaseAclTag", applied.defaultCollectionPermission().name());
        out.put("collections", collections);
        out.put("storage", setting(applied.storage()));
        return out;
    }

    /** {@code {aclTag}} or {@code {aclTag: "CUSTOM", rule}}, as the permission file writes it. */
    private static Map<String, Object> setting(ClientPermissions.Access access) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("aclTag", access.aclTag());
        access.rulesJson().ifPresent(rule -> out.put("rule", Json.parse(rule)));
        return out;
    }
}
