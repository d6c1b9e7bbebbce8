package dev.minicloud.emulator.internal.files;

import dev.minicloud.emulator.internal.common.http.LoopbackServer;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one HTTP server behind the temporary URLs of every environment in the JVM, on 127.0.0.1 and a free port,
 * started by the first URL any environment makes.
 *
 * <p>This is one of the two JVM-wide objects in MiniCloud (the other is {@code JsRuntime}'s sealed scope), an
 * exception to "nothing mutable is static" made on purpose: a server per environment cost a port, a dispatcher
 * thread and descriptors for every environment that ever made a URL, kept for the JVM's life by environments never
 * closed. The shared server holds nothing an environment owns or can change: only a registry of {@link UrlRoute}s,
 * each held weakly. An environment leaves it when it closes; one that is never closed but becomes unreachable is
 * collected, and its entry is purged at the next registration or request. Each URL is still signed with its own
 * environment's secret, so a URL opens only its environment's files.
 *
 * <p>Bounded: at most {@link StorageService#URL_SERVER_THREADS} handler threads, made on demand and ended after 30
 * idle seconds, and a queue of {@link StorageService#URL_SERVER_QUEUE} connections; a connection beyond that is
 * closed by the server at once. The server itself (its port and dispatcher thread) stays for the JVM's life.
 */
final class TempUrlServer {
    private static final TempUrlServer JVM = new TempUrlServer();

    /** A weakly held route that remembers its bucket, so that it can be purged once collected. */
    private static final class Registration extends WeakReference<UrlRoute> {
        private final String bucket;

        Registration(UrlRoute route, ReferenceQueue<UrlRoute> queue) {
            super(route, queue);
            this.bucket = route.bucket();
        }
    }

    private final Map<String, List<Registration>> routes = new HashMap<>();
    private final ReferenceQueue<UrlRoute> collected = new ReferenceQueue<>();
    private String base;

    private TempUrlServer() {}

    /** The server of this JVM. */
    static TempUrlServer jvm() {
        return JVM;
    }

    /** Adds {@code route}, starting the server if this is the first; the base URL, ending in {@code /}. */
    synchronized String register(UrlRoute route) {
        purge();
        if (base == null) {
            base = start();
        }
        routes.computeIfAbsent(route.bucket(), b -> new ArrayList<>()).add(new Registration(route, collected));
        return base;
    }

    /** Removes {@code route}: its URLs answer as URLs no environment signed. */
    synchronized void unregister(UrlRoute route) {
        List<Registration> registered = routes.get(route.bucket());
        if (registered != null) {
            registered.removeIf(r -> r.refersTo(route));
            if (registered.isEmpty()) {
                routes.remove(route.bucket());
            }
        }
        purge();
    }

    /** The live routes of {@code bucket}: several environments may share an env id, and so a bucket. */
    synchronized List<UrlRoute> routes(String bucket) {
        purge();
        List<UrlRoute> live = new ArrayList<>();
        for (Registration r : routes.getOrDefault(bucket, List.of())) {
            UrlRoute route = r.get();
            if (route != null) {
                live.add(route);
            }
        }
        return live;
    }

    private void purge() {
        for (Reference<? extends UrlRoute> ref; (ref = collected.poll()) != null; ) {
            Registration gone = (Registration) ref;
            List<Registration> registered = routes.get(gone.bucket);
            if (registered != null) {
                registered.remove(gone);
                if (registered.isEmpty()) {
                    routes.remove(gone.bucket);
                }
            }
        }
    }

    private String start() {
        return LoopbackServer.start("minicloud-temp-urls", new SignedUrlHandler(this::routes),
                StorageService.URL_SERVER_THREADS, StorageService.URL_SERVER_QUEUE);
    }
}
