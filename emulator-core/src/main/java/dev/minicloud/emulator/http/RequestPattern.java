package dev.minicloud.emulator.http;

import dev.minicloud.emulator.json.Json;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which requests a stub answers: a method, a URL and optionally headers, query parameters and body conditions. Every
 * condition must hold. Immutable: each {@code with...} returns a new pattern.
 *
 * <pre>{@code
 * RequestPattern.post("https://api.example.com/orders/*")
 *         .withHeader("Authorization", "Bearer test-token")
 *         .withJsonBody(Map.of("sku", "A1", "qty", 2));
 * }</pre>
 *
 * <p>The URL is compared without its query: written plainly it must be equal ({@code https://host/path}, the port
 * only when it is not the scheme's default), and {@code *} stands for any characters ({@code https://api.x.com/*}).
 */
public final class RequestPattern {
    private final String method;
    private final String url;
    private final Pattern urlPattern;
    private final Map<String, String> headers;
    private final Map<String, String> query;
    private final List<String> bodyContains;
    private final Object jsonBody;

    private RequestPattern(String method, String url, Map<String, String> headers, Map<String, String> query,
            List<String> bodyContains, Object jsonBody) {
        this.method = method;
        this.url = url;
        this.urlPattern = glob(url);
        this.headers = Map.copyOf(headers);
        this.query = Map.copyOf(query);
        this.bodyContains = List.copyOf(bodyContains);
        this.jsonBody = jsonBody;
    }

    private static Pattern glob(String url) {
        StringBuilder regex = new StringBuilder();
        for (String part : url.split("\\*", -1)) {
            if (!regex.isEmpty()) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    /** Requests with {@code method} (any case; null or {@code "ANY"} for any method) to {@code url}. */
    public static RequestPattern request(String method, String url) {
        String m = method == null || method.equalsIgnoreCase("ANY") ? null : method.toUpperCase(Locale.ROOT);
        return new RequestPattern(m, Objects.requireNonNull(url, "url"), Map.of(), Map.of(), List.of(), null);
    }

    public static RequestPattern get(String url) {
        return request("GET", url);
    }

    public static RequestPattern post(String url) {
        return request("POST", url);
    }

    public static RequestPattern put(String url) {
        return request("PUT", url);
    }

    public static RequestPattern delete(String url) {
        return request("DELETE", url);
    }

    /** Requests with any method to {@code url}. */
    public static RequestPattern any(String url) {
        return request(null, url);
    }

    /** Also requires the header {@code name} (any case) with exactly this value. */
    public RequestPattern withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name.toLowerCase(Locale.ROOT), Objects.requireNonNull(value, "value"));
        return new RequestPattern(method, url, h, query, bodyContains, jsonBody);
    }

    /** Also requires the query parameter {@code name} with exactly this (decoded) value. */
    public RequestPattern withQuery(String name, String value) {
        Map<String, String> q = new LinkedHashMap<>(query);
        q.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return new RequestPattern(method, url, headers, q, bodyContains, jsonBody);
    }

    /** Also requires the body, read as UTF-8, to contain {@code text}. */
    public RequestPattern withBodyContaining(String text) {
        List<String> b = new ArrayList<>(bodyContains);
        b.add(Objects.requireNonNull(text, "text"));
        return new RequestPattern(method, url, headers, query, b, jsonBody);
    }

    /** Also requires the body to be JSON equal to {@code json} (plain Java values; key order does not matter). */
    public RequestPattern withJsonBody(Object json) {
        Object normalised = Json.parse(Json.stringify(json));
        return new RequestPattern(method, url, headers, query, bodyContains, normalised);
    }

    /** Whether {@code request} meets every condition. */
    public boolean matches(RecordedRequest request) {
        return mismatches(request).isEmpty();
    }

    /** What {@code request} fails of this pattern, one phrase per condition; empty when it matches. */
    public List<String> mismatches(RecordedRequest request) {
        List<String> out = new ArrayList<>();
        if (method != null && !method.equals(request.method())) {
            out.add("method " + request.method() + " is not " + method);
        }
        if (!urlPattern.matcher(request.urlWithoutQuery()).matches()) {
            out.add("URL " + request.urlWithoutQuery() + " is not " + url);
        }
        headers.forEach((name, value) -> {
            String actual = request.header(name);
            if (!value.equals(actual)) {
                out.add("header " + name + " is " + (actual == null ? "missing" : "'" + actual + "'") + ", not '"
                        + value + "'");
            }
        });
        Map<String, String> actualQuery = queryOf(request.url());
        query.forEach((name, value) -> {
            String actual = actualQuery.get(name);
            if (!value.equals(actual)) {
                out.add("query " + name + " is " + (actual == null ? "missing" : "'" + actual + "'") + ", not '"
                        + value + "'");
            }
        });
        for (String text : bodyContains) {
            if (!request.bodyText().contains(text)) {
                out.add("body does not contain '" + text + "'");
            }
        }
        if (jsonBody != null && !jsonBody.equals(parseOrNull(request.bodyText()))) {
            out.add("body is not the JSON " + Json.stringify(jsonBody));
        }
        return out;
    }

    private static Object parseOrNull(String text) {
        try {
            return Json.parse(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Map<String, String> queryOf(String url) {
        Map<String, String> out = new LinkedHashMap<>();
        int q = url.indexOf('?');
        if (q < 0) {
            return out;
        }
        for (String pair : url.substring(q + 1).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            out.putIfAbsent(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return out;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(method == null ? "ANY" : method).append(' ').append(url);
        headers.forEach((k, v) -> s.append(" [").append(k).append(": ").append(v).append(']'));
        query.forEach((k, v) -> s.append(" [?").append(k).append('=').append(v).append(']'));
        bodyContains.forEach(b -> s.append(" [body contains ").append(b).append(']'));
        if (jsonBody != null) {
            s.append(" [json ").append(Json.stringify(jsonBody)).append(']');
        }
        return s.toString();
    }
}
