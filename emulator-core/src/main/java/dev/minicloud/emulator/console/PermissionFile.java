package dev.minicloud.emulator.console;

import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.base.Permission;
import dev.minicloud.emulator.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The project's permission file ({@code security-rules.json}, or the one {@code --rules} named) as the console reads
 * and edits it. The file is where permissions live, as they live in the cloud and not in a session: an edit is
 * checked by the Java API's own parsers, written whole (a temporary file moved into place), and takes effect when
 * the environment starts again from it.
 */
final class PermissionFile {
    private final Optional<Path> path;

    /** @param path the file, which may not exist yet; empty when the server has none to edit */
    PermissionFile(Optional<Path> path) {
        this.path = path;
    }

    /** Where the file is, if the server has one. */
    Optional<Path> path() {
        return path;
    }

    /** The file's settings; empty when there is no file. */
    Map<String, Object> read() {
        if (path.isEmpty() || !Files.isRegularFile(path.get())) {
            return Map.of();
        }
        try {
            return Json.parseObject(Files.readString(path.get(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path.get(), e);
        }
    }

    /**
     * Sets {@code collection}'s permission: {@code {aclTag}} for a basic mode, {@code {aclTag: "CUSTOM", rule}} with
     * the rule as an object or JSON text.
     *
     * @throws IllegalArgumentException if the setting is not valid, as the Java API words it; nothing is written
     * @throws ConsoleError 409 if the server has no permission file to write
     */
    @SuppressWarnings("unchecked")
    void setCollection(String collection, Map<String, Object> setting) {
        Map<String, Object> entry = entry(setting, rule -> EmulatorConfiguration.builder().setSecurityRules(collection,
                rule));
        write(all -> {
            Map<String, Object> database = all.get("database") instanceof Map<?, ?> m
                    ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
            database.put(collection, entry);
            all.put("database", database);
        });
    }

    /**
     * Sets the mode of collections without one of their own, {@code {aclTag}} with a basic mode (the file's
     * {@code defaultDatabaseAclTag}).
     *
     * @throws IllegalArgumentException if it is not a basic mode; nothing is written
     */
    void setDefault(Map<String, Object> setting) {
        Object tag = setting.get("aclTag");
        Permission mode = basicMode(tag, "the default permission");
        write(all -> all.put("defaultDatabaseAclTag", mode.name()));
    }

    /**
     * Sets the storage's permission, as {@link #setCollection} takes it.
     *
     * @throws IllegalArgumentException if the setting is not valid, as the Java API words it; nothing is written
     */
    void setStorage(Map<String, Object> setting) {
        Map<String, Object> entry = entry(setting, rule -> EmulatorConfiguration.builder().setStorageSecurityRules(
                rule));
        write(all -> all.put("storage", entry));
    }

    /**
     * Applies {@code change} to the file's settings and writes the file whole, after reading the new file as the
     * next start will: an edit never leaves a file that cannot start.
     */
    private void write(Consumer<Map<String, Object>> change) {
        Path file = path.orElseThrow(() -> new ConsoleError(409, "this server has no permission file to edit: start"
                + " serve with --project or --rules"));
        Map<String, Object> all = new LinkedHashMap<>(read());
        change.accept(all);
        try {
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".security-rules", ".json");
            try {
                Files.writeString(temp, Json.stringifyPretty(all) + "\n", StandardCharsets.UTF_8);
                EmulatorConfiguration.builder().loadSecurityRules(temp);
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** A file entry for {@code setting}, a rule checked by {@code check} (the Java API's own parser). */
    private static Map<String, Object> entry(Map<String, Object> setting, Consumer<String> check) {
        Object tag = setting.get("aclTag");
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("aclTag", tag);
        if ("CUSTOM".equals(tag)) {
            Object rule = setting.get("rule") instanceof String text ? parseRule(text) : setting.get("rule");
            if (!(rule instanceof Map<?, ?>)) {
                throw new IllegalArgumentException("a CUSTOM permission needs a rule object, such as {\"read\":"
                        + " \"doc._openid == auth.openid\", \"write\": false}");
            }
            check.accept(Json.stringify(rule));
            entry.put("rule", rule);
        } else {
            basicMode(tag, "aclTag");
        }
        return entry;
    }

    private static Permission basicMode(Object tag, String what) {
        for (Permission p : Permission.values()) {
            if (p.name().equals(tag)) {
                return p;
            }
        }
        throw new IllegalArgumentException(what + " " + tag + " is not one of "
                + Arrays.toString(Permission.values()).replaceAll("[\\[\\]]", "") + ("aclTag".equals(what)
                ? ", CUSTOM" : ""));
    }

    private static Object parseRule(String text) {
        try {
            return Json.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the rule is not JSON: " + e.getMessage(), e);
        }
    }
}
