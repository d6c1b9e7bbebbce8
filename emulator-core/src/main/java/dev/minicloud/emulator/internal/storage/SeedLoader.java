package dev.minicloud.emulator.internal.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Reads a folder of seed files, from the host or from the classpath, into cloudPath → content. A file's cloudPath is
 * its path relative to the folder, with {@code /} between names.
 */
public final class SeedLoader {
    private SeedLoader() {}

    /** Every regular file under {@code folder}, at any depth. */
    public static Map<String, byte[]> fromFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("seed folder " + folder + " is not a directory");
        }
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                put(files, cloudPathOf(folder.relativize(file)), Files.readAllBytes(file), file.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed folder " + folder, e);
        }
        return files;
    }

    /**
     * Every file under {@code resourceFolder} on {@code loader}'s classpath, whether the folder is a directory or
     * sits in a jar. Only the first classpath entry that holds the folder is read.
     */
    public static Map<String, byte[]> fromClasspath(String resourceFolder, ClassLoader loader) {
        String folder = trimSlashes(resourceFolder);
        if (folder.isEmpty()) {
            throw new IllegalArgumentException("seed folder '" + resourceFolder + "' must name a folder, not the root");
        }
        URL url = loader.getResource(folder);
        if (url == null) {
            throw new IllegalArgumentException("seed folder '" + resourceFolder + "' not found on the classpath");
        }
        try {
            return switch (url.getProtocol()) {
                case "file" -> fromFolder(Path.of(url.toURI()));
                case "jar" -> fromJar(url, folder);
                default -> throw new IllegalArgumentException("seed folder '" + resourceFolder + "' is at " + url
                        + "; only folders in directories and jars can be read");
            };
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("seed folder '" + resourceFolder + "' has a malformed URL " + url, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed folder '" + resourceFolder + "' from " + url, e);
        }
    }

    private static Map<String, byte[]> fromJar(URL url, String folder) throws IOException {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        // A cached JarFile is shared with the class loader, which must not see it closed.
        connection.setUseCaches(false);
        Map<String, byte[]> files = new TreeMap<>();
        String prefix = folder + "/";
        try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        put(files, entry.getName().substring(prefix.length()), in.readAllBytes(),
                                "jar entry " + entry.getName());
                    }
                }
            }
        }
        return files;
    }

    private static void put(Map<String, byte[]> files, String cloudPath, byte[] content, String source) {
        CloudPaths.problem(cloudPath).ifPresent(problem -> {
            throw new IllegalArgumentException("seed file " + source + " cannot be stored: cloudPath (" + cloudPath
                    + ") " + problem);
        });
        files.put(cloudPath, content);
    }

    private static String cloudPathOf(Path relative) {
        StringBuilder cloudPath = new StringBuilder();
        for (Path name : relative) {
            if (cloudPath.length() > 0) {
                cloudPath.append('/');
            }
            cloudPath.append(name);
        }
        return cloudPath.toString();
    }

    private static String trimSlashes(String folder) {
        int start = 0;
        int end = folder.length();
        while (start < end && folder.charAt(start) == '/') {
            start++;
        }
        while (end > start && folder.charAt(end - 1) == '/') {
            end--;
        }
        return folder.substring(start, end);
    }
}
