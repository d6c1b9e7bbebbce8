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
        Path file = path.orElseThrow(() -> new ConsoleError(409, "this server has no permission file to edit: start"
                + " serve with --project or --rules"));
        Map<String, Object> entry = entry(collection, setting);
        Map<String, Object> all = new LinkedHashMap<>(read());
        Map<String, Object> database = all.get("database") instanceof Map<?, ?> m
                ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
        database.put(collection, entry);
        all.put("database", database);
        try {
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".security-rules", ".json");
            try {
                Files.writeString(temp, Json.stringifyPretty(all) + "\n", StandardCharsets.UTF_8);
                // The whole file as the next start will read it: an edit never leaves a file that cannot start.
                EmulatorConfiguration.builder().loadSecurityRules(temp);
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static Map<String, Object> entry(String collection, Map<String, Object> setting) {
        Object tag = setting.get("aclTag");
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("aclTag", tag);
        if ("CUSTOM".equals(tag)) {
            Object rule = setting.get("rule") instanceof String text ? parseRule(text) : setting.get("rule");
            if (!(rule instanceof Map<?, ?>)) {
                throw new IllegalArgumentException("a CUSTOM permission needs a rule object, such as {\"read\":"
                        + " \"doc._openid == auth.openid\", \"write\": false}");
            }
            EmulatorConfiguration.builder().setSecurityRules(collection, Json.stringify(rule));
            entry.put("rule", rule);
        } else if (!(tag instanceof String name) || Arrays.stream(Permission.values())
                .noneMatch(p -> p.name().equals(name))) {
            throw new IllegalArgumentException("aclTag " + tag + " is not one of "
                    + Arrays.toString(Permission.values()).replaceAll("[\\[\\]]", "") + ", CUSTOM");
        }
        return entry;
    }

    private static Object parseRule(String text) {
        try {
            return Json.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the rule is not JSON: " + e.getMessage(), e);
        }
    }
}
