package dev.minicloud.emulator.internal.files;

import dev.minicloud.emulator.internal.common.fixtures.FixtureFolder.FixtureFile;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The rules a {@code cloudPath} must follow, plus the ones MiniCloud adds because a path has to
 * be a key that a temporary URL can carry unchanged and, in a data directory, a file path that stays inside its
 * storage folder on every host: no {@code \} (a separator on Windows) and no {@code :} (a drive letter or an
 * alternate data stream on Windows), refused on every host so that a test behaves the same everywhere.
 */
public final class CloudPaths {
    /** The longest cloudPath the service accepts, in UTF-8 bytes. */
    public static final int MAX_BYTES = 850;

    private CloudPaths() {}

    /** What is wrong with {@code cloudPath}, phrased to follow "cloudPath (x) ", or empty if it is valid. */
    public static Optional<String> problem(String cloudPath) {
        if (cloudPath.isEmpty()) {
            return Optional.of("must not be empty");
        }
        int bytes = cloudPath.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) {
            return Optional.of("must be at most " + MAX_BYTES + " bytes in UTF-8, got " + bytes);
        }
        if (cloudPath.startsWith("/")) {
            return Optional.of("must not start with '/'");
        }
        if (cloudPath.endsWith("/")) {
            return Optional.of("must not end with '/'");
        }
        if (cloudPath.contains("//")) {
            return Optional.of("must not contain '//'");
        }
        for (String segment : cloudPath.split("/")) {
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.of("must not contain '.' or '..' segments");
            }
        }
        for (int i = 0; i < cloudPath.length(); i++) {
            char c = cloudPath.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return Optional.of("must not contain control characters");
            }
            if (c == '\\' || c == ':') {
                return Optional.of("must not contain '" + c + "'");
            }
        }
        return Optional.empty();
    }

    /**
     * The contents of {@code files} by cloudPath (their relative path), in cloudPath order.
     *
     * @param what how a message names such a file, e.g. {@code "seed file"}
     * @throws IllegalArgumentException naming the first file whose relative path is not a valid cloudPath
     */
    public static TreeMap<String, byte[]> contents(Collection<FixtureFile> files, String what) {
        TreeMap<String, byte[]> contents = new TreeMap<>();
        for (FixtureFile file : files) {
            String cloudPath = file.relativePath();
            problem(cloudPath).ifPresent(problem -> {
                throw new IllegalArgumentException(what + " " + file.source() + " cannot be stored: cloudPath ("
                        + cloudPath + ") " + problem);
            });
            contents.put(cloudPath, file.content());
        }
        return contents;
    }

    /** Whether {@code cloudPath} is valid. */
    public static boolean isValid(String cloudPath) {
        return problem(cloudPath).isEmpty();
    }
}
