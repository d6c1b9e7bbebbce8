package dev.minicloud.emulator.storage;

import dev.minicloud.emulator.internal.common.fixtures.FixtureFolder;
import dev.minicloud.emulator.internal.common.fixtures.FixtureFolder.FixtureFile;
import dev.minicloud.emulator.internal.files.CloudPaths;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * An immutable set of files, cloudPath → content, to seed environments with. Load a fixture folder once, then write
 * it into as many environments as needed: writing copies bytes in memory and touches no disk.
 *
 * <pre>{@code
 * StorageSnapshot fixtures = StorageSnapshot.fromClasspath("fixtures/storage");
 * EmulatorConfiguration config = EmulatorConfiguration.builder().addStorageSeed(fixtures).build();
 * try (CloudEnvironment env = CloudEmulator.newEnvironment(config)) {
 *     byte[] logo = env.storage().downloadFile(env.storage().fileIdOf("img/logo.png")).fileContent();
 * }
 * }</pre>
 *
 * <p>A file's cloudPath is its path relative to the folder, with {@code /} between names; every cloudPath must
 * satisfy the rules {@code uploadFile} applies.
 */
public final class StorageSnapshot {
    private final Map<String, byte[]> files;

    private StorageSnapshot(TreeMap<String, byte[]> files) {
        this.files = Collections.unmodifiableMap(files);
    }

    /**
     * The given files, copied.
     *
     * @throws IllegalArgumentException if a cloudPath is invalid
     */
    public static StorageSnapshot of(Map<String, byte[]> files) {
        TreeMap<String, byte[]> copy = new TreeMap<>();
        files.forEach((cloudPath, content) -> {
            CloudPaths.problem(cloudPath).ifPresent(problem -> {
                throw new IllegalArgumentException("cloudPath (" + cloudPath + ") " + problem);
            });
            copy.put(cloudPath, content.clone());
        });
        return new StorageSnapshot(copy);
    }

    /**
     * Every regular file under the host folder {@code folder}, at any depth.
     *
     * @throws IllegalArgumentException if {@code folder} is not a directory or a file's relative path is not a valid
     *     cloudPath
     */
    public static StorageSnapshot fromFolder(Path folder) {
        return checked(FixtureFolder.fromFolder(folder));
    }

    /**
     * Every file under the classpath folder {@code resourceFolder} (for example {@code "fixtures/storage"}), found
     * through the current thread's context class loader. The folder may be a directory or sit in a jar.
     *
     * @throws IllegalArgumentException if the folder is not on the classpath or a file's relative path is not a
     *     valid cloudPath
     */
    public static StorageSnapshot fromClasspath(String resourceFolder) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return fromClasspath(resourceFolder, loader != null ? loader : StorageSnapshot.class.getClassLoader());
    }

    /** Every file under the folder {@code resourceFolder} of {@code loader}'s classpath. */
    public static StorageSnapshot fromClasspath(String resourceFolder, ClassLoader loader) {
        Objects.requireNonNull(resourceFolder, "resourceFolder");
        return checked(FixtureFolder.fromClasspath(resourceFolder, loader));
    }

    private static StorageSnapshot checked(Map<String, FixtureFile> files) {
        return new StorageSnapshot(CloudPaths.contents(files.values(), "seed file"));
    }

    /** A snapshot of files nobody else holds, with cloudPaths already checked. */
    static StorageSnapshot owning(Map<String, byte[]> files) {
        return new StorageSnapshot(new TreeMap<>(files));
    }

    /** The cloudPaths, in order. */
    public Set<String> cloudPaths() {
        return files.keySet();
    }

    /** A copy of the content stored at {@code cloudPath}, if any. */
    public Optional<byte[]> content(String cloudPath) {
        return Optional.ofNullable(files.get(cloudPath)).map(byte[]::clone);
    }

    /** The number of files. */
    public int size() {
        return files.size();
    }

    /** The files, shared with this snapshot: callers in this package never change the arrays. */
    Map<String, byte[]> files() {
        return files;
    }

    /** Lists the cloudPaths and sizes, not the contents. */
    @Override
    public String toString() {
        StringJoiner s = new StringJoiner(", ", "StorageSnapshot[", "]");
        files.forEach((cloudPath, content) -> s.add(cloudPath + " (" + content.length + " bytes)"));
        return s.toString();
    }
}
