package dev.minicloud.emulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded {@code minicloud.jar} runs on its own: a new JVM with nothing but the jar. Maven runs this after
 * {@code package} (the {@code command-line-jar} execution), with the jar's path in {@code minicloud.jar}.
 */
class CommandLineJarTest {
    private static final Path JAR = Path.of(System.getProperty("minicloud.jar", "target/minicloud.jar"));

    @TempDir
    Path temp;

    /** Runs the jar in {@code temp}, with a temporary folder of its own so that Closure runs cold. */
    private CliRun java(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.io.tmpdir=" + Files.createDirectories(temp.resolve("tmp")), "-jar",
                JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(temp.toFile())
                .redirectOutput(temp.resolve("out.txt").toFile()).redirectError(temp.resolve("err.txt").toFile())
                .start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        // Generous: a cold JVM on a loaded machine; the test is about what the jar does, not how fast.
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("the jar finished").isTrue();
        return new CliRun(p.exitValue(), Files.readString(temp.resolve("out.txt")),
                Files.readString(temp.resolve("err.txt")));
    }

    @Test
    void the_jar_prints_its_help() throws Exception {
        CliRun run = java("", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).startsWith("minicloud: ").contains("--data-dir DIR");
    }

    @Test
    void the_jar_calls_a_function_from_a_folder_and_keeps_its_data() throws Exception {
        Path hello = Files.createDirectories(temp.resolve("fns/hello"));
        Files.writeString(hello.resolve("index.js"), """
                const cloud = require('wx-server-sdk');
                cloud.init();
                exports.main = async (event) => {
                  const { _id } = await cloud.database().collection('greetings').add({ data: { to: event.to } });
                  return { greeted: `hello ${event.to}`, _id };
                };
                """);
        Files.createDirectories(temp.resolve("db"));
        Files.writeString(temp.resolve("db/greetings.json"), "[]");
        // In a file, not an argument: how a JVM decodes non-ASCII arguments depends on the host's locale.
        Files.writeString(temp.resolve("event.json"), "{\"to\": \"世界\"}");

        CliRun call = java("", "call", "hello", "--functions", "fns", "--seed-db", "db", "--data-dir", "data",
                "--event", "@event.json", "--timeout", "120");

        assertThat(call.exitCode()).as(call.stderr()).isZero();
        assertThat(call.json()).containsEntry("errMsg", "callFunction:ok");
        assertThat(call.stdout()).contains("\"greeted\" : \"hello 世界\"");
        assertThat(call.stderr()).startsWith("minicloud: environment minicloud-local, 1 function from fns, new data"
                + " directory data seeded with 1 collection (0 documents) and 0 files");

        CliRun shell = java("db.collection('greetings').count()\n.functions\n", "shell", "--functions", "fns",
                "--data-dir", "data", "--quiet", "--timeout", "120");

        assertThat(shell.exitCode()).as(shell.stderr()).isZero();
        assertThat(shell.stdout()).isEqualTo("""
                {
                  "total" : 1,
                  "errMsg" : "collection.count:ok"
                }
                hello
                """);
    }
}
