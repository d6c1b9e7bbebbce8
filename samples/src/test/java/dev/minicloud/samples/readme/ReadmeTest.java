package dev.minicloud.samples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.cli.Main;
import dev.minicloud.emulator.json.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README.md must not drift from code that runs: every Java block of it is found, line for line and in order, in one
 * of the test classes beside this one, which compile and run with the build (its import lines anywhere in that
 * class); every command line it gives for MiniCloud's command line runs, from the repository's root, and succeeds;
 * and its example pom.xml names this build's versions ({@link ReadmeBuildTest} builds a project from it).
 */
class ReadmeTest {
    /** Lines a test may add between two README lines of a snippet: checks, or keeping a value for checks after it. */
    private static final int MAX_INSERTED_LINES = 3;
    private static final Path README = Path.of("..", "README.md");
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String JAR = "java -jar emulator-core/target/minicloud.jar ";
    private static final Path SNIPPETS = Path.of("src", "test", "java", "dev", "minicloud", "samples", "readme");

    static List<String> blocks(String language) throws IOException {
        Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(README));
        List<String> blocks = new ArrayList<>();
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    private static List<String> significantLines(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Whether {@code wanted} occurs in {@code source} in order, with few lines inserted between its lines. */
    private static boolean containsInOrder(List<String> source, List<String> wanted) {
        for (int start = 0; start < source.size(); start++) {
            if (!source.get(start).equals(wanted.get(0))) {
                continue;
            }
            int at = start;
            int matched = 1;
            while (matched < wanted.size()) {
                int next = -1;
                for (int i = at + 1; i <= Math.min(source.size() - 1, at + 1 + MAX_INSERTED_LINES); i++) {
                    if (source.get(i).equals(wanted.get(matched))) {
                        next = i;
                        break;
                    }
                }
                if (next < 0) {
                    break;
                }
                at = next;
                matched++;
            }
            if (matched == wanted.size()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void every_java_block_of_the_readme_is_code_that_compiles_and_runs_here() throws IOException {
        List<List<String>> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(SNIPPETS)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                sources.add(significantLines(Files.readString(f)));
            }
        }
        List<String> java = blocks("java");
        assertThat(java).as("the README's Java blocks").hasSizeGreaterThanOrEqualTo(4);
        for (String block : java) {
            List<String> lines = significantLines(block);
            List<String> imports = lines.stream().filter(l -> l.startsWith("import ")).toList();
            assertThat(sources.stream().anyMatch(source -> source.containsAll(imports)
                    && containsInOrder(withoutImports(source), withoutImports(lines))))
                    .as("README block not found in %s:%n%s", SNIPPETS, block).isTrue();
        }
    }

    private static List<String> withoutImports(List<String> lines) {
        return lines.stream().filter(l -> !l.startsWith("import ")).toList();
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as("%s in%n%s", pattern, text).isTrue();
        return m.group(1);
    }

    @Test
    void the_readme_s_pom_names_this_build_s_version_and_junit() throws IOException {
        String build = Files.readString(ROOT.resolve("pom.xml"));
        String version = first(Pattern.compile("<artifactId>minicloud-parent</artifactId>\\s*<version>([^<]+)"), build);
        String pom = ReadmeBuildTest.readmePom();

        assertThat(first(Pattern.compile("<artifactId>emulator-junit5</artifactId>\\s*<version>([^<]+)"), pom))
                .isEqualTo(version);
        assertThat(first(Pattern.compile("<artifactId>junit-bom</artifactId>\\s*<version>([^<]+)"), pom))
                .isEqualTo(first(Pattern.compile("<junit.version>([^<]+)"), build));
        assertThat(Files.readString(README)).contains("emulator-junit5:" + version + "\")")
                .contains("version " + version + "\n");
    }

    /** The arguments of each MiniCloud command in the README's shell blocks, as the shell would split them. */
    static List<List<String>> commandLines() throws IOException {
        List<List<String>> commands = new ArrayList<>();
        for (String block : blocks("bash")) {
            for (String line : block.lines().map(String::strip).toList()) {
                int jar = line.indexOf(JAR);
                if (jar >= 0) {
                    commands.add(ShellWords.split(line.substring(jar + JAR.length())));
                } else if (line.startsWith("minicloud ")) {
                    commands.add(ShellWords.split(line.substring("minicloud ".length())));
                }
            }
        }
        return commands;
    }

    @Test
    void every_command_line_of_the_readme_runs_and_succeeds(@TempDir Path dataDir) throws IOException {
        List<List<String>> commands = commandLines();
        assertThat(commands).as("the README's command lines").hasSizeGreaterThanOrEqualTo(4);
        for (List<String> command : commands) {
            List<String> args = new ArrayList<>(command);
            int data = args.indexOf("--data-dir");
            if (data >= 0) {
                args.set(data + 1, dataDir.toString());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            // The shell reads the line the README shows as an example.
            byte[] input = "db.collection('todos').where({done: false}).get()\n".getBytes(StandardCharsets.UTF_8);
            int code = Main.run(ROOT, new ByteArrayInputStream(input),
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8),
                    args.toArray(String[]::new));
            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(code).as("exit code of minicloud %s%nstderr: %s", command, err).isZero();
            assertThat(printed).as("output of minicloud %s", command).isNotBlank();
            if (command.get(0).equals("call")) {
                assertThat(Json.parseObject(printed)).as("minicloud %s", command).containsEntry("errCode", 0);
            }
            if (command.get(0).equals("shell")) {
                assertThat(printed).contains("\"title\" : \"Order more jasmine tea\"");
            }
        }
    }
}
