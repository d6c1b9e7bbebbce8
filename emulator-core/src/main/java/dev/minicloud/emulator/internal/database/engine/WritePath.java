package dev.minicloud.emulator.internal.database.engine;

import dev.minicloud.emulator.internal.database.store.DocumentStore;
import dev.minicloud.emulator.internal.database.store.DocumentStore.Batch;
import dev.minicloud.emulator.internal.database.watch.ChangeFeed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Lock;
import java.util.function.Function;

/**
 * How changes reach the store and the decoded view, for single writes and transactions alike: an H2 batch takes the
 * changes, and only after it committed are they applied to the view, under the collections' write locks, so no
 * reader ever sees part of a write and a failure leaves no trace.
 */
final class WritePath {
    private final DocumentStore store;
    private final Duration lockTimeout;
    /** Storage slots: every new document takes the next one. */
    final AtomicLong sequence = new AtomicLong();
    final DocumentLocks locks = new DocumentLocks();
    final ChangeFeed feed = new ChangeFeed();

    WritePath(DocumentStore store, Duration lockTimeout) {
        this.store = store;
        this.lockTimeout = lockTimeout;
    }

    Batch begin() {
        return store.begin();
    }

    Changes changes(CollectionData coll, Batch batch, EngineTransaction owner) {
        return new Changes(coll, batch, sequence, locks, owner);
    }

    /**
     * Runs a write outside a transaction under the collection's write lock in one H2 batch. If it reaches a document
     * an open transaction holds, it is rolled back, waits (without any lock) for that transaction to end, and runs
     * again; after the lock timeout it fails with the transaction-conflict error.
     */
    <T> T write(CollectionData coll, Function<Changes, T> action) {
        long deadline = System.nanoTime() + lockTimeout.toNanos();
        while (true) {
            EngineTransaction holder;
            Lock lock = coll.lock.writeLock();
            lock.lock();
            boolean published = false;
            try (Batch batch = store.begin()) {
                Changes changes = changes(coll, batch, null);
                T result = action.apply(changes);
                publish(batch, List.of(changes));
                published = true;
                return result;
            } catch (DocumentLocked e) {
                holder = e.holder();
            } catch (DocumentStore.WriteConflict e) {
                throw DatabaseEngine.transactionConflict();
            } finally {
                lock.unlock();
                if (published) {
                    feed.deliver();
                }
            }
            if (!holder.awaitEnd(deadline - System.nanoTime())) {
                throw DatabaseEngine.transactionConflict();
            }
        }
    }

    /**
     * Commits a transaction's batch and applies its changes, taking the write locks of its collections in name
     * order, so two committing transactions never wait for each other in a circle.
     */
    void commit(Batch batch, Collection<Changes> all) {
        List<Changes> ordered = new ArrayList<>(all);
        ordered.sort(Comparator.comparing(c -> c.collection().name));
        List<Lock> held = new ArrayList<>(ordered.size());
        try {
            for (Changes c : ordered) {
                Lock lock = c.collection().lock.writeLock();
                lock.lock();
                held.add(lock);
            }
            publish(batch, ordered);
        } finally {
            for (int i = held.size() - 1; i >= 0; i--) {
                held.get(i).unlock();
            }
        }
        feed.deliver();
    }

    /**
     * Commits the batch, then applies the changes to the view and queues them for watchers. Needs the collections'
     * write locks.
     */
    private void publish(Batch batch, List<Changes> changes) {
        batch.commit();
        for (Changes c : changes) {
            c.applyToView();
            feed.enqueue(c.collection().name, c.log());
        }
    }
}
