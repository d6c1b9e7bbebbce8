package dev.minicloud.emulator.console;

import dev.minicloud.emulator.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Calls the console's API over real HTTP, as its page does (with the console's header on every request). */
record ConsoleHttp(URI base, HttpClient client) {

    /** An answer: the status, the body as text, and as a JSON object when it is one. */
    record Answer(int status, String text) {
        Map<String, Object> json() {
            return Json.parseObject(text);
        }
    }

    static ConsoleHttp of(URI base) {
        return new ConsoleHttp(base, HttpClient.newHttpClient());
    }

    Answer get(String path) {
        return send(request(path).GET().build());
    }

    Answer send(String method, String path, Object jsonBody) {
        return send(request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(Json.stringifyExtended(jsonBody))).build());
    }

    Answer sendBytes(String method, String path, byte[] body) {
        return send(request(path).method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).header("X-MiniCloud-Console", "1");
    }

    byte[] bytes(String path) {
        try {
            return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
