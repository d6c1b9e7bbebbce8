package dev.minicloud.emulator.cli;

import dev.minicloud.emulator.http.HttpFault;
import dev.minicloud.emulator.http.HttpStubs;
import dev.minicloud.emulator.http.RequestPattern;
import dev.minicloud.emulator.http.StubResponse;
import dev.minicloud.emulator.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The HTTP stubs of a project, {@code http-stubs.json}, in the shape of WireMock's mapping files: {@code {"mappings":
 * [{"request": {...}, "response": {...}}]}} or one mapping alone. A key this reader does not know is refused rather
 * than ignored, so that a misspelt matcher cannot turn into a stub that matches more than meant.
 *
 * @param stubs the patterns and responses in file order (a later one wins when several match)
 */
record StubsFile(List<Stub> stubs) {
    static final String FILE = "http-stubs.json";

    /** One mapping. */
    record Stub(RequestPattern when, StubResponse then) {}

    private static final Set<String> MAPPING = Set.of("request", "response", "name", "id", "comment");
    private static final Set<String> REQUEST = Set.of("method", "url", "headers", "queryParameters", "bodyPatterns");
    private static final Set<String> RESPONSE = Set.of("status", "headers", "body", "jsonBody", "base64Body",
            "fixedDelayMilliseconds", "fault");

    /**
     * Reads {@code file}.
     *
     * @throws UsageException naming the file, the mapping and the key that cannot be used
     */
    static StubsFile read(Path file) {
        Object parsed;
        try {
            parsed = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UsageException(file + " is not JSON: " + e.getMessage(), e);
        }
        Object mappings = parsed instanceof Map<?, ?> m && m.containsKey("mappings") ? m.get("mappings")
                : List.of(parsed);
        if (!(mappings instanceof List<?> list)) {
            throw new UsageException(file + ": \"mappings\" must be an array of {request, response}");
        }
        List<Stub> stubs = new java.util.ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            try {
                Map<String, Object> mapping = object(list.get(i), "a mapping", MAPPING);
                stubs.add(new Stub(request(object(mapping.get("request"), "\"request\"", REQUEST)),
                        response(object(mapping.get("response"), "\"response\"", RESPONSE))));
            } catch (IllegalArgumentException e) {
                throw new UsageException(file + ", mapping " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return new StubsFile(List.copyOf(stubs));
    }

    /** Adds every stub to {@code http}, in file order. */
    void applyTo(HttpStubs http) {
        stubs.forEach(s -> http.stub(s.when(), s.then()));
    }

    private static RequestPattern request(Map<String, Object> r) {
        if (!(r.get("url") instanceof String url)) {
            throw new IllegalArgumentException("\"request\" needs a \"url\", the full URL without its query"
                    + " (* for any characters)");
        }
        RequestPattern p = RequestPattern.request(r.get("method") instanceof String m ? m : null, url);
        for (Map.Entry<String, String> h : equalTos(r.get("headers"), "headers").entrySet()) {
            p = p.withHeader(h.getKey(), h.getValue());
        }
        for (Map.Entry<String, String> q : equalTos(r.get("queryParameters"), "queryParameters").entrySet()) {
            p = p.withQuery(q.getKey(), q.getValue());
        }
        Object bodies = r.getOrDefault("bodyPatterns", List.of());
        if (!(bodies instanceof List<?> list)) {
            throw new IllegalArgumentException("\"bodyPatterns\" must be an array");
        }
        for (Object body : list) {
            Map<String, Object> b = object(body, "a body pattern", Set.of("contains", "equalToJson"));
            if (b.get("contains") instanceof String text) {
                p = p.withBodyContaining(text);
            }
            if (b.containsKey("equalToJson")) {
                Object json = b.get("equalToJson");
                p = p.withJsonBody(json instanceof String text ? Json.parse(text) : json);
            }
        }
        return p;
    }

    /** {@code {"name": {"equalTo": "value"}}}, the one matcher offered, as name to value. */
    private static Map<String, String> equalTos(Object value, String key) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        if (value == null) {
            return out;
        }
        object(value, "\"" + key + "\"", null).forEach((name, matcher) -> {
            Map<String, Object> m = object(matcher, "\"" + key + "\"." + name, Set.of("equalTo"));
            if (!(m.get("equalTo") instanceof String expected)) {
                throw new IllegalArgumentException("\"" + key + "\"." + name + " needs {\"equalTo\": \"<text>\"}");
            }
            out.put(name, expected);
        });
        return out;
    }

    private static StubResponse response(Map<String, Object> r) {
        if (r.get("fault") instanceof String fault) {
            return StubResponse.fault(fault(fault));
        }
        int status = r.getOrDefault("status", 200) instanceof Number n ? n.intValue() : -1;
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("\"status\" must be an HTTP status from 100 to 599");
        }
        StubResponse s;
        if (r.containsKey("jsonBody")) {
            s = StubResponse.json(status, r.get("jsonBody"));
        } else if (r.get("base64Body") instanceof String b64) {
            s = StubResponse.bytes(status, Base64.getDecoder().decode(b64), "application/octet-stream");
        } else if (r.get("body") instanceof String text) {
            s = StubResponse.text(status, text);
        } else {
            s = StubResponse.status(status);
        }
        for (Map.Entry<String, Object> h : object(r.getOrDefault("headers", Map.of()), "\"headers\"", null)
                .entrySet()) {
            s = s.withHeader(h.getKey(), String.valueOf(h.getValue()));
        }
        if (r.get("fixedDelayMilliseconds") instanceof Number ms) {
            s = s.withDelay(Duration.ofMillis(ms.longValue()));
        }
        return s;
    }

    /** Our fault names, and WireMock's name for the one they share. */
    private static HttpFault fault(String name) {
        if (name.equals("CONNECTION_RESET_BY_PEER")) {
            return HttpFault.CONNECTION_RESET;
        }
        try {
            return HttpFault.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"fault\" " + name + " is not one of CONNECTION_RESET"
                    + " (or CONNECTION_RESET_BY_PEER), CONNECTION_REFUSED, HOST_NOT_FOUND, NO_RESPONSE", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value, String what, Set<String> known) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(what + " must be a JSON object");
        }
        if (known != null) {
            for (Object key : map.keySet()) {
                if (!known.contains(key)) {
                    throw new IllegalArgumentException(what + " has \"" + key + "\", which MiniCloud does not read;"
                            + " it reads " + String.join(", ", known.stream().sorted().toList()));
                }
            }
        }
        return (Map<String, Object>) map;
    }
}
