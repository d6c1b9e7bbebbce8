package dev.minicloud.emulator.internal.admin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.minicloud.emulator.internal.common.json.JsonCodec;
import dev.minicloud.emulator.internal.common.json.JsonCodec.DateStyle;
import dev.minicloud.emulator.internal.common.json.JsonSyntaxException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Serves {@code POST /<token>/admin} (the admin protocol) and {@code PUT /<token>/upload/<slot>} (an announced
 * upload) for every environment's endpoint. Every admin answer is HTTP 200 with a JSON body, as the service's: the
 * SDK reads any other status as a transport failure. A body over {@value #MAX_BODY_BYTES} bytes, malformed JSON, an
 * unknown path or action all get the service's error answer; nothing the host throws reaches the client.
 */
final class AdminHandler implements HttpHandler {
    /** Room for a 16 MB document written as Extended JSON, and no more. */
    static final int MAX_BODY_BYTES = 24 << 20;

    private final Function<String, AdminRoute> routes;

    AdminHandler(Function<String, AdminRoute> routes) {
        this.routes = routes;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            respond(exchange);
        } catch (RuntimeException e) {
            // Only a bug gets here; the client still gets an answer, without the host's details.
            sendJson(exchange, AdminErrors.of(e, requestId()));
        } finally {
            exchange.close();
        }
    }

    private void respond(HttpExchange exchange) throws IOException {
        String[] parts = exchange.getRequestURI().getPath().split("/", 4);
        AdminRoute route = parts.length >= 3 ? routes.apply(parts[1]) : null;
        String method = exchange.getRequestMethod();
        if (route != null && parts.length == 4 && parts[2].equals("upload") && method.equals("PUT")) {
            upload(exchange, route, parts[3]);
        } else if (route != null && parts.length == 3 && parts[2].equals("admin") && method.equals("POST")) {
            sendJson(exchange, admin(exchange, route));
        } else if (route == null) {
            sendJson(exchange, AdminErrors.of("INVALID_ENV", "no open MiniCloud environment has this endpoint: it was"
                    + " closed, or the URL is not one CloudEnvironment.adminEndpoint() gave", requestId()));
        } else {
            sendJson(exchange, AdminErrors.of(TcbCodes.INVALID_PARAM, method + " " + exchange.getRequestURI()
                    .getPath() + " is not served: the admin protocol is POST <endpoint>", requestId()));
        }
    }

    private static Map<String, Object> admin(HttpExchange exchange, AdminRoute route) throws IOException {
        byte[] body = readBounded(exchange.getRequestBody());
        if (body == null) {
            return AdminErrors.of(TcbCodes.INVALID_PARAM, "request body larger than " + MAX_BODY_BYTES + " bytes",
                    requestId());
        }
        Object parsed;
        try {
            parsed = JsonCodec.parse(new String(body, StandardCharsets.UTF_8), false, false);
        } catch (JsonSyntaxException e) {
            return AdminErrors.of(TcbCodes.INVALID_PARAM, "request body is not JSON: " + e.getMessage(),
                    requestId());
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            return AdminErrors.of(TcbCodes.INVALID_PARAM, "request body must be a JSON object", requestId());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> params = (Map<String, Object>) map;
        return route.answer(params);
    }

    /** The body, or null if it is longer than the limit; reading stops there. */
    private static byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            if (out.size() + n > MAX_BODY_BYTES) {
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static void upload(HttpExchange exchange, AdminRoute route, String slot) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("authorization");
        AdminRoute.UploadRefusal refusal = route.upload(slot, authorization == null ? "" : authorization,
                exchange.getRequestBody());
        String id = requestId();
        exchange.getResponseHeaders().set("x-cos-request-id", id);
        if (refusal == null) {
            exchange.getResponseHeaders().set("ETag", "\"" + slot + "\"");
            exchange.sendResponseHeaders(200, -1);
            return;
        }
        // The SDK reads Code, Message, RequestId and TraceId from object storage's error XML.
        byte[] xml = ("<?xml version='1.0' encoding='utf-8' ?>\n<Error>\n  <Code>" + refusal.code()
                + "</Code>\n  <Message>" + escape(refusal.message()) + "</Message>\n  <RequestId>" + id
                + "</RequestId>\n  <TraceId>" + id + "</TraceId>\n</Error>\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/xml");
        exchange.sendResponseHeaders(refusal.status(), xml.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(xml);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static void sendJson(HttpExchange exchange, Map<String, Object> answer) throws IOException {
        byte[] body = JsonCodec.write(answer, DateStyle.EXTENDED).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static String requestId() {
        return UUID.randomUUID().toString();
    }
}
