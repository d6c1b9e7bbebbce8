package dev.minicloud.emulator.internal.files;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedFileSystemException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Serves {@code GET} and {@code HEAD} of {@code /<bucket>/<cloudPath>?sign=<hex32>&t=<epoch seconds>} for every
 * environment of the JVM: the environment is the live one of that bucket whose secret verifies the signature, and the
 * answer is its file's bytes, streamed from its file system, with Content-Length and a Content-Type guessed from the
 * extension. Refusals carry object storage's XML error body: a signature no live environment verifies (bad, missing,
 * of another bucket, or of an environment closed or collected since) and an expired URL are 403, a deleted file 404,
 * a path without a bucket 404. Expiry is judged by the environment's clock, so a test moves past it by moving the
 * clock.
 */
final class SignedUrlHandler implements HttpHandler {
    private final Function<String, List<UrlRoute>> routes;

    /** @param routes the live routes of a bucket */
    SignedUrlHandler(Function<String, List<UrlRoute>> routes) {
        this.routes = routes;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            respond(exchange);
        } finally {
            exchange.close();
        }
    }

    private void respond(HttpExchange exchange) throws IOException {
        boolean head = exchange.getRequestMethod().equals("HEAD");
        if (!head && !exchange.getRequestMethod().equals("GET")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            refuse(exchange, 405, "MethodNotAllowed", "The specified method is not allowed against this resource.");
            return;
        }
        String path = exchange.getRequestURI().getPath();
        int slash = path.indexOf('/', 1);
        if (slash < 0) {
            refuse(exchange, 404, "NoSuchBucket", "The specified bucket does not exist.");
            return;
        }
        String cloudPath = path.substring(slash + 1);
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        Optional<Long> expiry = epochSeconds(query.get("t"));
        String sign = query.get("sign");
        UrlRoute route = sign == null || expiry.isEmpty() ? null : routes.apply(path.substring(1, slash)).stream()
                .filter(r -> r.signer().verify(cloudPath, expiry.get(), sign)).findFirst().orElse(null);
        if (route == null) {
            refuseSignature(exchange);
            return;
        }
        if (route.clock().instant().getEpochSecond() >= expiry.get()) {
            refuse(exchange, 403, "AccessDenied", "Request has expired");
            return;
        }
        Optional<FileStore.OpenFile> file;
        try {
            file = route.store().open(cloudPath);
        } catch (ClosedFileSystemException e) {
            // The environment closed between the signature check and the read.
            refuseSignature(exchange);
            return;
        }
        if (file.isEmpty()) {
            refuse(exchange, 404, "NoSuchKey", "The specified key does not exist.");
            return;
        }
        send(exchange, head, cloudPath, file.get());
    }

    private static void send(HttpExchange exchange, boolean head, String cloudPath, FileStore.OpenFile file)
            throws IOException {
        try (InputStream content = file.content()) {
            exchange.getResponseHeaders().set("Content-Type", ContentTypes.of(cloudPath));
            if (head) {
                // The server sends no Content-Length of its own for HEAD; clients read the size from it.
                exchange.getResponseHeaders().set("Content-Length", Long.toString(file.size()));
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            // For this server a length of 0 means "chunked" and -1 means "no body".
            exchange.sendResponseHeaders(200, file.size() == 0 ? -1 : file.size());
            try (OutputStream body = exchange.getResponseBody()) {
                content.transferTo(body);
            }
        }
    }

    private static void refuseSignature(HttpExchange exchange) throws IOException {
        refuse(exchange, 403, "SignatureDoesNotMatch",
                "The request signature we calculated does not match the signature you provided.");
    }

    private static void refuse(HttpExchange exchange, int status, String code, String message) throws IOException {
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] body = ("<?xml version='1.0' encoding='utf-8' ?>\n<Error>\n  <Code>" + code + "</Code>\n  <Message>"
                + message + "</Message>\n</Error>\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/xml");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> params = new HashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.putIfAbsent(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return params;
    }

    private static Optional<Long> epochSeconds(String t) {
        if (t == null || !t.matches("[0-9]{1,19}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(t));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
