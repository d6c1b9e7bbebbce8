package dev.minicloud.emulator.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
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
}
