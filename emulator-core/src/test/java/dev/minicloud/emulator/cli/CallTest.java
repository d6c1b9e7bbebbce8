package dev.minicloud.emulator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code minicloud call}: one function on an environment built from the options, JSON on stdout. */
class CallTest {
    private static final Path PROJECT = CliRun.project();
    /** The project's folder: paths below it are shown relative to it. */
    private static final Path HERE = PROJECT.getParent();

    @TempDir
    Path temp;

    @Test
    void a_successful_call_prints_result_and_logs_as_json_and_exits_0() {
        CliRun run = CliRun.run(HERE, "call", "todos", "--project", "project", "--openid", "o_alice",
                "--event", "{\"action\": \"add\", \"title\": \"from the cli\"}");

        assertThat(run.exitCode()).isZero();
        Map<String, Object> json = run.json();
        assertThat(json).containsOnlyKeys("function", "errCode", "errMsg", "result", "requestId", "durationMs", "logs");
        assertThat(List.copyOf(json.keySet())).startsWith("function", "errCode", "errMsg", "result");
        assertThat(json).containsEntry("function", "todos").containsEntry("errCode", 0)
                .containsEntry("errMsg", "cloud.callFunction:ok");
        String id = (String) ((Map<?, ?>) json.get("result")).get("_id");
        assertThat(json.get("logs")).isEqualTo(List.of(Map.of("level", "log", "message",
                "added " + id + " for o_alice")));
        assertThat(run.stderr()).isEqualTo("minicloud: environment minicloud-local, 4 functions from project/functions,"
                + " seeded 1 collection (2 documents) and 1 file\n");
    }

    @Test
    void a_failing_function_prints_its_error_stack_instead_of_a_result_and_exits_1() {
        CliRun run = CliRun.run(HERE, "call", "fails", "--project", "project", "--event", "{\"reason\": \"test\"}");

        assertThat(run.exitCode()).isEqualTo(1);
        Map<String, Object> json = run.json();
        assertThat(json).doesNotContainKey("result").containsEntry("errCode", -504002)
                .containsEntry("errMsg", "callFunction:fail -504002 functions execute fail. Error: failed on purpose:"
                        + " test");
        assertThat((String) json.get("errorStack")).startsWith("Error: failed on purpose: test\n    at ");
        assertThat(json.get("logs")).asInstanceOf(LIST).first()
                .isEqualTo(Map.of("level", "warn", "message", "about to fail"));
    }

