package dev.minicloud.emulator.console;

import dev.minicloud.emulator.json.Json;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Headless Chromium driven through chromedriver with the W3C WebDriver protocol over java.net.http: no Selenium,
 * no new dependency. One browser session per instance, on a fresh profile.
 */
final class WebDriver implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    /** Generous, for a loaded 2-core machine: a wait that passes it fails the test, nothing is measured. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Process driver;
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI session;

    WebDriver(Path profile) throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        driver = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        waitFor(() -> {
            try {
                return http.send(HttpRequest.newBuilder(base.resolve("status")).build(),
                        HttpResponse.BodyHandlers.ofString()).body().contains("\"ready\":true");
            } catch (IOException e) {
                return false;
            }
        }, "chromedriver to start");
        Map<String, Object> options = Map.of("binary", CHROMIUM.toString(), "args", List.of("--headless",
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--window-size=1280,860", "--user-data-dir=" + profile));
        Map<String, Object> created = call("POST", base.resolve("session"), Map.of("capabilities",
                Map.of("alwaysMatch", Map.of("browserName", "chrome", "goog:chromeOptions", options))));
        session = base.resolve("session/" + ((Map<?, ?>) created.get("value")).get("sessionId") + "/");
    }

    /** Whether this machine has Chromium and its driver. */
    static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    void open(URI url) {
        call("POST", session.resolve("url"), Map.of("url", url.toString()));
    }

    /** Clicks the first element matching the CSS selector, once there is one. */
    void click(String css) {
        call("POST", session.resolve("element/" + element(css) + "/click"), Map.of());
    }

    /** Replaces the text of an input or textarea. */
    void type(String css, String text) {
        String id = element(css);
        call("POST", session.resolve("element/" + id + "/clear"), Map.of());
        call("POST", session.resolve("element/" + id + "/value"), Map.of("text", text));
    }

    /** Chooses an option of a select, by its value. */
    void choose(String css, String value) {
        script("document.querySelector(arguments[0]).value = arguments[1]", css, value);
    }

    /** Chooses a host file in a file input, as a user picking it in the dialog. */
    void attach(String css, Path file) {
        call("POST", session.resolve("element/" + element(css) + "/value"), Map.of("text",
                file.toAbsolutePath().toString()));
    }

    /** Runs a script in the page, e.g. to choose an option of a select. */
    Object script(String body, Object... args) {
        return call("POST", session.resolve("execute/sync"), Map.of("script", body, "args", List.of(args)))
                .get("value");
    }

    /** Waits until the element's visible text satisfies {@code test}, and returns it. */
    String awaitText(String css, Predicate<String> test, String what) throws InterruptedException {
        String[] last = {""};
        waitFor(() -> {
            last[0] = text(css);
            return test.test(last[0]);
        }, what + " in " + css);
        return last[0];
    }

    String text(String css) {
        Object found = find(css);
        return found == null ? "" : String.valueOf(call("GET", session.resolve("element/" + found + "/text"), null)
                .get("value"));
    }

    void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        String png = (String) call("GET", session.resolve("screenshot"), null).get("value");
        Files.write(file, Base64.getDecoder().decode(png));
    }

    private String element(String css) {
        String[] id = {null};
        try {
            waitFor(() -> (id[0] = find(css)) != null, "an element " + css);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return id[0];
    }

    private String find(String css) {
        Object value = call("POST", session.resolve("elements"), Map.of("using", "css selector", "value", css))
                .get("value");
        return value instanceof List<?> l && !l.isEmpty() ? (String) ((Map<?, ?>) l.get(0)).get(ELEMENT) : null;
    }

    private interface Check {
        boolean holds() throws IOException, InterruptedException;
    }

    private static void waitFor(Check check, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            try {
                if (check.holds()) {
                    return;
                }
            } catch (IOException e) {
                // Not up yet: try again.
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    private Map<String, Object> call(String method, URI uri, Object body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(Json.stringify(body)));
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, Object> answer = Json.parseObject(r.body());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("WebDriver " + method + " " + uri + ": " + answer.get("value"));
            }
            return answer;
        } catch (IOException e) {
            throw new IllegalStateException("WebDriver " + method + " " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            // The session itself is addressed without the trailing slash its commands are resolved against.
            call("DELETE", URI.create(session.toString().replaceFirst("/$", "")), null);
        } finally {
            driver.destroy();
        }
    }
}
