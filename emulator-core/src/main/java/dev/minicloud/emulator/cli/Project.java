package dev.minicloud.emulator.cli;

import dev.minicloud.emulator.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What a mini-program project folder offers the emulator, found as WeChat's developer tools find it: the function
 * root named by {@code project.config.json}'s {@code cloudfunctionRoot}, else {@code cloudfunctions/}; and MiniCloud's
 * own conventions for seed data, {@code seed/database} and {@code seed/storage}, and for the client side's
 * permissions, {@code security-rules.json}, and for the stubs answering its functions' HTTP requests,
 * {@code http-stubs.json}.
 *
 * @param functions the function root, if the project has one
 * @param databaseSeed the database fixture folder, if present
 * @param storageSeed the storage fixture folder, if present
 * @param appId {@code project.config.json}'s {@code appid}, if set
 * @param securityRules the permission file, if present
 * @param httpStubs the HTTP stub file, if present
 */
record Project(Optional<Path> functions, Optional<Path> databaseSeed, Optional<Path> storageSeed,
        Optional<String> appId, Optional<Path> securityRules, Optional<Path> httpStubs) {
    static final String CONFIG_FILE = "project.config.json";
    static final String RULES_FILE = "security-rules.json";

    /**
     * Reads the project in {@code dir}.
     *
     * @throws UsageException if {@code dir} is not a folder, its {@code project.config.json} is not a JSON object, or
     *     its {@code cloudfunctionRoot} names no folder
     */
    static Project read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UsageException("--project " + dir + " is not a folder");
        }
        Map<String, Object> config = config(dir.resolve(CONFIG_FILE));
        Optional<Path> functions;
        if (config.get("cloudfunctionRoot") instanceof String root && !root.isBlank()) {
            Path declared = dir.resolve(root).normalize();
            if (!Files.isDirectory(declared)) {
                throw new UsageException(dir.resolve(CONFIG_FILE) + " names cloudfunctionRoot \"" + root
                        + "\", but " + declared + " is not a folder");
            }
            functions = Optional.of(declared);
        } else {
            functions = folder(dir.resolve("cloudfunctions"));
        }
        Optional<String> appId = config.get("appid") instanceof String id && !id.isBlank()
                ? Optional.of(id) : Optional.empty();
        return new Project(functions, folder(dir.resolve("seed/database")), folder(dir.resolve("seed/storage")),
                appId, file(dir.resolve(RULES_FILE)), file(dir.resolve(StubsFile.FILE)));
    }

    private static Optional<Path> file(Path path) {
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    private static Map<String, Object> config(Path file) {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            return Json.parseObject(Files.readString(file));
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UsageException(file + " is not a JSON object: " + e.getMessage(), e);
        }
    }

    private static Optional<Path> folder(Path path) {
        return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
    }
}