    @Test
    void a_function_that_does_not_stop_is_stopped_by_the_timeout_and_the_call_exits_1() {
        CliRun run = CliRun.run(HERE, "call", "spin", "--project", "project", "--timeout", "0.5", "--quiet");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.json()).containsEntry("errMsg", "callFunction:fail -504003 Invoking task timed out after 0.5"
                + " seconds");
    }

    @Test
    void a_missing_function_fails_with_the_service_code_and_the_functions_are_listed() {
        CliRun run = CliRun.run(HERE, "call", "nope", "--project", "project", "--quiet");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.json()).containsEntry("errCode", -501000);
        assertThat(run.stderr()).isEqualTo("minicloud: there is no function nope; the functions are fails, spin,"
                + " todos, whoami\n");
    }

    @Test
    void without_openid_the_call_comes_from_the_server_side() {
        Map<String, Object> result = object(result(CliRun.run(HERE, "call", "whoami", "--project", "project", "--quiet")));

        assertThat(result.get("userInfo")).isNull();
        assertThat(object(result.get("context"))).doesNotContainKey("OPENID")
                .containsEntry("SOURCE", "wx_unknown");
    }

    @Test
    void openid_makes_a_client_call_from_the_project_app_unless_appid_names_another() {
        Map<String, Object> fromProject = object(result(CliRun.run(HERE, "call", "whoami", "--project", "project",
                "--openid", "o_bob", "--quiet")));
        assertThat(fromProject.get("userInfo")).isEqualTo(Map.of("appId", "wx_cli_test_app", "openId", "o_bob"));
        assertThat(object(fromProject.get("context"))).containsEntry("OPENID", "o_bob")
                .containsEntry("SOURCE", "wx_client");

        Map<String, Object> otherApp = object(result(CliRun.run(HERE, "call", "whoami", "--project", "project",
                "--openid", "o_bob", "--appid", "wx_other", "--env", "dev-1", "--quiet")));
        assertThat(object(otherApp.get("context"))).containsEntry("APPID", "wx_other").containsEntry("ENV", "dev-1");
    }

    @Test
    void the_event_can_be_read_from_a_file_relative_to_the_working_directory() throws Exception {
        Files.writeString(temp.resolve("event.json"), "{\"from\": \"a file\"}");

        Map<String, Object> result = object(result(CliRun.run(temp, "call", "whoami", "--project",
                PROJECT.toString(), "--event", "@event.json", "--quiet")));

        assertThat(result.get("event")).isEqualTo(Map.of("from", "a file"));
    }

    @Test
    void time_freezes_the_clock_and_dates_print_as_iso_strings() {
        CliRun run = CliRun.run(HERE, "call", "whoami", "--project", "project", "--time", "2024-03-17T02:20:30Z");

        assertThat(object(result(run)).get("now")).isEqualTo("2024-03-17T02:20:30.000Z");
        assertThat(run.stderr()).contains(", clock frozen at 2024-03-17T02:20:30Z");
    }

    @Test
    void env_var_sets_process_env_for_the_functions() {
        Map<String, Object> result = object(result(CliRun.run(HERE, "call", "whoami", "--project", "project",
                "--env-var", "GREETING=ni hao", "--quiet")));

        assertThat(result.get("greeting")).isEqualTo("ni hao");
    }

    @Test
    void the_project_seeds_the_database_and_seed_db_replaces_them() throws Exception {
        List<Object> seeded = list(result(CliRun.run(HERE, "call", "todos", "--project", "project", "--quiet")));
        assertThat(seeded).extracting(d -> object(d).get("createdAt"))
                .containsExactly("2024-03-10T03:00:00.000Z", "2024-03-11T03:00:00.000Z");

        Files.writeString(temp.resolve("todos.jsonl"), "{\"_id\": \"only\", \"createdAt\": {\"$date\": 0}}\n");
        List<Object> replaced = list(result(CliRun.run(HERE, "call", "todos", "--project", "project",
                "--seed-db", temp.toString(), "--quiet")));
        assertThat(replaced).extracting(d -> object(d).get("_id")).containsExactly("only");
    }

    @Test
    void functions_and_seeds_can_be_given_without_a_project() throws Exception {
        Path hello = Files.createDirectories(temp.resolve("fns/hello"));
        Files.writeString(hello.resolve("index.js"), "exports.main = async () => 'hello';");
        Files.createDirectories(temp.resolve("files/docs"));
        Files.writeString(temp.resolve("files/docs/a.txt"), "a");

        CliRun run = CliRun.run(temp, "call", "hello", "--functions", "fns", "--seed-files", "files");

        assertThat(result(run)).isEqualTo("hello");
        assertThat(run.stderr()).isEqualTo("minicloud: environment minicloud-local, 1 function from fns, seeded"
                + " 0 collections (0 documents) and 1 file\n");
    }

    @Test
    void a_project_without_project_config_uses_its_cloudfunctions_folder() throws Exception {
        Path hello = Files.createDirectories(temp.resolve("app/cloudfunctions/hello"));
        Files.writeString(hello.resolve("index.js"), "exports.main = async () => 'hi';");

        CliRun run = CliRun.run(temp, "call", "hello", "--project", "app");

        assertThat(result(run)).isEqualTo("hi");
        assertThat(run.stderr()).contains("1 function from app/cloudfunctions, no seed data");
    }

    @Test
    void a_data_directory_keeps_what_one_call_wrote_for_the_next_run() {
        CliRun add = CliRun.run(HERE, "call", "todos", "--project", "project", "--openid", "o_alice",
                "--data-dir", temp.toString(), "--event", "{\"action\": \"add\", \"title\": \"kept\"}");
        assertThat(add.exitCode()).isZero();
        assertThat(add.stderr()).contains(", new data directory " + temp + " seeded with 1 collection (2 documents)"
                + " and 1 file");

        CliRun count = CliRun.run(HERE, "call", "todos", "--project", "project", "--data-dir", temp.toString(),
                "--event", "{\"action\": \"count\"}");

        assertThat(result(count)).isEqualTo(3);
        assertThat(count.stderr()).contains(", data directory " + temp + " with 1 collection (3 documents) and 1 file");
        assertThat(temp.resolve("storage/img/logo.png")).hasContent("not really a png");
    }

    @Test
    void collections_gives_a_project_without_seed_data_the_empty_collections_its_functions_need() throws Exception {
        String[] add = {"call", "todos", "--functions", "project/functions", "--event",
            "{\"action\": \"add\", \"title\": \"first\"}", "--quiet"};
        assertThat(CliRun.run(HERE, add).json()).containsEntry("errCode", -504002);

        CliRun run = CliRun.run(HERE, concat(add, "--collections", "todos,orders", "--collections", "users"));

        assertThat(run.exitCode()).as(run.stderr()).isZero();
        CliRun verbose = CliRun.run(HERE, "call", "todos", "--functions", "project/functions", "--collections",
                "todos,orders", "--collections", "users");
        assertThat(verbose.stderr()).isEqualTo("minicloud: environment minicloud-local, 4 functions from"
                + " project/functions, seeded 3 collections (0 documents) and 0 files\n");

        // The same with a fixture folder: an empty array makes an empty collection.
        Files.writeString(temp.resolve("todos.json"), "[]");
        assertThat(CliRun.run(HERE, concat(add, "--seed-db", temp.toString())).exitCode()).isZero();
    }

    @Test
    void a_functions_folder_without_functions_is_named_when_the_function_is_missing() throws Exception {
        Files.createDirectories(temp.resolve("empty"));

        CliRun run = CliRun.run(temp, "call", "todos", "--functions", "empty", "--quiet");

        assertThat(run.json()).containsEntry("errCode", -501000);
        assertThat(run.stderr()).isEqualTo("minicloud: there is no function todos; no functions were found in empty:"
                + " a function is a sub-folder holding index.js or package.json\n");
        assertThat(CliRun.run(temp, "call", "todos", "--quiet").stderr()).isEqualTo("minicloud: there is no function"
                + " todos; no functions were found: use --project or --functions\n");
    }

    private static String[] concat(String[] first, String... more) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void quiet_leaves_stderr_empty() {
        CliRun run = CliRun.run(HERE, "call", "todos", "--project", "project", "--quiet");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stderr()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    private static Object result(CliRun run) {
        assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isZero();
        return run.json().get("result");
    }
}
