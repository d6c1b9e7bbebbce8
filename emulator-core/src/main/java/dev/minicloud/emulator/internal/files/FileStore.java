package dev.minicloud.emulator.internal.files;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The files of one environment, kept in its own Jimfs file system.
 *
 * <p>The service's storage is a flat key space: {@code a} and {@code a/b} can both be files. A directory tree cannot
 * hold both, so every file lives directly in {@code /files} under its cloudPath with {@code %} and {@code /} escaped
 * ({@code %25}, {@code %2F}).
 *
 * <p>Every write goes to a file of its own under {@code /incoming} and is then moved over the old content in one
 * atomic step. Readers therefore see the old or the new content, never a mix; a stream opened before an overwrite or
 * a delete keeps reading what it opened; and a write that fails or is too large leaves nothing behind.
 */
final class FileStore implements AutoCloseable {
    private static final Configuration JIMFS = Configuration.unix().toBuilder().setWorkingDirectory("/files").build();
    private static final int BUFFER = 64 * 1024;

    /** An open file and its size at the moment it was opened. */
    record OpenFile(InputStream content, long size) {}

    private final FileSystem fs;
    private final Path files;
    private final Path incoming;
    private final AtomicLong writes = new AtomicLong();
    private final AtomicLong devices = new AtomicLong();

    FileStore() {
        this.fs = Jimfs.newFileSystem(JIMFS);
        this.files = fs.getPath("/files");
        this.incoming = fs.getPath("/incoming");
        try {
            Files.createDirectory(incoming);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores {@code content} under {@code cloudPath}, replacing any file there. */
    void write(String cloudPath, byte[] content) {
        Path temp = newIncoming();
        try {
            Files.write(temp, content, StandardOpenOption.CREATE_NEW);
            publish(temp, cloudPath);
        } catch (IOException e) {
            discard(temp);
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies {@code content} to its end into a new file and stores it under {@code cloudPath}, unless it holds more
     * than {@code limit} bytes: then nothing is stored and the result is false. An IOException of {@code content}
     * itself propagates, and nothing is stored then either.
     */
    boolean write(String cloudPath, InputStream content, long limit) throws IOException {
        Path temp = newIncoming();
        boolean stored = false;
        try {
            if (copyAtMost(content, temp, limit)) {
                publish(temp, cloudPath);
                stored = true;
            }
            return stored;
        } finally {
            if (!stored) {
                discard(temp);
            }
        }
    }

    private static boolean copyAtMost(InputStream content, Path target, long limit) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            int n;
            // Asking for at most one byte past the limit is enough to know the content is too large.
            while ((n = content.read(buffer, 0, (int) Math.min(buffer.length - 1, limit - total) + 1)) > 0) {
                total += n;
                if (total > limit) {
                    return false;
                }
                out.write(buffer, 0, n);
            }
        }
        return true;
    }

    /** Opens the file at {@code cloudPath}, or empty if there is none. */
    Optional<OpenFile> open(String cloudPath) {
        try {
            SeekableByteChannel channel = Files.newByteChannel(pathOf(cloudPath));
            return Optional.of(new OpenFile(Channels.newInputStream(channel), channel.size()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole content of the file at {@code cloudPath}, or empty if there is none. */
    Optional<byte[]> read(String cloudPath) {
        try {
            return Optional.of(Files.readAllBytes(pathOf(cloudPath)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a file is stored at {@code cloudPath}. */
    boolean exists(String cloudPath) {
        return Files.exists(pathOf(cloudPath));
    }

    /** Deletes the file at {@code cloudPath}; false if there was none. */
    boolean delete(String cloudPath) {
        try {
            return Files.deleteIfExists(pathOf(cloudPath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every stored file by cloudPath, in cloudPath order. */
    Map<String, byte[]> readAll() {
        Map<String, byte[]> all = new TreeMap<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(files)) {
            for (Path file : stream) {
                String cloudPath = unescape(file.getFileName().toString());
                read(cloudPath).ifPresent(content -> all.put(cloudPath, content));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    /** Deletes every stored file; streams already open keep reading what they opened. */
    void clear() {
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(files)) {
            for (Path file : stream) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A new empty folder for one mini-program's local files (its phone's {@code wxfile://} files), beside the stored
     * files and never inside them.
     */
    Path newDevice() {
        try {
            return Files.createDirectories(fs.getPath("/devices", Long.toString(devices.incrementAndGet())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the file system and frees its memory. */
    @Override
    public void close() {
        try {
            fs.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path newIncoming() {
        return incoming.resolve(Long.toString(writes.incrementAndGet()));
    }

    private void publish(Path temp, String cloudPath) throws IOException {
        Files.move(temp, pathOf(cloudPath), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void discard(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path pathOf(String cloudPath) {
        return files.resolve(escape(cloudPath));
    }

    static String escape(String cloudPath) {
        return cloudPath.replace("%", "%25").replace("/", "%2F");
    }

    static String unescape(String name) {
        StringBuilder cloudPath = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '%') {
                cloudPath.append(name.startsWith("%2F", i) ? '/' : '%');
                i += 2;
            } else {
                cloudPath.append(c);
            }
        }
        return cloudPath.toString();
    }
}
