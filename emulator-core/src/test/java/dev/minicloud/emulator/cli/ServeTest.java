package dev.minicloud.emulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** {@code minicloud serve}: the console's server, started from the command line's options. */
class ServeTest {
    private static final Path HERE = Path.of("").toAbsolutePath();

    @Test
    void serve_prints_its_addresses_serves_the_project_and_stops_at_the_end_of_input() throws Exception {
        PipedOutputStream keyboard = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(keyboard);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream print = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> new Cli(HERE, stdin, print,
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), false)
                .run("serve", "--project", CliRun.project().toString(), "--port", "0"));
        String url = awaitLine(out, "MiniCloud console: ");
        assertThat(url).startsWith("http://127.0.0.1:");
        HttpResponse<String> collections = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(url).resolve("/api/collections")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(collections.body()).contains("\"name\":\"todos\"");
        String printed = awaitLine(out, "Admin endpoint (official SDKs, Node backends): ");
        java.util.regex.Matcher admin = java.util.regex.Pattern.compile(
                "TCB_CONTEXT_CNFG='\\{\"URL\":\"(http://127\\.0\\.0\\.1:\\d+/\\w+/admin)\"}' TCB_ENV=minicloud-local")
                .matcher(printed);
        assertThat(admin.matches()).as(printed).isTrue();
        HttpResponse<String> count = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(admin.group(1))).POST(HttpRequest.BodyPublishers.ofString(
                        "{\"action\":\"database.calculateDocument\",\"collectionName\":\"todos\",\"query\":\"{}\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(count.body()).contains("\"total\":2");
        keyboard.close();
        assertThat(code.get()).isZero();
    }

    private static String awaitLine(java.io.ByteArrayOutputStream out, String prefix) throws InterruptedException {
        // Waits for the line, not for a time: the test fails by the build's own timeout if serve never prints it.
        while (true) {
            String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
            int at = text.indexOf(prefix);
            if (at >= 0 && text.indexOf('\n', at) > 0) {
                return text.substring(at + prefix.length(), text.indexOf('\n', at)).strip();
            }
            Thread.sleep(20);
        }
    }

    @Test
    void a_port_in_use_is_a_usage_error() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun run = CliRun.run(HERE, "serve", "--project", CliRun.project().toString(), "--port",
                    String.valueOf(taken.getLocalPort()));
            assertThat(run.exitCode()).isEqualTo(Cli.USAGE);
            assertThat(run.stderr()).contains("port " + taken.getLocalPort() + " on 127.0.0.1 is in use");
        }
    }

    @Test
    void a_port_that_is_not_a_number_is_a_usage_error() {
        CliRun run = CliRun.run(HERE, "serve", "--port", "http");
        assertThat(run.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(run.stderr()).startsWith("minicloud: --port http is not a port number from 0 to 65535\n");
    }

    @Test
    void port_is_an_option_of_serve_only() {
        CliRun run = CliRun.run(HERE, "call", "todos", "--port", "1");
        assertThat(run.exitCode()).isEqualTo(Cli.USAGE);
        assertThat(run.stderr()).startsWith("minicloud: --port is an option of serve\n");
    }
}
