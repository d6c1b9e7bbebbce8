package dev.minicloud.emulator.console;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.minicloud.emulator.internal.admin.AdminRelay;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The web console of a {@link LiveEnvironment}: its single-page app and the JSON API it uses, served over HTTP on
 * 127.0.0.1 only, by a few threads with a bounded queue (a burst waits for a free thread instead of piling up).
 */
public final class ConsoleServer implements AutoCloseable {
    /** The largest request body the console reads: an upload or an import. */
    public static final long MAX_BODY_BYTES = 10L << 20;

    private static final int THREADS = 4;
    private static final int QUEUE = 64;
    private static final String ASSETS = "/dev/minicloud/emulator/console/";
    private static final Map<String, String> FILES = Map.of(
            "/", "index.html", "/index.html", "index.html", "/console.js", "console.js", "/console.css", "console.css");

    /**
     * The admin actions that never write: every other one (an unknown one too) saves a data directory before it is
     * answered, as a console write does.
     */
    private static final Set<String> READ_ACTIONS = Set.of("database.getDocument", "database.calculateDocument",
            "database.aggregateDocuments", "database.getInTransaction", "storage.downloadFile",
            "storage.batchGetDownloadUrl", "storage.getUploadMetadata");

    private final HttpServer server;
    private final ExecutorService executor;
    private final String adminToken;

    private ConsoleServer(HttpServer server, ExecutorService executor, String adminToken) {
        this.server = server;
        this.executor = executor;
        this.adminToken = adminToken;
    }

    /**
     * Starts serving {@code live} on 127.0.0.1.
     *
     * @param rulesFile the permission file the environment was configured from, shown on the permissions page
     * @param port the port, or 0 for any free one
     * @throws IllegalArgumentException if the port is in use or out of range
     */
    public static ConsoleServer start(LiveEnvironment live, Optional<Path> rulesFile, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
        }
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (BindException e) {
            throw new IllegalArgumentException("port " + port + " on 127.0.0.1 is in use: choose another with --port",
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve on 127.0.0.1:" + port, e);
        }
        // CallerRuns: a full queue makes the accepting thread serve, which slows clients down instead of failing them.
        ThreadPoolExecutor executor = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE), r -> {
                    Thread t = new Thread(r, "minicloud-console");
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        executor.allowCoreThreadTimeOut(true);
        server.setExecutor(executor);
        server.createContext("/api/", new ApiHandler(live, rulesFile, MAX_BODY_BYTES));
        server.createContext("/", ConsoleServer::asset);
        // A random path, as every admin endpoint has: a page on another site can post to 127.0.0.1 without a
        // preflight, but cannot guess where.
        byte[] token = new byte[16];
        new SecureRandom().nextBytes(token);
        String adminToken = HexFormat.of().formatHex(token);
        server.createContext("/" + adminToken + "/", exchange -> admin(exchange, live, adminToken));
        server.start();
        return new ConsoleServer(server, executor, adminToken);
    }

    /** The console's address, {@code http://127.0.0.1:<port>/}. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /**
     * The admin endpoint of the official SDKs, at {@link #adminEndpoint()} whatever environment is current: the
     * request runs inside {@link LiveEnvironment#use}, so a restart waits for it and the next request reaches the new
     * environment at the same URL.
     */
    private static void admin(HttpExchange exchange, LiveEnvironment live, String token) throws IOException {
        try (exchange) {
            if (!ApiHandler.addressedHere(exchange)) {
                sendText(exchange, 403, "the admin endpoint answers only requests addressed to 127.0.0.1 or localhost");
                return;
            }
            try {
                live.use(env -> {
                    AdminRelay.serve(exchange, token, env.adminEndpoint(), action -> {
                        if (!READ_ACTIONS.contains(action)) {
                            env.flush();
                        }
                    });
                    return null;
                });
            } catch (UncheckedIOException e) {
                throw e;
            } catch (RuntimeException e) {
                // No environment to answer: a restart failed (a permission file broken by hand); the next request
                // tries again.
                AdminRelay.refuse(exchange, "MiniCloud could not start the environment: " + e.getMessage());
            }
        } catch (UncheckedIOException e) {
            // The client went away before the answer was written: nothing to tell it.
        }
    }

    /**
     * The URL of the CloudBase admin endpoint, {@code http://127.0.0.1:<port>/<token>/admin}, for
     * {@code TCB_CONTEXT_CNFG}: it stays the same for the server's life, across restarts of the environment.
     */
    public URI adminEndpoint() {
        return url().resolve("/" + adminToken + "/admin");
    }

    private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void asset(HttpExchange exchange) throws IOException {
        try (exchange) {
            String name = FILES.get(exchange.getRequestURI().getPath());
            if (name == null || !exchange.getRequestMethod().equals("GET")) {
                sendText(exchange, 404, "Not found: the console is at /");
                return;
            }
            byte[] content;
            try (InputStream in = ConsoleServer.class.getResourceAsStream(ASSETS + name)) {
                if (in == null) {
                    throw new IllegalStateException("the console's " + name + " is missing from the jar");
                }
                content = in.readAllBytes();
            }
            exchange.getResponseHeaders().set("Content-Type", contentType(name));
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            exchange.sendResponseHeaders(200, content.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(content);
            }
        }
    }

    private static String contentType(String name) {
        if (name.endsWith(".html")) {
            return "text/html; charset=utf-8";
        }
        return name.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
    }

    /** Stops serving, waiting at most a second for requests under way; the environment stays open. */
    @Override
    public void close() {
        server.stop(1);
        executor.shutdownNow();
    }
}
