package dev.minicloud.emulator.internal.admin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.minicloud.emulator.internal.common.RequestIds;
import dev.minicloud.emulator.internal.common.json.JsonCodec;
import dev.minicloud.emulator.internal.common.json.JsonCodec.DateStyle;
import dev.minicloud.emulator.internal.common.json.JsonSyntaxException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Serves {@code POST /<token>/admin} (the admin protocol), {@code PUT /<token>/upload/<slot>} (an announced
 * upload) and {@code /<token>/http} (a Node function's outbound request, {@link OutboundRelay}) for every
 * environment's endpoint. Every admin answer is HTTP 200 with a JSON body, as the service's: the
 * SDK reads any other status as a transport failure. A body over {@value #MAX_BODY_BYTES} bytes, malformed JSON, an
 * unknown path or action all get the service's error answer; nothing the host throws reaches the client.
 */
final class AdminHandler implements HttpHandler {
    /** Room for a 16 MB document written as Extended JSON, and no more. */
    static final int MAX_BODY_BYTES = 24 << 20;

    private final Function<String, AdminRoute> routes;
    private final Consumer<String> beforeAnswer;

    AdminHandler(Function<String, AdminRoute> routes) {
        this(routes, action -> { });
    }

    /**
     * @param beforeAnswer told the action of each request the route ran ({@code upload} for an announced upload),
     *     after it ran and before the answer is sent: a server that saves its data there saves it before the client
     *     hears of the write
     */
    AdminHandler(Function<String, AdminRoute> routes, Consumer<String> beforeAnswer) {
        this.routes = routes;
        this.beforeAnswer = beforeAnswer;
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
        } else if (route != null && parts.length == 3 && parts[2].equals("http")) {
            OutboundRelay.serve(exchange, route, readBounded(exchange.getRequestBody()));
        } else if (route != null && parts.length == 3 && parts[2].equals("admin") && method.equals("POST")) {
            send(exchange, admin(exchange, route));
        } else if (route == null) {
            sendJson(exchange, AdminErrors.of("INVALID_ENV", "no open MiniCloud environment has this endpoint: it was"
                    + " closed, or the URL is not one CloudEnvironment.adminEndpoint() gave", requestId()));
        } else {
            sendJson(exchange, AdminErrors.of(TcbCodes.INVALID_PARAM, method + " " + exchange.getRequestURI()
                    .getPath() + " is not served: the admin protocol is POST <endpoint>", requestId()));
        }
    }

    private AdminRoute.Reply admin(HttpExchange exchange, AdminRoute route) throws IOException {
        byte[] body = readBounded(exchange.getRequestBody());
        if (body == null) {
            return invalid("request body larger than " + MAX_BODY_BYTES + " bytes");
        }
        Object parsed;
        try {
            String boundary = MultipartForm.boundary(exchange.getRequestHeaders().getFirst("content-type"));
            parsed = boundary != null ? MultipartForm.parse(body, boundary)
                    : JsonCodec.parse(new String(body, StandardCharsets.UTF_8), false, false);
        } catch (JsonSyntaxException e) {
            return invalid("request body is not JSON: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return invalid(e.getMessage());
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            return invalid("request body must be a JSON object");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> params = (Map<String, Object>) map;
        AdminRoute.Reply reply = route.answer(params);
        beforeAnswer.accept(String.valueOf(params.get("action")));
        return reply;
    }

    private static AdminRoute.Reply invalid(String message) {
        return AdminRoute.Reply.json(AdminErrors.of(TcbCodes.INVALID_PARAM, message, requestId()));
    }

    /**
     * The body, or null if it is longer than the limit. Past the limit nothing more is kept, but up to as much again
     * is read and dropped: a connection closed with the request still unread is reset, and the reset can reach the
     * client before the answer refusing the body does (AdminEndpointTest saw it under load).
     */
    private static byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            if (out.size() + n > MAX_BODY_BYTES) {
                long dropped = 0;
                while (dropped < MAX_BODY_BYTES && (n = in.read(buffer)) >= 0) {
                    dropped += n;
                }
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private void upload(HttpExchange exchange, AdminRoute route, String slot) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("authorization");
        AdminRoute.UploadRefusal refusal = route.upload(slot, authorization == null ? "" : authorization,
                exchange.getRequestBody());
        beforeAnswer.accept("upload");
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

    private static void send(HttpExchange exchange, AdminRoute.Reply reply) throws IOException {
        if (reply.json() != null) {
            sendJson(exchange, reply.json());
            return;
        }
        sendBody(exchange, reply.protobuf(), "application/octet-stream");
    }

    static void sendJson(HttpExchange exchange, Map<String, Object> answer) throws IOException {
        // The SDK reads a wx.openApi answer as JSON only when it comes with exactly this type.
        sendBody(exchange, JsonCodec.write(answer, DateStyle.EXTENDED).getBytes(StandardCharsets.UTF_8),
                "application/json; charset=utf-8");
    }

    private static void sendBody(HttpExchange exchange, byte[] body, String type) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static String requestId() {
        return RequestIds.next();
    }
}
