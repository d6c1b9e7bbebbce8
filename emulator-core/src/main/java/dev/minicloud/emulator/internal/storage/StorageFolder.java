package dev.minicloud.emulator.internal.storage;

import dev.minicloud.emulator.internal.fixtures.FixtureFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A host folder holding an environment's files as a plain tree: cloudPath {@code a/b.png} is {@code <folder>/a/b.png},
 * the layout of a storage fixture folder, so the folder can also seed other environments.
 *
 * <p>Object storage can hold {@code a} and {@code a/b} at once; a file tree cannot, so such a pair cannot be written.
 */
public final class StorageFolder {
    private final Path folder;

    public StorageFolder(Path folder) {
        this.folder = folder;
    }

    /**
     * The files in the folder by cloudPath; none if the folder does not exist.
     *
     * @throws IllegalArgumentException if a file's relative path is not a valid cloudPath
     */
    public Map<String, byte[]> read() {
        if (!Files.isDirectory(folder)) {
            return Map.of();
        }
        return CloudPaths.contents(FixtureFolder.fromFolder(folder).values(), "file");
    }

    /**
     * Makes the folder hold exactly {@code files}: writes new and changed files, deletes files no longer stored and
     * the folders they leave empty. Unchanged files are not touched. Each file is written to a temporary file beside
     * the folder and moved into place, so a reader never sees half a file.
     *
     * @throws IllegalStateException if one cloudPath is a file and also the folder of another; nothing is written
     */
    public void write(Map<String, byte[]> files) {
        checkTree(files.keySet());
        try {
            Files.createDirectories(folder);
            deleteAllBut(files.keySet());
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                writeIfChanged(folder.resolve(file.getKey()), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the files to " + folder + ": " + e.getMessage(), e);
        }
    }

    private void checkTree(Set<String> cloudPaths) {
        for (String cloudPath : cloudPaths) {
            for (int slash = cloudPath.indexOf('/'); slash >= 0; slash = cloudPath.indexOf('/', slash + 1)) {
                String parent = cloudPath.substring(0, slash);
                if (cloudPaths.contains(parent)) {
                    throw new IllegalStateException("cannot write the files to " + folder + ": cloudPath '" + parent
                            + "' is a file and also the folder of '" + cloudPath + "', which a file tree cannot hold;"
                            + " delete or rename one of them");
                }
            }
        }
    }

    private void deleteAllBut(Set<String> kept) throws IOException {
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(folder)) {
            // Deepest first, so that a folder comes after its contents and can be removed once empty.
            entries = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path entry : entries) {
            if (entry.equals(folder)) {
                continue;
            }
            if (Files.isDirectory(entry)) {
                if (isEmpty(entry)) {
                    Files.delete(entry);
                }
            } else if (!kept.contains(FixtureFolder.relativePath(folder, entry))) {
                Files.delete(entry);
            }
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.findAny().isEmpty();
        }
    }

    private void writeIfChanged(Path target, byte[] content) throws IOException {
        if (Files.isRegularFile(target) && Files.size(target) == content.length
                && Arrays.equals(Files.readAllBytes(target), content)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(folder.toAbsolutePath().getParent(), ".storage-", ".tmp");
        try {
            Files.write(temp, content);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
