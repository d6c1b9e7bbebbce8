package dev.minicloud.emulator.internal.database.watch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One environment's committed changes on their way to its watchers. A commit {@linkplain #enqueue enqueues} its
 * changes while it still holds its collections' write locks, so the queue is in commit order; the writer then
 * {@linkplain #deliver delivers} them on its own thread once the locks are released, which is why a write (or a
 * function call, or a commit) has reached every watcher when it returns. Deliveries happen one at a time, in order.
 */
public final class ChangeFeed {
    private record Committed(long seq, String collection, List<DocumentChange> changes) {}

    /** A watcher's interest in one collection; it sees only commits after the one it started from. */
    public final class Subscription implements AutoCloseable {
        private final String collection;
        private final long startSeq;
        private final Consumer<List<DocumentChange>> receiver;
        private volatile boolean closed;

        private Subscription(String collection, long startSeq, Consumer<List<DocumentChange>> receiver) {
            this.collection = collection;
            this.startSeq = startSeq;
            this.receiver = receiver;
        }

        @Override
        public void close() {
            closed = true;
            subscriptions.remove(this);
        }

        public boolean isClosed() {
            return closed;
        }
    }

    private final CopyOnWriteArrayList<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final Deque<Committed> queue = new ArrayDeque<>();
    private final ReentrantLock delivering = new ReentrantLock();
    private long lastSeq;

    /**
     * Subscribes to a collection from the current commit on. Call it while holding the collection's read lock,
     * together with reading the documents the watcher starts from, so no commit falls between the two.
     */
    public synchronized Subscription subscribe(String collection, Consumer<List<DocumentChange>> receiver) {
        Subscription s = new Subscription(collection, lastSeq, receiver);
        subscriptions.add(s);
        return s;
    }

    /** Records a commit's changes to one collection. Called under the collection's write lock. */
    public synchronized void enqueue(String collection, List<DocumentChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        lastSeq++;
        if (!subscriptions.isEmpty()) {
            queue.add(new Committed(lastSeq, collection, List.copyOf(changes)));
        }
    }

    /**
     * Runs {@code start} while no delivery runs: a new watcher delivers its first snapshot inside it, so no change
     * reaches the watcher before that snapshot does.
     */
    public <T> T exclusively(Supplier<T> start) {
        delivering.lock();
        try {
            return start.get();
        } finally {
            delivering.unlock();
        }
    }

    /** Delivers every queued commit to the watchers of its collection, in commit order, on this thread. */
    public void deliver() {
        delivering.lock();
        try {
            Committed next;
            while ((next = poll()) != null) {
                for (Subscription s : subscriptions) {
                    if (!s.closed && s.collection.equals(next.collection()) && next.seq() > s.startSeq) {
                        s.receiver.accept(next.changes());
                    }
                }
            }
        } finally {
            delivering.unlock();
        }
    }

    private synchronized Committed poll() {
        return queue.poll();
    }
}
