package dev.minicloud.emulator.internal.common.http;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Starts MiniCloud's HTTP servers the one way they are all started: on 127.0.0.1 (never another address) and a free
 * port, with at most {@code threads} handler threads made on demand and ended after 30 idle seconds, a queue of
 * {@code queue} connections beyond which a connection is closed at once, and daemon threads only, so that no server
 * holds the JVM open.
 */
public final class LoopbackServer {
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    private LoopbackServer() {}

    /** Starts a server with {@code handler} at {@code /}; its base URL, ending in {@code /}. */
    public static String start(String name, HttpHandler handler, int threads, int queue) {
        // Without TCP_NODELAY, a body written after its headers waits for the client's delayed ACK (40 ms on Linux)
        // on every request of a kept-alive connection, as the official SDK's requests to the admin endpoint are. The
        // JDK's server reads this once, when its first server starts; a value the application set is kept.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the " + name + " server", e);
        }
        ThreadPoolExecutor handlers = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(queue), task -> daemon(task, name));
        handlers.allowCoreThreadTimeOut(true);
        server.createContext("/", handler);
        server.setExecutor(handlers);
        // The dispatcher thread inherits the daemon flag of the thread that starts the server.
        Thread starter = daemon(server::start, name + "-start");
        starter.start();
        try {
            starter.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the " + name + " server", e);
        }
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }
}
