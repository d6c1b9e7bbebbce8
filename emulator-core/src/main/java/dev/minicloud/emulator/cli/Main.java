package dev.minicloud.emulator.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** {@code java -jar minicloud.jar}: the command line for local development; {@code --help} describes it. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // JSON is UTF-8 whatever the platform's default, so that Chinese text survives a pipe to jq or a file.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = new Cli(Path.of(""), System.in, out, err, System.console() != null).run(args);
        out.flush();
        System.exit(code);
    }

    /**
     * Runs the command line in this JVM, as from {@code workingDirectory} with the given streams, and returns its exit
     * code instead of exiting: for build tools and tests that drive it. Standard input is treated as piped.
     */
    public static int run(Path workingDirectory, InputStream in, PrintStream out, PrintStream err, String... args) {
        return new Cli(workingDirectory, in, out, err, false).run(args);
    }
}
