package dev.minicloud.emulator.internal.files;

import dev.minicloud.emulator.internal.common.fixtures.FixtureFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A host folder holding an environment's files as a plain tree: cloudPath {@code a/b.png} is {@code <folder>/a/b.png},
 * the layout of a storage fixture folder, so the folder can also seed other environments.
 *
 * <p>Object storage can hold {@code a} and {@code a/b} at once; a file tree cannot, so such a pair cannot be written.
 * Nor can a name longer than {@value #MAX_NAME_BYTES} bytes, which host file systems refuse. Every file written stays
 * inside the folder: its path is checked after normalisation, and a folder on the way that is a symbolic link
 * leading outside is refused before anything is created through it.
 */
public final class StorageFolder {
    /** The longest file name (one cloudPath segment) ext4, APFS and NTFS all accept, in UTF-8 bytes. */
    static final int MAX_NAME_BYTES = 255;

    private final Path folder;
    private final boolean sync;

    /**
     * @param sync whether each file written is forced to the storage device before the write returns, and its
     *     folder after the move into place (best effort: not every host can force a folder)
     */
    public StorageFolder(Path folder, boolean sync) {
        this.folder = folder.toAbsolutePath().normalize();
        this.sync = sync;
    }

    /**
     * The files in the folder by cloudPath; none if the folder does not exist.
     *
     * @throws IllegalArgumentException if a file's relative path is not a valid cloudPath, or a file is a link
     *     leading outside the folder
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
     * @throws IllegalStateException if a cloudPath cannot be a file of the folder (one is a file and also the folder
     *     of another, a name is too long, or the path would leave the folder); nothing is written then
     */
    public void write(Map<String, byte[]> files) {
        for (String cloudPath : files.keySet()) {
            problem(cloudPath, files.keySet()::contains).ifPresent(problem -> {
                throw new IllegalStateException("cannot write the files to " + folder + ": " + problem);
            });
        }
        try {
            Files.createDirectories(folder);
            deleteAllBut(files.keySet());
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                writeIfChanged(fileOf(file.getKey()), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the files to " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Why {@code cloudPath} cannot be written beside the files now in the folder, or empty if it can: the rule
     * {@link #put} checks before a file is stored anywhere.
     */
    public Optional<String> problemWith(String cloudPath) {
        return problem(cloudPath, stored -> Files.isRegularFile(folder.resolve(stored), LinkOption.NOFOLLOW_LINKS))
                .or(() -> Files.isDirectory(folder.resolve(cloudPath), LinkOption.NOFOLLOW_LINKS)
                        ? Optional.of("cloudPath '" + cloudPath + "' is the folder of stored files, which a file tree"
                                + " cannot also hold as a file; delete those files or choose another cloudPath")
                        : Optional.empty());
    }

    /**
     * Writes one file, replacing any file there.
     *
     * @throws IllegalStateException if {@link #problemWith} names a problem; nothing is written then
     */
    public void put(String cloudPath, byte[] content) {
        problemWith(cloudPath).ifPresent(problem -> {
            throw new IllegalStateException("cannot write to " + folder + ": " + problem);
        });
        try {
            writeIfChanged(fileOf(cloudPath), content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + cloudPath + " to " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Deletes one file, if there, and the folders it leaves empty. */
    public void remove(String cloudPath) {
        Path file = fileOf(cloudPath);
        try {
            Files.deleteIfExists(file);
            Path dir = file.getParent();
            while (!dir.equals(folder) && Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) && isEmpty(dir)) {
                Files.delete(dir);
                dir = dir.getParent();
            }
            // The deepest folder left holds the deletion.
            forceFolder(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + cloudPath + " from " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Why {@code cloudPath} cannot be a file of this folder when {@code isFile} tells which paths are files. */
    private Optional<String> problem(String cloudPath, Predicate<String> isFile) {
        for (int slash = cloudPath.indexOf('/'); slash >= 0; slash = cloudPath.indexOf('/', slash + 1)) {
            String parent = cloudPath.substring(0, slash);
            if (isFile.test(parent)) {
                return Optional.of("cloudPath '" + parent + "' is a file and also the folder of '" + cloudPath
                        + "', which a file tree cannot hold; delete or rename one of them");
            }
        }
        for (String name : cloudPath.split("/")) {
            if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
                return Optional.of("cloudPath '" + cloudPath + "' has a name longer than " + MAX_NAME_BYTES
                        + " bytes, which host file systems cannot hold");
            }
        }
        try {
            fileOf(cloudPath);
            return Optional.empty();
        } catch (IllegalStateException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * The host path of {@code cloudPath}, checked to stay inside the folder: lexically, and through the real path
     * of its deepest folder that exists, so that a symbolic link inside the folder cannot lead a write outside.
     */
    private Path fileOf(String cloudPath) {
        Path file = folder.resolve(cloudPath).normalize();
        if (!CloudPaths.isValid(cloudPath) || !file.startsWith(folder) || file.equals(folder)) {
            throw new IllegalStateException("cloudPath '" + cloudPath + "' is not a path inside " + folder);
        }
        Path existing = file.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            if (existing != null && existing.startsWith(folder) && Files.exists(folder)
                    && !existing.toRealPath().startsWith(folder.toRealPath())) {
                throw new IllegalStateException("cloudPath '" + cloudPath + "' would be written outside " + folder
                        + " through the symbolic link " + existing + "; replace that link with a folder");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
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
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
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
        // A link is never compared or written through: the move below replaces the link itself.
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.size(target) == content.length
                && Arrays.equals(Files.readAllBytes(target), content)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(folder.getParent(), ".storage-", ".tmp");
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                if (sync) {
                    out.force(true);
                }
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            forceFolder(target.getParent());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Forces a folder's entries (a file moved in or deleted) to the device, where the host allows it. */
    private void forceFolder(Path dir) {
        if (!sync) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself.
        }
    }
}
