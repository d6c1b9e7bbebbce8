package dev.minicloud.emulator.internal.admin;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.function.Consumer;

/**
 * The admin endpoint at a fixed path of another server ({@code /<token>/admin}), answering for whichever environment
 * is current: a long-running server starts a new environment when functions change, and the URL a Node backend was
 * given must keep working. Requests are answered by the current environment's own endpoint, so the protocol, its
 * errors and its limits are that endpoint's.
 */
public final class AdminRelay {
    private AdminRelay() {}

    /**
     * Answers {@code exchange}, addressed to {@code /<token>/...}, with the endpoint at {@code current}, which an
     * environment's {@code adminEndpoint()} gave.
     *
     * @param beforeAnswer told the action of a request that ran ({@code upload} for an announced upload) before its
     *     answer is sent
     */
    public static void serve(HttpExchange exchange, String token, URI current, Consumer<String> beforeAnswer) {
        String[] parts = current.getPath().split("/");
        AdminRoute route = parts.length > 1 ? AdminServer.jvm().route(parts[1]) : null;
        try {
            new AdminHandler(t -> t.equals(token) ? route : null, beforeAnswer).handle(exchange);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Answers {@code exchange} with the service's system error when no environment can answer it (the server could
     * not start one), in the protocol's form: HTTP 200 with {@code {code: "SYS_ERR", message}}.
     */
    public static void refuse(HttpExchange exchange, String message) {
        try {
            AdminHandler.sendJson(exchange, AdminErrors.of(TcbCodes.SYS_ERR, message, AdminHandler.requestId()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
