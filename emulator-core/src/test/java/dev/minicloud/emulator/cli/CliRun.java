package dev.minicloud.emulator.cli;

import dev.minicloud.emulator.json.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * One run of the command line in this JVM, as a terminal would start it, with what it printed.
 *
 * @param exitCode what {@code main} would exit with
 * @param stdout everything printed on stdout
 * @param stderr everything printed on stderr
 */
record CliRun(int exitCode, String stdout, String stderr) {

    /** The project folder beside these tests: project.config.json naming functions/, and seed/. */
    static Path project() {
        try {
            return Path.of(CliRun.class.getResource("project").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code args} in {@code workingDirectory} with nothing on stdin. */
    static CliRun run(Path workingDirectory, String... args) {
        return run(workingDirectory, new ByteArrayInputStream(new byte[0]), false, args);
    }

    /** Runs {@code args} with {@code stdin} piped in. */
    static CliRun withInput(Path workingDirectory, String stdin, String... args) {
        return run(workingDirectory, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), false, args);
    }

    static CliRun run(Path workingDirectory, InputStream stdin, boolean interactive, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli(workingDirectory, stdin, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), interactive).run(args);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Stdout as the JSON object {@code call} prints. */
    Map<String, Object> json() {
        return Json.parseObject(stdout);
    }
}
