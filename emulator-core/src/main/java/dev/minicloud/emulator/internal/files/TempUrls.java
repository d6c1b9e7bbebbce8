package dev.minicloud.emulator.internal.files;

import java.time.Clock;

/**
 * The temporary URLs of one environment: signed with its own secret and served by the JVM's {@link TempUrlServer},
 * which the environment joins on its first URL and leaves when it closes.
 */
final class TempUrls implements AutoCloseable {
    private final String envId;
    private final UrlRoute route;
    private String base;
    private boolean closed;

    TempUrls(String envId, String bucket, FileStore store, Clock clock) {
        this.envId = envId;
        this.route = new UrlRoute(bucket, store, UrlSigner.withRandomSecret(), clock);
    }

    /** The URL of {@code cloudPath} that works until {@code expiry} (epoch seconds of the environment's clock). */
    String urlFor(String cloudPath, long expiry) {
        return base() + route.bucket() + "/" + UrlPaths.encode(cloudPath) + "?sign="
                + route.signer().sign(cloudPath, expiry) + "&t=" + expiry;
    }

    /** The base URL of the server, which starts with the environment's first URL or with this call. */
    synchronized String base() {
        if (closed) {
            throw new IllegalStateException("environment " + envId + " is closed");
        }
        if (base == null) {
            base = TempUrlServer.jvm().register(route);
        }
        return base;
    }

    /** Leaves the server: URLs handed out answer 403 from now on. */
    @Override
    public synchronized void close() {
        closed = true;
        if (base != null) {
            TempUrlServer.jvm().unregister(route);
        }
    }
}
