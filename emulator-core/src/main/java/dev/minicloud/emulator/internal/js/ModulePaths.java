package dev.minicloud.emulator.internal.js;

import dev.minicloud.emulator.internal.json.JsonCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Node's module resolution inside one function folder: relative paths with {@code .js}/{@code .json} and
 * directories ({@code package.json#main}, {@code index.js}), and {@code node_modules} looked up from the requiring
 * file's folder up to the function folder, never above it. Paths are relative to the function folder, with
 * {@code /}.
 */
final class ModulePaths {
    private ModulePaths() {}

    /** The module file for {@code request} required from {@code fromDir}, or null if there is none. */
    static String resolve(Path root, String request, String fromDir) {
        if (request.isEmpty()) {
            return null;
        }
        if (request.startsWith("./") || request.startsWith("../") || request.equals(".") || request.equals("..")) {
            String target = normalize(fromDir.isEmpty() ? request : fromDir + "/" + request);
            return target == null ? null : fileOrDirectory(root, target);
        }
        if (request.startsWith("/")) {
            String prefix = NodeHost.VIRTUAL_ROOT + "/";
            return request.startsWith(prefix) ? fileOrDirectory(root, normalize(request.substring(prefix.length())))
                    : null;
        }
        for (String dir = fromDir; dir != null; dir = dir.isEmpty() ? null : parent(dir)) {
            String base = dir.isEmpty() ? "node_modules/" : dir + "/node_modules/";
            String found = fileOrDirectory(root, normalize(base + request));
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String fileOrDirectory(Path root, String rel) {
        if (rel == null) {
            return null;
        }
        for (String candidate : List.of(rel, rel + ".js", rel + ".json")) {
            if (!candidate.isEmpty() && Files.isRegularFile(root.resolve(candidate))) {
                return candidate;
            }
        }
        Path dir = root.resolve(rel);
        if (!Files.isDirectory(dir)) {
            return null;
        }
        String main = packageMain(dir.resolve("package.json"));
        String prefix = rel.isEmpty() ? "" : rel + "/";
        if (main != null) {
            String viaMain = normalize(prefix + main);
            if (viaMain != null) {
                for (String candidate : List.of(viaMain, viaMain + ".js", viaMain + ".json", viaMain + "/index.js")) {
                    if (Files.isRegularFile(root.resolve(candidate))) {
                        return candidate;
                    }
                }
            }
        }
        for (String index : List.of("index.js", "index.json")) {
            if (Files.isRegularFile(dir.resolve(index))) {
                return prefix + index;
            }
        }
        return null;
    }

    private static String packageMain(Path packageJson) {
        if (!Files.isRegularFile(packageJson)) {
            return null;
        }
        try {
            Object pkg = JsonCodec.parse(Files.readString(packageJson), false, false);
            return pkg instanceof Map<?, ?> m && m.get("main") instanceof String s && !s.isBlank() ? s : null;
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Folds {@code .} and {@code ..}; null if the path would leave the function folder. */
    static String normalize(String path) {
        List<String> out = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (out.isEmpty()) {
                    return null;
                }
                out.remove(out.size() - 1);
            } else {
                out.add(part);
            }
        }
        return String.join("/", out);
    }

    static String parent(String rel) {
        int i = rel.lastIndexOf('/');
        return i < 0 ? "" : rel.substring(0, i);
    }
}
