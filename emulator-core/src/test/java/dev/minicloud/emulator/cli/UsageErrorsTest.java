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
        assertUsageError(CliRun.run(HERE), "no command given: use call, shell or serve");
        assertUsageError(CliRun.run(HERE, "deploy"), "unknown command 'deploy': use call, shell or serve");
        assertUsageError(CliRun.run(HERE, "call"), "call needs a function name: minicloud call <function>");
        assertUsageError(CliRun.run(HERE, "call", "a", "b"), "unexpected argument 'b'");
        assertUsageError(CliRun.run(HERE, "shell", "extra"), "unexpected argument 'extra'");
    }

    @Test
    void options_that_do_not_exist_or_miss_their_value_are_refused() {
        assertUsageError(CliRun.run(HERE, "call", "a", "--bogus"), "unknown option --bogus");
        assertUsageError(CliRun.run(HERE, "call", "a", "--open-id", "o_alice"),
                "unknown option --open-id; did you mean --openid?");
        assertUsageError(CliRun.run(HERE, "call", "a", "--data-dr", "d"), "unknown option --data-dr; did you mean"
                + " --data-dir?");
        assertUsageError(CliRun.run(HERE, "call", "a", "--Seed_DB=x"), "unknown option --Seed_DB; did you mean"
                + " --seed-db?");
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
    void a_rules_file_that_cannot_be_used_is_refused_naming_the_file_and_the_position() throws Exception {
        Path rules = java.nio.file.Files.writeString(temp.resolve("rules.json"),
                "{\"database\": {\"todos\": {\"aclTag\": \"CUSTOM\", \"rule\": {\"read\": \"doc.a = 1\"}}}}");
        CliRun run = CliRun.run(HERE, "call", "a", "--rules", rules.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).startsWith("minicloud: --rules: " + rules + ": security rules of collection 'todos':"
                + " \"read\": unexpected '=': compare with '==' at position 6");
        java.nio.file.Files.createDirectories(temp.resolve("project"));
        java.nio.file.Files.writeString(temp.resolve("project/security-rules.json"), "{\"storage\": []}");
        CliRun fromProject = CliRun.run(HERE, "call", "a", "--project", temp.resolve("project").toString());
        assertThat(fromProject.stderr()).startsWith("minicloud: --project: " + temp.resolve("project/security-rules.json")
                + ": the storage must be a JSON object");
    }

    @Test
    void an_event_that_is_not_a_json_object_is_refused_in_the_terms_it_was_typed() throws Exception {
        assertUsageError(CliRun.run(HERE, "call", "a", "--event", "[1,2]"),
                "--event [1,2] is a JSON array; the event must be a JSON object, e.g. {\"action\": \"list\"}");
        assertUsageError(CliRun.run(HERE, "call", "a", "--event", "\"list\""),
                "--event \"list\" is a JSON string; the event must be a JSON object, e.g. {\"action\": \"list\"}");
        Files.writeString(temp.resolve("array.json"), "[]");
        assertUsageError(CliRun.run(temp, "call", "a", "--event", "@array.json"), "--event @array.json: "
                + temp.resolve("array.json") + " is a JSON array; the event must be a JSON object, e.g. {\"action\":"
                + " \"list\"}");
    }

    @Test
    void malformed_event_json_is_pointed_at_where_the_user_typed_it() throws Exception {
        assertUsageError(CliRun.run(HERE, "call", "a", "--event", "{oops}"), "--event {oops} is not valid JSON:"
                + " unexpected character 'o': was expecting double-quote to start field name at character 2");
        assertUsageError(CliRun.run(HERE, "call", "a", "--event", "{\"done\": tru}"), "--event {\"done\": tru} is"
                + " not valid JSON: unrecognized token 'tru': was expecting (JSON String, Number, Array, Object or"
                + " token 'null', 'true' or 'false') at character 10");
        assertUsageError(CliRun.run(HERE, "call", "a", "--event", "{\"action\": \"list\""),
                "--event {\"action\": \"list\" is not valid JSON: it ends too early (a closing } is missing)");
        assertUsageError(CliRun.run(HERE, "call", "a", "--event", "[1, 2"),
                "--event [1, 2 is not valid JSON: it ends too early (a closing ] is missing)");
        Files.writeString(temp.resolve("event.json"), "{\n  \"a\": x\n}\n");
        assertUsageError(CliRun.run(temp, "call", "a", "--event", "@event.json"), "--event @event.json: "
                + temp.resolve("event.json") + " is not valid JSON: unrecognized token 'x': was expecting (JSON"
                + " String, Number, Array, Object or token 'null', 'true' or 'false') at line 2, column 8");
    }

    @Test
    void an_event_file_that_cannot_be_read_is_named_without_java_exceptions() throws Exception {
        assertUsageError(CliRun.run(temp, "call", "a", "--event", "@nofile.json"),
                "--event @nofile.json: " + temp.resolve("nofile.json") + " does not exist");
        Files.createDirectories(temp.resolve("events"));
        assertUsageError(CliRun.run(temp, "call", "a", "--event", "@events"),
                "--event @events: " + temp.resolve("events") + " is a folder, not a file");
    }

    @Test
    void the_folder_of_one_function_given_as_functions_names_the_folder_to_give() throws Exception {
        Path todo = Files.createDirectories(temp.resolve("cloudfunctions/todo"));
        Files.writeString(todo.resolve("index.js"), "exports.main = async () => 1;");
        Files.createDirectories(todo.resolve("node_modules/lib"));
        Files.writeString(todo.resolve("node_modules/lib/package.json"), "{}");

        assertUsageError(CliRun.run(temp, "call", "todo", "--functions", "cloudfunctions/todo"),
                "--functions cloudfunctions/todo is the folder of one function, todo; give the folder that holds the"
                        + " functions: --functions cloudfunctions");
        assertThat(CliRun.run(temp, "call", "todo", "--functions", "cloudfunctions", "--quiet").exitCode()).isZero();
    }

    @Test
    void collection_names_that_cannot_exist_are_refused_naming_the_option() {
        assertUsageError(CliRun.run(HERE, "call", "a", "--collections", "todos,"),
                "--collections: collection name must not be empty");
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
