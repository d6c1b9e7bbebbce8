package dev.minicloud.emulator.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Tells a folder of functions from the folder of one function, the mistake a person makes first: {@code --functions}
 * takes the folder holding the functions (WeChat's {@code cloudfunctionRoot}), one sub-folder per function.
 */
final class FunctionRoots {
    private FunctionRoots() {}

    /**
     * {@code folder}, the value of {@code --functions} typed as {@code typed}, if it is a folder of functions.
     *
     * @throws UsageException naming the folder to give instead if it is the folder of one function
     */
    static Path check(String typed, Path folder) {
        if (isFunction(folder) && !holdsFunctions(folder)) {
            Path parent = Path.of(typed).normalize().getParent();
            throw new UsageException("--functions " + typed + " is the folder of one function, "
                    + folder.getFileName() + "; give the folder that holds the functions: --functions "
                    + (parent != null ? parent : folder.getParent()));
        }
        return folder;
    }

    /** Whether {@code folder} holds a function's entry: index.js, or package.json naming its main file. */
    private static boolean isFunction(Path folder) {
        return Files.isRegularFile(folder.resolve("index.js")) || Files.isRegularFile(folder.resolve("package.json"));
    }

    /** Whether a sub-folder of {@code folder}, other than its packages, is a function. */
    private static boolean holdsFunctions(Path folder) {
        try (Stream<Path> children = Files.list(folder)) {
            return children.anyMatch(c -> Files.isDirectory(c) && !c.getFileName().toString().equals("node_modules")
                    && isFunction(c));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
