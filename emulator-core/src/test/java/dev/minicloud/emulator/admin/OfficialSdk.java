package dev.minicloud.emulator.admin;

import static org.junit.jupiter.api.Assertions.fail;

import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs scenarios of {@code src/test/node/scenarios.js} with the real {@code wx-server-sdk} (installed there by
 * {@code .ci/node-sdk} from the committed lockfile) in a real {@code node} process, pointed at an environment's
 * admin endpoint the way the function runtime points it: {@code TCB_CONTEXT_CNFG} and the SCF variables.
 *
 * <p>Without Node or the SDK the tests are skipped with a message, except under CI, where they fail.
 */
public final class OfficialSdk {
    public static final Path FOLDER = Path.of("src/test/node").toAbsolutePath();
    /** Generous: a cold Node with the SDK takes well under a second; a loaded CI machine may take far longer. */
    private static final long TIMEOUT_SECONDS = 120;

    private OfficialSdk() {}

    /** Skips the calling test (fails it under CI) unless node and the installed SDK are there. */
    public static void assumeInstalled() {
        String problem = problem();
        if (problem == null) {
            return;
        }
        String message = problem + ": run `bash .ci/node-sdk` (it installs the SDK from the lockfile) to run the"
                + " tests of the official SDK";
        if (System.getenv("CI") != null && !System.getenv("CI").isEmpty()) {
            fail(message);
        }
        Assumptions.abort(message);
    }

    private static String problem() {
        if (!Files.isDirectory(FOLDER.resolve("node_modules/wx-server-sdk"))) {
            return "wx-server-sdk is not installed in " + FOLDER;
        }
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) && p.exitValue() == 0 ? null : "node does not run";
        } catch (IOException e) {
            return "node is not on the PATH";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /**
     * Copies an npm package that the SDK's install brought, with every package it depends on, into a function
     * folder's {@code node_modules}, as npm would install it there.
     */
    public static void installPackage(String pkg, Path functionFolder) throws IOException {
        for (String dependency : dependencyClosure(pkg)) {
            copyTree(FOLDER.resolve("node_modules").resolve(dependency),
                    functionFolder.resolve("node_modules").resolve(dependency));
        }
    }

    /** The package and every package it depends on, as npm installed them (flat, from the lockfile). */
    private static Set<String> dependencyClosure(String root) throws IOException {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            String pkg = todo.pop();
            if (seen.add(pkg)) {
                Map<String, Object> manifest = Json.parseObject(Files.readString(FOLDER.resolve("node_modules").resolve(pkg)
                        .resolve("package.json")));
                if (manifest.get("dependencies") instanceof Map<?, ?> deps) {
                    deps.keySet().forEach(d -> todo.push(String.valueOf(d)));
                }
            }
        }
        return seen;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(p -> {
                try {
                    Path target = to.resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(p, target);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** The scenario's outcome: {@code {"ok": ...}} or {@code {"error": {errCode, errMsg}}}. */
    static Map<String, Object> run(CloudEnvironment env, String scenario) {
        try {
            ProcessBuilder pb = new ProcessBuilder("node", "run.js", scenario).directory(FOLDER.toFile());
            pb.environment().putAll(env.adminEndpointVariables());
            Path log = Files.createTempFile("official-sdk", ".log");
            pb.redirectError(log.toFile());
            Process p = pb.start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                fail("node did not finish " + scenario);
            }
            String stderr = Files.readString(log);
            Files.delete(log);
            List<String> lines = new String(out, StandardCharsets.UTF_8).strip().lines().toList();
            if (lines.isEmpty() || !lines.get(lines.size() - 1).startsWith("{")) {
                fail("node printed no outcome for " + scenario + ": " + lines + "\n" + stderr);
            }
            return Json.parseObject(lines.get(lines.size() - 1));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
