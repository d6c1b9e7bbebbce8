package dev.minicloud.emulator.junit5;

import dev.minicloud.emulator.database.DatabaseSnapshot;
import dev.minicloud.emulator.storage.StorageSnapshot;
import dev.minicloud.emulator.json.Json;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The two ways a test names a folder: {@code classpath:<folder>} or a host path relative to the working directory. */
final class Locations {
    static final String CLASSPATH = "classpath:";
    /** The command line's name for a project's permission file. */
    private static final String SECURITY_RULES = "security-rules.json";
    private static final String PROJECT_CONFIG = "project.config.json";

    private Locations() {}

    static boolean onClasspath(String location) {
        return location.startsWith(CLASSPATH);
    }

    static String resource(String location) {
        return location.substring(CLASSPATH.length());
    }

    private static ClassLoader loader(Class<?> testClass) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : testClass.getClassLoader();
    }

    /** A folder of cloud functions; they must be files on disk, so a classpath folder inside a jar is refused. */
    static Path functionRoot(String location, Class<?> testClass) {
        return folderOnDisk(location, testClass, "functions");
    }

    /**
     * The permission file of a mini-program project folder, if the folder has one; the folder must be on disk, as
     * the file is read as the command line reads it.
     */
    static Optional<Path> securityRules(String location, Class<?> testClass) {
        Path file = folderOnDisk(location, testClass, "a project").resolve(SECURITY_RULES);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /**
     * The mini-program folder of a project: {@code miniprogramRoot} of its {@code project.config.json}, as the
     * devtools read it, or the project folder itself when it names none.
     */
    static Path miniProgramRoot(String location, Class<?> testClass) {
        Path project = folderOnDisk(location, testClass, "a project");
        Path config = project.resolve(PROJECT_CONFIG);
        if (!Files.isRegularFile(config)) {
            return project;
        }
        Object root;
        try {
            root = Json.parseObject(Files.readString(config)).get("miniprogramRoot");
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("cannot read " + config + ": " + e.getMessage(), e);
        }
        return root instanceof String folder && !folder.isEmpty()
                ? existingFolder(project.resolve(folder), location + "/" + folder) : project;
    }

    private static Path folderOnDisk(String location, Class<?> testClass, String what) {
        if (!onClasspath(location)) {
            return existingFolder(Path.of(location), location);
        }
        URL url = loader(testClass).getResource(resource(location));
        if (url == null) {
            throw new IllegalArgumentException("folder '" + resource(location) + "' not found on the classpath");
        }
        if (!url.getProtocol().equals("file")) {
            throw new IllegalArgumentException(what + " must be a folder on disk, but " + location + " is at " + url);
        }
        try {
            return existingFolder(Path.of(url.toURI()), location);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("malformed URL " + url + " for " + location, e);
        }
    }

    private static Path existingFolder(Path path, String location) {
        if (!Files.isDirectory(path)) {
            throw new IllegalArgumentException(location + " is not a folder (resolved to " + path.toAbsolutePath()
                    + ")");
        }
        return path;
    }

    static DatabaseSnapshot databaseFixtures(String location, Class<?> testClass) {
        return onClasspath(location)
                ? DatabaseSnapshot.fromClasspath(resource(location), loader(testClass))
                : DatabaseSnapshot.fromFolder(existingFolder(Path.of(location), location));
    }

    static StorageSnapshot storageFixtures(String location, Class<?> testClass) {
        return onClasspath(location)
                ? StorageSnapshot.fromClasspath(resource(location), loader(testClass))
                : StorageSnapshot.fromFolder(existingFolder(Path.of(location), location));
    }
}
