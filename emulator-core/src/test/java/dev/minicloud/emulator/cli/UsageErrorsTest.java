package dev.minicloud.emulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What cannot run exits with 2, one readable line and a hint, before anything runs. */
class UsageErrorsTest {
    private static final String HINT = "Run 'minicloud --help' for usage.\n";
    private static final Path HERE = CliRun.project().getParent();

    @TempDir
    Path temp;

    private static void assertUsageError(CliRun run, String message) {
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stdout()).isEmpty();
        assertThat(run.stderr()).isEqualTo("minicloud: " + message + "\n" + HINT);
    }

    @Test
    void arguments_that_make_no_command_are_refused() {
        assertUsageError(CliRun.run(HERE), "no command given: use call or shell");
        assertUsageError(CliRun.run(HERE, "deploy"), "unknown command 'deploy': use call or shell");
        assertUsageError(CliRun.run(HERE, "call"), "call needs a function name: minicloud call <function>");
        assertUsageError(CliRun.run(HERE, "call", "a", "b"), "unexpected argument 'b'");
        assertUsageError(CliRun.run(HERE, "shell", "extra"), "unexpected argument 'extra'");
    }

    @Test
    void options_that_do_not_exist_or_miss_their_value_are_refused() {
        assertUsageError(CliRun.run(HERE, "call", "a", "--bogus"), "unknown option --bogus");
        assertUsageError(CliRun.run(HERE, "call", "a", "--env"), "--env needs a value: --env ID");
        assertUsageError(CliRun.run(HERE, "call", "a", "--quiet=yes"), "--quiet takes no value");
        assertUsageError(CliRun.run(HERE, "call", "a", "--env", "a", "--env=b"), "--env is given twice");
        assertUsageError(CliRun.run(HERE, "shell", "--event", "{}"),
                "--event is an option of call; in the shell, use .call <name> [JSON|@FILE]");
    }

    @Test
    void values_that_cannot_be_used_are_refused_naming_the_option() {
        assertUsageError(CliRun.run(HERE, "call", "a", "--functions", "nowhere"),
                "--functions nowhere is not a folder (" + HERE.resolve("nowhere") + ")");
        assertUsageError(CliRun.run(HERE, "call", "a", "--time", "yesterday"),
                "--time: 'yesterday' is not an ISO-8601 instant such as 2024-03-17T02:20:30Z");
        assertUsageError(CliRun.run(HERE, "call", "a", "--timeout", "1000"),
                "--timeout: function timeout (PT16M40S) must be between 1 ms and 900 s");
        assertUsageError(CliRun.run(HERE, "call", "a", "--timeout", "soon"),
                "--timeout: 'soon' is not a number of seconds");
        assertUsageError(CliRun.run(HERE, "call", "a", "--env", "no spaces"), "--env: envId (no spaces) must be 1-64"
                + " letters, digits, '-' or '_', starting with a letter or digit");
        assertUsageError(CliRun.run(HERE, "call", "a", "--env-var", "NOVALUE"), "--env-var NOVALUE is not NAME=VALUE");
        assertUsageError(CliRun.run(HERE, "call", "a", "--project", "nowhere"),
                "--project " + HERE.resolve("nowhere") + " is not a folder");
    }

    @Test
    void an_event_that_is_not_a_json_object_is_refused() {
        CliRun run = CliRun.run(HERE, "call", "a", "--event", "{oops");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).startsWith("minicloud: the event is not a JSON object: ").endsWith(HINT);

        assertUsageError(CliRun.run(HERE, "call", "a", "--event", "[1]"),
                "the event is not a JSON object: expected a JSON object, got ArrayList");
        assertThat(CliRun.run(temp, "call", "a", "--event", "@missing.json").stderr())
                .startsWith("minicloud: cannot read the event file " + temp.resolve("missing.json"));
    }

    @Test
    void fixtures_that_are_not_valid_are_refused_naming_the_file() throws Exception {
        Files.writeString(temp.resolve("todos.json"), "[{\"broken\": ");

        CliRun run = CliRun.run(HERE, "call", "a", "--seed-db", temp.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).startsWith("minicloud: cannot load the database fixtures in " + temp + ": ")
                .contains("todos.json");
    }

    @Test
    void a_project_config_naming_a_missing_function_root_is_refused() throws Exception {
        Files.writeString(temp.resolve("project.config.json"), "{\"cloudfunctionRoot\": \"cloud/\"}");

        assertUsageError(CliRun.run(temp, "call", "a", "--project", "."), temp.resolve("project.config.json")
                + " names cloudfunctionRoot \"cloud/\", but " + temp.resolve("cloud") + " is not a folder");
    }

    @Test
    void a_data_directory_in_use_is_refused() {
        try (CloudEnvironment holder = CloudEmulator.newEnvironment(
                EmulatorConfiguration.builder().setDataDirectory(temp).build())) {
            assertUsageError(CliRun.run(HERE, "call", "a", "--data-dir", temp.toString()), "data directory " + temp
                    + " is in use by another process or environment (its database file is locked); close that one"
                    + " first");
            assertThat(holder.isClosed()).as("the environment holding the directory").isFalse();
        }
    }
}
