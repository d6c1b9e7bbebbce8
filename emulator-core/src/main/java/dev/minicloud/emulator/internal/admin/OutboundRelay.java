package dev.minicloud.emulator.internal.admin;

import com.sun.net.httpserver.HttpExchange;
import dev.minicloud.emulator.internal.common.http.OutboundHttp;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Serves {@code <token>/http}: a Node function's runner sends each outbound request here as it would have sent it
 * (method, headers, body) with the target in {@code x-minicloud-url}, and gets the matching stub's answer as a plain
 * HTTP response, so Node's own client parses it. What is not an answer (no stub matched, a network fault) comes as
 * status 200 with {@code x-minicloud-failure: 1} and a JSON body ({@code {error}} or {@code {fault}}), which the
 * runner turns into the error Node would give; a stub's delay comes in {@code x-minicloud-delay} (milliseconds).
 */
final class OutboundRelay {
    static final String URL_HEADER = "x-minicloud-url";
    /** Set by the HTTP exchange itself, not by the function's request. */
    private static final Set<String> HOP_HEADERS = Set.of("content-length", "transfer-encoding", "connection");

    private OutboundRelay() {}

    static void serve(HttpExchange exchange, AdminRoute route, byte[] body) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                String.join(", ", values)));
        String url = headers.remove(URL_HEADER);
        if (url == null || body == null) {
            fail(exchange, Map.of("error", url == null ? "the request names no " + URL_HEADER
                    : "request body larger than " + AdminHandler.MAX_BODY_BYTES + " bytes"));
            return;
        }
        // Node sends keep-alive on every request; it says nothing about the function's own request.
        if ("keep-alive".equalsIgnoreCase(headers.get("connection"))) {
            headers.remove("connection");
        }
        OutboundHttp.Answer answer = route.http(exchange.getRequestMethod(), url, headers, body);
        if (answer.error() != null || answer.fault() != null) {
            fail(exchange, answer.error() != null ? Map.of("error", answer.error()) : Map.of("fault", answer.fault()));
            return;
        }
        answer.headers().forEach((name, value) -> {
            if (!HOP_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                exchange.getResponseHeaders().add(name, value);
            }
        });
        if (!answer.delay().isZero()) {
            exchange.getResponseHeaders().set("x-minicloud-delay", String.valueOf(answer.delay().toMillis()));
        }
        byte[] out = answer.body() == null ? new byte[0] : answer.body();
        boolean bodiless = out.length == 0 || answer.status() == 204 || answer.status() == 304
                || exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(answer.status(), bodiless ? -1 : out.length);
        if (!bodiless) {
            try (OutputStream stream = exchange.getResponseBody()) {
                stream.write(out);
            }
        }
    }

    private static void fail(HttpExchange exchange, Map<String, Object> failure) throws IOException {
        exchange.getResponseHeaders().set("x-minicloud-failure", "1");
        AdminHandler.sendJson(exchange, failure);
    }
}
