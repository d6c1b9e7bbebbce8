package dev.minicloud.emulator.internal.miniprogram;

import dev.minicloud.emulator.base.CloudException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedFileSystemException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One mini-program's local files, as its phone keeps them, in a folder of the environment's Jimfs: the user's own
 * files under {@code wxfile://usr} (read and write, at most {@link #USER_QUOTA} bytes together) and temporary files
 * {@code wxfile://tmp_<n>.<ext>} (what {@code downloadFile} and the chosen images give; read and delete only).
 * Any other path, and any path that climbs out with {@code ..}, is refused as the platform refuses paths a
 * mini-program has no right to: {@code <api>:fail permission denied, open <path>}. Nothing here ever names a host
 * file: the folder is a Jimfs one.
 */
final class LocalFiles implements AutoCloseable {
    /** The platform's limit for the files under {@code USER_DATA_PATH}. */
    static final long USER_QUOTA = 10L * 1024 * 1024;
    /** MiniCloud's limit for temporary files, so that a loop of downloads cannot fill the memory. */
    static final long TEMP_QUOTA = 100L * 1024 * 1024;
    static final String USER_DATA_PATH = "wxfile://usr";
    private static final String TEMP_PREFIX = "wxfile://tmp_";
    private static final String FULL = "the maximum size of the file storage limit is exceeded";

    private final Path root;
    private final Path usr;
    private final Path tmp;
    private long temps;

    LocalFiles(Path root) {
        this.root = root;
        try {
            this.usr = Files.createDirectories(root.resolve("usr"));
            this.tmp = Files.createDirectories(root.resolve("tmp"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file the mini-program names, and whether it may write there. */
    private record Target(Path file, boolean writable) {}

    private Target resolve(String api, String path) {
        try {
            if (path.equals(USER_DATA_PATH) || path.startsWith(USER_DATA_PATH + "/")) {
                Path file = usr.resolve(path.substring(USER_DATA_PATH.length()).replaceFirst("^/+", "")).normalize();
                if (file.startsWith(usr)) {
                    return new Target(file, true);
                }
            } else if (path.startsWith(TEMP_PREFIX) && path.indexOf('/', TEMP_PREFIX.length()) < 0
                    && !path.contains("..")) {
                return new Target(tmp.resolve(path.substring("wxfile://".length())), false);
            }
        } catch (InvalidPathException e) {
            // A name Jimfs cannot hold (a NUL character) names nothing the mini-program may open.
        }
        throw fail(api, "permission denied, open " + path);
    }

    private static CloudException fail(String api, String reason) {
        return new CloudException(-1, api + ":fail " + reason);
    }

    /** A temporary file holding {@code content}; its name keeps the extension of {@code nameHint}. */
    String newTempFile(String api, String nameHint, byte[] content) {
        if (size(tmp) + content.length > TEMP_QUOTA) {
            throw fail(api, FULL);
        }
        String name = "tmp_" + ++temps + extension(nameHint);
        try {
            Files.write(tmp.resolve(name), content, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "wxfile://" + name;
    }

    private static String extension(String name) {
        String last = name == null ? "" : name.substring(name.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        String ext = dot < 0 ? "" : last.substring(dot);
        return ext.matches("\\.[A-Za-z0-9]{1,8}") ? ext : "";
    }

    byte[] read(String api, String path) {
        Path file = resolve(api, path).file();
        if (Files.isDirectory(file)) {
            throw fail(api, "illegal operation on a directory, open " + path);
        }
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw fail(api, "no such file or directory, open " + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(String api, String path, byte[] content, boolean append) {
        Target target = resolve(api, path);
        Path file = target.file();
        if (!target.writable() || file.equals(usr)) {
            throw fail(api, "permission denied, open " + path);
        }
        if (Files.isDirectory(file)) {
            throw fail(api, "illegal operation on a directory, open " + path);
        }
        if (!Files.isDirectory(file.getParent())) {
            throw fail(api, "no such file or directory, open " + path);
        }
        long kept = append ? 0 : sizeOf(file);
        if (size(usr) - kept + content.length > USER_QUOTA) {
            throw fail(api, FULL);
        }
        try {
            if (append) {
                Files.write(file, content, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } else {
                Files.write(file, content);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void access(String api, String path) {
        if (!Files.exists(resolve(api, path).file())) {
            throw fail(api, "no such file or directory " + path);
        }
    }

    void unlink(String api, String path) {
        Path file = resolve(api, path).file();
        if (Files.isDirectory(file)) {
            throw fail(api, "operation not permitted, unlink " + path);
        }
        try {
            Files.delete(file);
        } catch (NoSuchFileException e) {
            throw fail(api, "no such file or directory " + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> readdir(String api, String path) {
        Path dir = resolve(api, path).file();
        List<String> names = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.map(p -> p.getFileName().toString()).sorted().forEach(names::add);
        } catch (NoSuchFileException e) {
            throw fail(api, "no such file or directory " + path);
        } catch (NotDirectoryException e) {
            throw fail(api, "not a directory " + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    void mkdir(String api, String path, boolean recursive) {
        Target target = resolve(api, path);
        if (!target.writable()) {
            throw fail(api, "permission denied, open " + path);
        }
        try {
            if (recursive && !Files.exists(target.file())) {
                Files.createDirectories(target.file());
            } else {
                Files.createDirectory(target.file());
            }
        } catch (FileAlreadyExistsException e) {
            throw fail(api, "file already exists " + path);
        } catch (NoSuchFileException e) {
            throw fail(api, "no such file or directory " + path);
        } catch (IOException e) {
            throw fail(api, "not a directory " + path);
        }
    }

    void rmdir(String api, String path, boolean recursive) {
        Target target = resolve(api, path);
        Path dir = target.file();
        if (!target.writable() || dir.equals(usr)) {
            throw fail(api, "permission denied, open " + path);
        }
        if (!Files.exists(dir)) {
            throw fail(api, "no such file or directory " + path);
        }
        if (!Files.isDirectory(dir)) {
            throw fail(api, "not a directory " + path);
        }
        try {
            if (recursive) {
                deleteTree(dir);
            } else {
                Files.delete(dir);
            }
        } catch (DirectoryNotEmptyException e) {
            throw fail(api, "directory not empty " + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.mapToLong(LocalFiles::sizeOf).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Frees the files: the phone is gone. */
    @Override
    public void close() {
        try {
            if (Files.exists(root)) {
                deleteTree(root);
            }
        } catch (ClosedFileSystemException e) {
            // The environment closed first and freed its whole file system.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
