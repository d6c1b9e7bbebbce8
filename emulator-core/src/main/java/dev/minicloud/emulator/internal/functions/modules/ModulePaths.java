package dev.minicloud.emulator.internal.functions.modules;

import dev.minicloud.emulator.internal.common.json.JsonCodec;
import dev.minicloud.emulator.internal.functions.node.NodeHost;
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
 *
 * <p>Symbolic links are followed only where they stay inside the function folder: a module file, or a package
 * folder whose {@code package.json} is read, counts only if its real path is inside the folder's real path; one
 * that leads outside is treated as absent. As in Node, a module is known by its real path, so a package linked
 * from {@code node_modules/x} to {@code node_modules/.pnpm/x@1.0.0/node_modules/x} (pnpm's layout) finds its own
 * dependencies beside it in the {@code .pnpm} store.
 */
public final class ModulePaths {
    private ModulePaths() {}

    /** How one platform resolves a request: its package folder and what an absolute path is relative to. */
    private record Style(String packages, String absolutePrefix, boolean bareFallsBackToRelative) {}

    private static final Style NODE = new Style("node_modules", NodeHost.VIRTUAL_ROOT + "/", false);
    /**
     * A mini-program: {@code /x} is the mini-program's root, packages are in {@code miniprogram_npm}, and a bare
     * path that names no package is relative to the requiring file, as WeChat resolves {@code require('utils/x')}.
     */
    private static final Style MINI_PROGRAM = new Style("miniprogram_npm", "/", true);

    /**
     * The module file for {@code request} required from {@code fromDir}, by its real path relative to the real
     * function folder, or null if there is none inside the folder.
     */
    public static String resolve(Path root, String request, String fromDir) {
        return resolve(root, request, fromDir, NODE);
    }

    /** As {@link #resolve(Path, String, String)} with a mini-program's rules. */
    public static String resolveMiniProgram(Path root, String request, String fromDir) {
        return resolve(root, request, fromDir, MINI_PROGRAM);
    }

    private static String resolve(Path root, String request, String fromDir, Style style) {
        if (request.isEmpty()) {
            return null;
        }
        try {
            return resolveIn(root.toRealPath(), request, fromDir, style);
        } catch (IOException e) {
            return null;
        }
    }

    private static String resolveIn(Path root, String request, String fromDir, Style style) {
        if (request.startsWith("./") || request.startsWith("../") || request.equals(".") || request.equals("..")) {
            return relative(root, request, fromDir);
        }
        if (request.startsWith("/")) {
            String prefix = style.absolutePrefix();
            return request.startsWith(prefix) ? fileOrDirectory(root, normalize(request.substring(prefix.length())))
                    : null;
        }
        for (String dir = fromDir; dir != null; dir = dir.isEmpty() ? null : parent(dir)) {
            String base = dir.isEmpty() ? style.packages() + "/" : dir + "/" + style.packages() + "/";
            String found = fileOrDirectory(root, normalize(base + request));
            if (found != null) {
                return found;
            }
        }
        return style.bareFallsBackToRelative() ? relative(root, request, fromDir) : null;
    }

    private static String relative(Path root, String request, String fromDir) {
        String target = normalize(fromDir.isEmpty() ? request : fromDir + "/" + request);
        return target == null ? null : fileOrDirectory(root, target);
    }

    private static String fileOrDirectory(Path root, String rel) {
        if (rel == null) {
            return null;
        }
        for (String candidate : List.of(rel, rel + ".js", rel + ".json")) {
            String file = candidate.isEmpty() ? null : moduleFile(root, candidate);
            if (file != null) {
                return file;
            }
        }
        Path dir = root.resolve(rel);
        if (!Files.isDirectory(dir) || realInside(root, dir) == null) {
            return null;
        }
        String main = packageMain(root, dir.resolve("package.json"));
        String prefix = rel.isEmpty() ? "" : rel + "/";
        if (main != null) {
            String viaMain = normalize(prefix + main);
            if (viaMain != null) {
                for (String candidate : List.of(viaMain, viaMain + ".js", viaMain + ".json", viaMain + "/index.js")) {
                    String file = moduleFile(root, candidate);
                    if (file != null) {
                        return file;
                    }
                }
            }
        }
        for (String index : List.of("index.js", "index.json")) {
            String file = moduleFile(root, prefix + index);
            if (file != null) {
                return file;
            }
        }
        return null;
    }

    /** The real path of regular file {@code rel} relative to {@code root}, or null if absent or outside. */
    private static String moduleFile(Path root, String rel) {
        Path file = root.resolve(rel);
        return Files.isRegularFile(file) ? realInside(root, file) : null;
    }

    /** The real path of {@code path} relative to the real {@code root}, with {@code /}; null if outside. */
    private static String realInside(Path root, Path path) {
        try {
            Path real = path.toRealPath();
            if (!real.startsWith(root)) {
                return null;
            }
            List<String> names = new ArrayList<>();
            root.relativize(real).forEach(name -> names.add(name.toString()));
            return String.join("/", names);
        } catch (IOException e) {
            return null;
        }
    }

    private static String packageMain(Path root, Path packageJson) {
        if (!Files.isRegularFile(packageJson) || realInside(root, packageJson) == null) {
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
