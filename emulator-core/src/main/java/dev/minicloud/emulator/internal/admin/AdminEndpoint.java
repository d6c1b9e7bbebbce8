package dev.minicloud.emulator.internal.admin;

import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.functions.call.OpenApi;
import dev.minicloud.emulator.internal.common.http.OutboundHttp;
import dev.minicloud.emulator.internal.database.engine.DatabaseEngine;
import dev.minicloud.emulator.internal.files.StorageService;
import dev.minicloud.emulator.internal.sdk.OpenTransactions;
import java.io.InputStream;
import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * One environment's CloudBase admin endpoint: the HTTP API the official server SDKs ({@code wx-server-sdk},
 * {@code @cloudbase/node-sdk}) send every database, storage and function call to. It is a route on the JVM's one
 * {@link AdminServer}, named by a random token, registered while the environment is open; each Node function
 * instance gets a {@link AdminDoor} of its own beside it.
 *
 * <p>Requests carry credentials and a TC3 signature; the endpoint accepts any, since MiniCloud has no accounts, and
 * serves only this environment whatever {@code env} the request names.
 */
public final class AdminEndpoint implements AutoCloseable {
    private final AdminActions actions;
    private final AdminUploads uploads;
    /** Callers outside any function: their transactions belong to the endpoint and end with it. */
    private final AdminScope outside;
    private final Route route;
    private final String base;

    /**
     * Starts serving; the server itself starts with the first endpoint of the JVM.
     *
     * @param functions how {@code functions.invokeFunction} calls a function for a caller outside any function
     * @param openApi the recording stub that answers {@code wx.openApi}
     */
    public AdminEndpoint(DatabaseEngine engine, StorageService storage,
            BiFunction<String, Object, FunctionResult> functions, OpenApi openApi) {
        String[] prefix = new String[1];
        this.uploads = new AdminUploads(storage, () -> prefix[0]);
        this.actions = new AdminActions(engine, storage, uploads);
        this.outside = new Outside(new OpenTransactions(engine), functions, openApi);
        this.route = new Route(newToken(), () -> outside);
        this.base = AdminServer.jvm().register(route);
        prefix[0] = base + route.token() + "/";
    }

    /** The URL the SDK posts to: {@code TCB_CONTEXT_CNFG}'s {@code URL}, or {@code serviceUrl} in {@code init}. */
    public URI url() {
        return urlOf(route);
    }

    /**
     * The environment variables under which an unmodified wx-server-sdk in a Node process reaches {@code url}, as the
     * function runtime sets them: {@code TCB_CONTEXT_CNFG} with the URL, the env id as {@code TCB_ENV} and
     * {@code SCF_NAMESPACE}, placeholder credentials (the SDK sends nothing without some), {@code TENCENTCLOUD=true}
     * (no probe of Tencent Cloud's metadata server), a region and {@code SILENCE} (no slow-call warnings).
     */
    public static Map<String, String> sdkVariables(URI url, String envId) {
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("TCB_CONTEXT_CNFG", "{\"URL\":\"" + url + "\"}");
        vars.put("TENCENTCLOUD_SECRETID", "minicloud");
        vars.put("TENCENTCLOUD_SECRETKEY", "minicloud");
        vars.put("TENCENTCLOUD_SESSIONTOKEN", "");
        vars.put("TENCENTCLOUD_RUNENV", "SCF");
        vars.put("TENCENTCLOUD", "true");
        vars.put("TENCENTCLOUD_REGION", "ap-shanghai");
        vars.put("SILENCE", "true");
        vars.put("TCB_ENV", envId);
        vars.put("SCF_NAMESPACE", envId);
        return vars;
    }

    /**
     * A URL of this endpoint for one Node function instance, whose requests run in the scope it enters.
     *
     * @param between the scope of requests that arrive while the instance serves no invocation
     */
    public AdminDoor door(AdminScope between) {
        return new AdminDoor(this, between);
    }

    /** Stops serving: the URL answers as an unknown one, and transactions left open are rolled back. */
    @Override
    public void close() {
        unregister(route);
        outside.transactions().end(outside.owner());
    }

    /** A new URL of this endpoint whose requests run in {@code scope}. */
    Route route(Supplier<AdminScope> scope) {
        Route r = new Route(newToken(), scope);
        AdminServer.jvm().register(r);
        return r;
    }

    private static String newToken() {
        byte[] token = new byte[16];
        new SecureRandom().nextBytes(token);
        return HexFormat.of().formatHex(token);
    }

    URI urlOf(Route r) {
        return urlOf(r, "admin");
    }

    URI urlOf(Route r, String door) {
        return URI.create(base + r.token() + "/" + door);
    }

    void unregister(Route r) {
        AdminServer.jvm().unregister(r);
    }

    /** The server's view of one URL; its owner holds it, and the server holds it only weakly. */
    final class Route implements AdminRoute {
        private final String token;
        private final Supplier<AdminScope> scope;

        Route(String token, Supplier<AdminScope> scope) {
            this.token = token;
            this.scope = scope;
        }

        @Override
        public String token() {
            return token;
        }

        @Override
        public Reply answer(Map<String, Object> body) {
            String requestId = AdminHandler.requestId();
            Object action = body.get("action");
            if (!(action instanceof String name)) {
                return Reply.json(AdminErrors.of(TcbCodes.INVALID_PARAM, "action must be a string, got " + action,
                        requestId));
            }
            try {
                AdminActions.Answer answer = actions.run(name, body, scope.get());
                if (answer.protobuf() != null) {
                    return new Reply(null, answer.protobuf());
                }
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("requestId", requestId);
                out.putAll(answer.fields());
                return Reply.json(out);
            } catch (RuntimeException e) {
                return Reply.json(AdminErrors.of(e, requestId));
            }
        }

        @Override
        public OutboundHttp.Answer http(String method, String url, Map<String, String> headers, byte[] body) {
            return scope.get().http(method, url, headers, body);
        }

        @Override
        public UploadRefusal upload(String slot, String authorization, InputStream content) {
            return uploads.accept(slot, authorization, content);
        }
    }

    /** A caller outside any function: a script or test pointed at {@link #url()}. */
    private record Outside(OpenTransactions transactions, BiFunction<String, Object, FunctionResult> functions,
            OpenApi openApi) implements AdminScope {
        @Override
        public Object owner() {
            return this;
        }

        @Override
        public FunctionResult callFunction(String name, Object event) {
            return functions.apply(name, event);
        }

        @Override
        public Map<String, Object> openApi(String api, Map<String, Object> params) {
            return openApi.handle(api, params, null);
        }

        @Override
        public OutboundHttp.Answer http(String method, String url, Map<String, String> headers, byte[] body) {
            return new OutboundHttp.Answer(0, null, null, null, null, "outbound HTTP is served only to the door of a"
                    + " Node function instance, not to callers outside functions");
        }
    }
}
