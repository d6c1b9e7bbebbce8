package dev.minicloud.emulator.internal.functions;

import dev.minicloud.emulator.functions.call.FunctionRuntime;
import dev.minicloud.emulator.internal.common.json.JsonCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A cloud function folder: {@code <root>/<name>/} with its entry file ({@code package.json#main}, else
 * {@code index.js}) and the {@code config.json} settings MiniCloud honours ({@code timeout} in seconds,
 * {@code envVariables}).
 *
 * @param name the function's name
 * @param dir the function's folder, the only part of the host file system its code can read
 * @param entry the entry module, relative to {@code dir}
 * @param timeout the invocation time limit
 * @param envVariables extra {@code process.env} entries
 * @param runtime the engine {@code config.json}'s {@code runtime} names ({@code "node"} or {@code "rhino"}), or null
 *     for the configured one; other values (SCF's {@code "Nodejs16.13"}) name no engine of MiniCloud's
 */
public record FunctionDefinition(String name, Path dir, String entry, Duration timeout,
        Map<String, String> envVariables, FunctionRuntime runtime) {
    /** The longest timeout a function may configure: 900 s, the SCF ceiling. */
    static final Duration MAX_TIMEOUT = Duration.ofSeconds(900);

    /** Reads a function folder, or returns null if {@code dir} is not one. */
    static FunctionDefinition read(String name, Path dir, Duration defaultTimeout) {
        if (!Files.isDirectory(dir)) {
            return null;
        }
        String entry = "index.js";
        Map<String, Object> pkg = json(dir.resolve("package.json"));
        if (pkg != null && pkg.get("main") instanceof String main && !main.isBlank()) {
            entry = main.startsWith("./") ? main.substring(2) : main;
            if (!entry.endsWith(".js") && Files.isRegularFile(dir.resolve(entry + ".js"))) {
                entry = entry + ".js";
            }
        }
        if (!Files.isRegularFile(dir.resolve(entry))) {
            return null;
        }
        Duration timeout = defaultTimeout;
        FunctionRuntime runtime = null;
        Map<String, String> env = new LinkedHashMap<>();
        Map<String, Object> config = json(dir.resolve("config.json"));
        if (config != null) {
            if (config.get("timeout") instanceof Number seconds && seconds.doubleValue() > 0) {
                timeout = Duration.ofMillis(Math.round(seconds.doubleValue() * 1000));
                if (timeout.compareTo(MAX_TIMEOUT) > 0) {
                    timeout = MAX_TIMEOUT;
                }
            }
            if (config.get("runtime") instanceof String engine
                    && (engine.equalsIgnoreCase("node") || engine.equalsIgnoreCase("rhino"))) {
                runtime = FunctionRuntime.named(engine);
            }
            if (config.get("envVariables") instanceof Map<?, ?> vars) {
                vars.forEach((k, v) -> env.put(String.valueOf(k), String.valueOf(v)));
            }
        }
        return new FunctionDefinition(name, dir, entry, timeout, Map.copyOf(env), runtime);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            Object v = JsonCodec.parse(Files.readString(file), false);
            return v instanceof Map ? (Map<String, Object>) v : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
