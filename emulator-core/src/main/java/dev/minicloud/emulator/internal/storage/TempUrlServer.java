package dev.minicloud.emulator.internal.storage;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The HTTP server behind one environment's temporary URLs, on 127.0.0.1 and a free port. It starts on the first
 * temporary URL, so environments that never ask for one cost nothing, and stops when the environment closes.
 */
final class TempUrlServer implements AutoCloseable {
    private record Running(HttpServer server, ExecutorService handlers, UrlSigner signer, String base) {}

    private final String envId;
    private final String bucket;
    private final FileStore store;
    private final Clock clock;
    private volatile Running running;
    private boolean closed;

    TempUrlServer(String envId, String bucket, FileStore store, Clock clock) {
        this.envId = envId;
        this.bucket = bucket;
        this.store = store;
        this.clock = clock;
    }

    /** The URL of {@code cloudPath} that works until {@code expiry} (epoch seconds of the environment's clock). */
    String urlFor(String cloudPath, long expiry) {
        Running r = running();
        return r.base() + UrlPaths.encode(cloudPath) + "?sign=" + r.signer().sign(cloudPath, expiry) + "&t=" + expiry;
    }

    private Running running() {
        Running r = running;
        if (r != null) {
            return r;
        }
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("environment " + envId + " is closed");
            }
            if (running == null) {
                running = start();
            }
            return running;
        }
    }

    private Running start() {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the temporary URL server of environment " + envId, e);
        }
        ExecutorService handlers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "minicloud-storage-" + envId);
            thread.setDaemon(true);
            return thread;
        });
        UrlSigner signer = UrlSigner.withRandomSecret();
        server.createContext("/", new SignedUrlHandler(bucket, store, signer, clock));
        server.setExecutor(handlers);
        // The server's dispatcher thread inherits the daemon flag of the thread that starts it: starting it from
        // a daemon thread keeps an environment that was never closed from holding the JVM open.
        CompletableFuture.runAsync(server::start, handlers).join();
        return new Running(server, handlers, signer,
                "http://127.0.0.1:" + server.getAddress().getPort() + "/" + bucket + "/");
    }

    /** Stops the server, if it ever started; URLs handed out stop working (connection refused). */
    @Override
    public synchronized void close() {
        closed = true;
        if (running != null) {
            running.server().stop(0);
            running.handlers().shutdownNow();
        }
    }
}
