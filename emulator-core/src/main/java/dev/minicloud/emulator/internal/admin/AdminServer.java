package dev.minicloud.emulator.internal.admin;

import dev.minicloud.emulator.internal.common.http.LoopbackServer;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;

/**
 * The one HTTP server behind the admin endpoints of every environment in the JVM, on 127.0.0.1 and a free port,
 * started by the first environment that asks for its endpoint.
 *
 * <p>Like the temporary URL server, this is a JVM-wide object on purpose: a server per environment would cost a port
 * and a dispatcher thread for every environment that ever asked, kept for the JVM's life by environments never
 * closed. It holds only a registry of {@link AdminRoute}s by their random path token, each held weakly: an environment
 * leaves when it closes, one never closed but unreachable is collected and purged at the next registration or request.
 * Environments may share an env id, so routing is by token, never by the {@code env} query parameter.
 *
 * <p>Bounded: at most {@value #THREADS} handler threads (made on demand, ended after 30 idle seconds) and a queue of
 * {@value #QUEUE} connections; a connection beyond that is closed at once. A slow client holds one handler thread
 * while it sends.
 */
final class AdminServer {
    static final int THREADS = 8;
    static final int QUEUE = 64;
    private static final AdminServer JVM = new AdminServer();

    /** A weakly held route that remembers its token, so that it can be purged once collected. */
    private static final class Registration extends WeakReference<AdminRoute> {
        private final String token;

        Registration(AdminRoute route, ReferenceQueue<AdminRoute> queue) {
            super(route, queue);
            this.token = route.token();
        }
    }

    private final Map<String, Registration> routes = new HashMap<>();
    private final ReferenceQueue<AdminRoute> collected = new ReferenceQueue<>();
    private String base;

    private AdminServer() {}

    static AdminServer jvm() {
        return JVM;
    }

    /** Adds {@code route}, starting the server if this is the first; the server's base URL, ending in {@code /}. */
    synchronized String register(AdminRoute route) {
        purge();
        if (base == null) {
            base = start();
        }
        routes.put(route.token(), new Registration(route, collected));
        return base;
    }

    /** Removes {@code route}: its URLs answer as unknown ones. */
    synchronized void unregister(AdminRoute route) {
        Registration r = routes.get(route.token());
        if (r != null && r.refersTo(route)) {
            routes.remove(route.token());
        }
        purge();
    }

    /** The live route of {@code token}, or null. */
    synchronized AdminRoute route(String token) {
        purge();
        Registration r = routes.get(token);
        return r == null ? null : r.get();
    }

    private void purge() {
        for (Reference<? extends AdminRoute> ref; (ref = collected.poll()) != null; ) {
            Registration gone = (Registration) ref;
            routes.remove(gone.token, gone);
        }
    }

    private String start() {
        return LoopbackServer.start("minicloud-admin", new AdminHandler(this::route), THREADS, QUEUE);
    }
}
