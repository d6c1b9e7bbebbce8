package dev.minicloud.emulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code minicloud shell} driven by a script on stdin, as {@code minicloud shell < script} would be. */
class ShellTest {
    private static final Path HERE = CliRun.project().getParent();
    private static final String[] SHELL = {"shell", "--project", "project", "--time", "2024-03-17T02:20:30Z",
        "--quiet"};

    @TempDir
    Path temp;

    private static CliRun shell(String script, String... extraArgs) {
        String[] args = new String[SHELL.length + extraArgs.length];
        System.arraycopy(SHELL, 0, args, 0, SHELL.length);
        System.arraycopy(extraArgs, 0, args, SHELL.length, extraArgs.length);
        return CliRun.withInput(HERE, script, args);
    }

    @Test
    void an_expression_line_prints_its_resolved_value_as_json() {
        CliRun run = shell("db.collection('todos').where({owner: 'o_alice'}).get()\n");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stderr()).isEmpty();
        assertThat(run.stdout()).isEqualTo("""
                {
                  "data" : [ {
                    "_id" : "t1",
                    "title" : "buy tea",
                    "owner" : "o_alice",
                    "createdAt" : "2024-03-10T03:00:00.000Z"
                  } ],
                  "errMsg" : "collection.get:ok"
                }
                """);
    }

    @Test
    void a_statement_line_runs_as_a_function_body_with_the_sdk_names_defined() {
        CliRun run = shell("""
                const r = await db.collection('todos').where({owner: _.in(['o_alice', 'o_bob'])}).count(); return r.total
                console.log('hello', {a: 1})
                (await db.collection('todos').aggregate().group({_id: null, n: $.sum(1)}).end()).list
                """);

        assertThat(run.stdout()).isEqualTo("""
                2
                [log] hello { a: 1 }
                null
                [ {
                  "_id" : null,
                  "n" : 2
                } ]
                """);
    }

    @Test
    void a_failing_line_prints_its_error_and_the_session_goes_on() {
        CliRun run = shell("""
                db.collection('missing').get()
                this is not javascript
                db.collection('todos').count()
                """);

        assertThat(run.exitCode()).as("the last line succeeded").isZero();
        assertThat(run.stderr()).isEqualTo("""
                callFunction:fail -504002 functions execute fail. Error: collection.get:fail -502005 database \
                collection not exists. [ResourceNotFound] Db or Table not exist: missing. Please check your request, \
                but if the problem cannot be solved, contact us.
                callFunction:fail -504002 functions execute fail. SyntaxError: Parse error. ')' expected
                """);
        assertThat(run.stdout()).contains("\"total\" : 2");
    }

    @Test
    void a_syntax_error_is_told_without_the_module_the_line_ran_as() {
        CliRun run = shell("db.collection('todos').where({done: false).get()\n{ let x = 1;\n");

        assertThat(run.stderr()).isEqualTo("""
                callFunction:fail -504002 functions execute fail. SyntaxError: Parse error. '}' expected
                callFunction:fail -504002 functions execute fail. SyntaxError: Parse error. Semi-colon expected
                """).doesNotContain(".js");
    }

    @Test
    void a_line_that_never_stops_is_stopped_by_the_time_limit_and_the_exit_code_tells_the_last_line_failed() {
        CliRun run = shell("while (true) {}\n", "--timeout", "0.2");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).isEqualTo("callFunction:fail -504003 Invoking task timed out after 0.2 seconds\n");
    }

    @Test
    void dot_commands_list_call_switch_the_caller_and_move_the_clock() {
        CliRun run = shell("""
                .functions
                .collections
                .files
                .as o_alice
                .call todos {"action": "add", "title": "from the shell"}
                cloud.getWXContext().OPENID
                .as server
                cloud.getWXContext().OPENID
                .time
                .advance 90s
                .time 2024-01-01T00:00:00Z
                .reset
                db.collection('todos').count()
                .exit
                db.collection('todos').count()
                """);

        assertThat(run.exitCode()).isZero();
        assertThat(run.stderr()).isEmpty();
        String out = run.stdout();
        assertThat(out).startsWith("""
                fails
                spin
                todos
                whoami
                todos  2 documents
                img/logo.png  16 bytes
                calling as o_alice
                {
                  "function" : "todos",
                  "errCode" : 0,
                  "errMsg" : "cloud.callFunction:ok",
                """);
        assertThat(out).contains("""
                  "logs" : [ {
                    "level" : "log",
                """);
        assertThat(out).endsWith("""
                "o_alice"
                calling from the server side
                null
                2024-03-17T02:20:30Z (frozen)
                2024-03-17T02:22:00Z (frozen)
                2024-01-01T00:00:00Z (frozen)
                back to the seeds: 1 collection (2 documents) and 1 file
                {
                  "total" : 2,
                  "errMsg" : "collection.count:ok"
                }
                """);
    }

    @Test
    void mistakes_in_dot_commands_are_reported_and_leave_the_session_open() {
        CliRun run = shell("""
                .bogus
                .call
                .call todos {oops
                .advance soon
                .as
                .call nope
                """);

        assertThat(run.exitCode()).as("the last call failed").isEqualTo(1);
        assertThat(run.stderr()).isEqualTo("""
                unknown command .bogus; .help lists the commands
                error: .call needs a function name: .call <name> [JSON|@FILE]
                error: .call todos {oops is not valid JSON: unexpected character 'o': was expecting double-quote to \
                start field name at character 2
                error: 'soon' is not a duration such as 90s, 10m, 2h, 1d or PT10M
                error: .as needs an OPENID, or 'server'
                """);
        assertThat(run.stdout()).contains("\"errCode\" : -501000");
    }

    @Test
    void help_lists_every_dot_command() {
        String out = shell(".help\n").stdout();

        for (Shell.Command command : Shell.COMMANDS) {
            assertThat(out).contains(command.usage());
        }
    }

    @Test
    void on_a_terminal_the_shell_greets_and_prompts_and_without_one_it_prints_only_answers() {
        CliRun terminal = CliRun.run(HERE, new ByteArrayInputStream("1 + 1\n".getBytes(StandardCharsets.UTF_8)), true,
                SHELL);

        assertThat(terminal.stdout()).startsWith("MiniCloud shell: ").contains("\nminicloud> 2\nminicloud> ");
        assertThat(shell("1 + 1\n").stdout()).isEqualTo("2\n");
    }

    @Test
    void a_data_directory_is_saved_after_every_line() throws Exception {
        PipedOutputStream typing = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(typing);
        CompletableFuture<CliRun> session = CompletableFuture.supplyAsync(() -> CliRun.run(HERE, stdin, false,
                "shell", "--project", "project", "--data-dir", temp.toString(), "--quiet"));

        type(typing, "cloud.uploadFile({cloudPath: 'notes/a.txt', fileContent: Buffer.from('saved')})\n");
        Path saved = temp.resolve("storage/notes/a.txt");
        for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                !Files.exists(saved) && System.nanoTime() < deadline; ) {
            Thread.sleep(20);
        }
        assertThat(saved).as("written while the shell still runs").hasContent("saved");
        assertThat(session).isNotDone();

        type(typing, ".exit\n");
        assertThat(session.get(30, TimeUnit.SECONDS).exitCode()).isZero();
    }

    private static void type(OutputStream typing, String text) throws IOException {
        typing.write(text.getBytes(StandardCharsets.UTF_8));
        typing.flush();
    }
}
