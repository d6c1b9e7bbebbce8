package dev.minicloud.emulator.database;

/**
 * A running {@code watch()}: its listener receives a snapshot for every committed write that changes what the
 * watch shows, on the writer's thread before the write returns, until {@link #close()}. Thread-safe.
 */
public final class Watcher implements AutoCloseable {
    private final AutoCloseable subscription;
    private volatile boolean closed;

    Watcher(AutoCloseable subscription) {
        this.subscription = subscription;
    }

    /** {@code watcher.close()}: no snapshot is delivered after it returns. */
    @Override
    public void close() {
        closed = true;
        try {
            subscription.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the watch was closed, or ended with an error. */
    public boolean isClosed() {
        return closed;
    }
}
