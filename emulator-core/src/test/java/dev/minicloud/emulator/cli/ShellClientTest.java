package dev.minicloud.emulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell's client view: {@code .client <openid>} runs lines as that user's mini-program, under the permissions. */
class ShellClientTest {
    private static final Path HERE = CliRun.project().getParent();
    private static final String[] SHELL = {"shell", "--project", "project", "--time", "2024-03-17T02:20:30Z",
        "--quiet"};

    @Test
    void a_client_line_is_stamped_with_the_users_openid_and_sees_only_what_the_permission_lets_it() {
        CliRun run = CliRun.withInput(HERE, """
                .client o_alice
                db.collection('todos').doc('n1').set({data: {title: 'mine'}})
                db.collection('todos').get()
                .admin
                db.collection('todos').count()
                """, SHELL);

        assertThat(run.stderr()).isEmpty();
        assertThat(run.stdout()).isEqualTo("""
                client view of o_alice: lines run as the mini-program (wx.cloud), under the permissions
                {
                  "_id" : "n1",
                  "errMsg" : "document.set:ok",
                  "stats" : {
                    "updated" : 0,
                    "created" : 1
                  }
                }
                {
                  "data" : [ {
                    "_id" : "n1",
                    "title" : "mine",
                    "_openid" : "o_alice"
                  } ],
                  "errMsg" : "collection.get:ok"
                }
                admin view: lines run as a cloud function
                {
                  "total" : 3,
                  "errMsg" : "collection.count:ok"
                }
                """);
    }

    @Test
    void a_refused_client_call_prints_the_clients_error_and_the_session_goes_on() {
        CliRun run = CliRun.withInput(HERE, """
                .client o_bob
                db.collection('todos').doc('t1').get()
                db.collection('todos').doc('t1').update({data: {title: 'stolen'}})
                .client
                db.collection('todos').doc('t1').get()
                """, SHELL);

        assertThat(run.exitCode()).isZero();
        assertThat(run.stderr()).isEqualTo("document.get:fail document.get:fail cannot find document with _id t1,"
                + " please make sure that the document exists and you have the corresponding Read permission\n");
        assertThat(run.stdout()).contains("\"updated\" : 0").contains("\"title\" : \"buy tea\"");
    }

    @Test
    void a_rules_file_replaces_the_default_so_another_users_todo_becomes_readable(@TempDir Path temp)
            throws Exception {
        Path rules = Files.writeString(temp.resolve("security-rules.json"),
                "{\"database\": {\"todos\": {\"aclTag\": \"READONLY\"}}}");
        String[] shell = java.util.stream.Stream.concat(java.util.Arrays.stream(SHELL),
                java.util.stream.Stream.of("--rules", rules.toString())).toArray(String[]::new);

        CliRun run = CliRun.withInput(HERE, """
                .client o_bob
                db.collection('todos').doc('t1').get()
                db.collection('todos').doc('t1').update({data: {title: 'stolen'}})
                """, shell);

        assertThat(run.stderr()).isEmpty();
        assertThat(run.stdout()).contains("\"title\" : \"buy tea\"").contains("\"updated\" : 0")
                .contains("document.get:ok");
    }

    @Test
    void a_client_line_prints_its_logs_and_an_uncaught_error_as_the_mini_program_reports_it() {
        CliRun run = CliRun.withInput(HERE, """
                .client o_alice
                { console.log('hello', {a: 1}); return 2 }
                { throw new Error('boom') }
                this is not javascript
                """, SHELL);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).endsWith("[log] hello { a: 1 }\n2\n");
        assertThat(run.stderr()).startsWith("thirdScriptError\nError: boom").contains("\nSyntaxError")
                .doesNotContain("line-");
    }

    @Test
    void the_prompt_shows_whose_client_the_shell_is() {
        CliRun terminal = CliRun.run(HERE, new ByteArrayInputStream(".client o_alice\n.client o_bob\n.admin\n"
                .getBytes(StandardCharsets.UTF_8)), true, SHELL);

        assertThat(terminal.stdout()).contains("\nminicloud> client view of o_alice")
                .contains("\nminicloud client o_alice> client view of o_bob")
                .contains("\nminicloud client o_bob> admin view").endsWith("\nminicloud> ");
    }
}
