package dev.minicloud.emulator.console;

import com.sun.net.httpserver.HttpExchange;
import dev.minicloud.emulator.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One console API call: its method, the path segments after {@code /api/}, the query parameters and the body. */
final class Request {
    private final HttpExchange exchange;
    private final List<String> path;
    private final Map<String, String> query;
    private final long maxBody;
    private byte[] body;

    Request(HttpExchange exchange, List<String> path, long maxBody) {
        this.exchange = exchange;
        this.path = path;
        this.query = parseQuery(exchange.getRequestURI().getRawQuery());
        this.maxBody = maxBody;
    }

    String method() {
        return exchange.getRequestMethod();
    }

    /** The path segment at {@code index} after {@code /api/}, or null. */
    String segment(int index) {
        return index < path.size() ? path.get(index) : null;
    }

    int segments() {
        return path.size();
    }

    /** The query parameter {@code name}, or null. */
    String param(String name) {
        return query.get(name);
    }

    /** The query parameter {@code name}, which must be given. */
    String requiredParam(String name) {
        String value = query.get(name);
        if (value == null || value.isEmpty()) {
            throw ConsoleError.badRequest("the query parameter '" + name + "' is missing");
        }
        return value;
    }

    /** The body, at most the console's limit. */
    byte[] body() throws IOException {
        if (body == null) {
            body = read(exchange.getRequestBody());
        }
        return body;
    }

    String text() throws IOException {
        return new String(body(), StandardCharsets.UTF_8);
    }

    /** The body as a JSON object; an empty body is {}. Dates may be written {"$date": ...}. */
    Map<String, Object> json() throws IOException {
        String text = text();
        if (text.isBlank()) {
            return Map.of();
        }
        try {
            return Json.parseObject(text);
        } catch (IllegalArgumentException e) {
            throw ConsoleError.badRequest("the body is not a JSON object: " + e.getMessage());
        }
    }

    private byte[] read(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > maxBody) {
                throw new ConsoleError(413, "the request body is larger than the console's limit of " + maxBody
                        + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Answers with JSON; dates are written {"$date": ms} so that they survive an edit in the browser. */
    void respond(int status, Object json) throws IOException {
        respond(status, "application/json; charset=utf-8", Json.stringifyExtended(json)
                .getBytes(StandardCharsets.UTF_8));
    }

    void respond(int status, String contentType, byte[] content) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, content.length == 0 ? -1 : content.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(content);
        }
    }

    void header(String name, String value) {
        exchange.getResponseHeaders().set(name, value);
    }

    private static Map<String, String> parseQuery(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            params.putIfAbsent(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return params;
    }

    /** The segments of a raw path, each percent-decoded, so that a document id or cloudPath may hold a slash. */
    static List<String> segments(String rawPath) {
        List<String> segments = new ArrayList<>();
        for (String s : rawPath.split("/")) {
            if (!s.isEmpty()) {
                // A plus is a plus in a path (only a query writes spaces as plus).
                segments.add(decode(s.replace("+", "%2B")));
            }
        }
        return segments;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ConsoleError.badRequest("bad percent-encoding in '" + s + "'");
        }
    }
}
