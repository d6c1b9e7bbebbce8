package dev.minicloud.emulator.internal.admin;

import dev.minicloud.emulator.functions.FunctionResult;
import dev.minicloud.emulator.internal.database.engine.DatabaseEngine;
import dev.minicloud.emulator.internal.files.StorageService;
import java.io.InputStream;
import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * One environment's CloudBase admin endpoint: the HTTP API the official server SDKs ({@code wx-server-sdk},
 * {@code @cloudbase/node-sdk}) send every database, storage and function call to. It is a route on the JVM's one
 * {@link AdminServer}, named by a random token, registered while the environment is open.
 *
 * <p>Requests carry credentials and a TC3 signature; the endpoint accepts any, since MiniCloud has no accounts, and
 * serves only this environment whatever {@code env} the request names.
 */
public final class AdminEndpoint implements AutoCloseable {
    private final Route route;
    private final AdminActions actions;
    private final AdminUploads uploads;
    private final URI url;

    /**
     * Starts serving; the server itself starts with the first endpoint of the JVM.
     *
     * @param functions how {@code functions.invokeFunction} calls a function
     */
    public AdminEndpoint(DatabaseEngine engine, StorageService storage,
            BiFunction<String, Object, FunctionResult> functions) {
        byte[] token = new byte[16];
        new SecureRandom().nextBytes(token);
        this.route = new Route(HexFormat.of().formatHex(token));
        String[] prefix = new String[1];
        this.uploads = new AdminUploads(storage, () -> prefix[0]);
        this.actions = new AdminActions(engine, storage, functions, uploads, this);
        prefix[0] = AdminServer.jvm().register(route) + route.token() + "/";
        this.url = URI.create(prefix[0] + "admin");
    }

    /** The URL the SDK posts to: {@code TCB_CONTEXT_CNFG}'s {@code URL}, or {@code serviceUrl} in {@code init}. */
    public URI url() {
        return url;
    }

    /** Stops serving: the URL answers as an unknown one, and transactions left open are rolled back. */
    @Override
    public void close() {
        AdminServer.jvm().unregister(route);
        actions.close();
    }

    /** The server's view of this endpoint; it holds the endpoint, and the server holds it only weakly. */
    private final class Route implements AdminRoute {
        private final String token;

        Route(String token) {
            this.token = token;
        }

        @Override
        public String token() {
            return token;
        }

        @Override
        public Map<String, Object> answer(Map<String, Object> body) {
            String requestId = AdminHandler.requestId();
            Object action = body.get("action");
            if (!(action instanceof String name)) {
                return AdminErrors.of(TcbCodes.INVALID_PARAM, "action must be a string, got " + action, requestId);
            }
            try {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("requestId", requestId);
                out.putAll(actions.run(name, body).fields());
                return out;
            } catch (RuntimeException e) {
                return AdminErrors.of(e, requestId);
            }
        }

        @Override
        public UploadRefusal upload(String slot, String authorization, InputStream content) {
            return uploads.accept(slot, authorization, content);
        }
    }
}
