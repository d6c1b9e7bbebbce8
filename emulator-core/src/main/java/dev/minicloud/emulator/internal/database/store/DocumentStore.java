package dev.minicloud.emulator.internal.database.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionMap;
import org.h2.mvstore.tx.TransactionStore;

/**
 * Where an environment's documents live: one H2 database per environment, used through H2's MVStore engine with its
 * transaction layer. Each collection is a transactional map from an insertion sequence number to the document's
 * JSON text. In memory by default (never shared: the store is an object, not a name); in a file for persistence.
 *
 * <p>This class only stores: no query or update semantics live here. Every change runs in a {@link Batch}, an H2
 * transaction, so a failed request leaves no trace and two writers of one document conflict instead of interleaving.
 *
 * <p>In a file, a committed change reaches the file when H2's background writer next commits (about every second),
 * at {@link #flush()} and at {@link #close()}; a durable store instead commits and syncs the file after every change
 * before returning, so a killed process loses nothing that was acknowledged.
 */
public final class DocumentStore implements AutoCloseable {
    private static final String CATALOG = "catalog";
    private static final String PREFIX = "c:";

    private final MVStore store;
    private final TransactionStore transactions;
    private final MVMap<String, String> catalog;
    private final boolean durable;

    private DocumentStore(MVStore store, boolean durable) {
        this.store = store;
        this.durable = durable;
        this.transactions = new TransactionStore(store);
        this.transactions.init();
        this.catalog = store.openMap(CATALOG);
    }

    /** A store that lives in memory only. */
    public static DocumentStore inMemory() {
        return new DocumentStore(new MVStore.Builder().open(), false);
    }

    /**
     * A store kept in {@code file}, created if missing.
     *
     * @param durable whether each change is committed to the file and synced to the device before it returns
     *
     * @throws FileLocked if another process or store has the file open
     * @throws IllegalStateException if the file cannot be opened, e.g. because it is not an H2 MVStore file
     */
    public static DocumentStore inFile(Path file, boolean durable) {
        MVStore store;
        try {
            store = new MVStore.Builder().fileName(file.toString()).open();
        } catch (MVStoreException e) {
            if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                throw new FileLocked(e);
            }
            throw new IllegalStateException("cannot open database file " + file + ": " + e.getMessage(), e);
        }
        return new DocumentStore(store, durable);
    }

    /** The collections, in creation order, with their creation metadata. */
    public List<String> collections() {
        List<String> names = new ArrayList<>(catalog.keySet());
        names.sort((a, b) -> catalog.get(a).compareTo(catalog.get(b)));
        return names;
    }

    /** The order number after those of the stored collections, for the next collection created. */
    public long nextCollectionOrder() {
        long next = 0;
        for (String order : catalog.values()) {
            next = Math.max(next, Long.parseLong(order) + 1);
        }
        return next;
    }

    /** Records a collection; {@code order} keeps creation order across restarts. */
    public void createCollection(String name, long order) {
        catalog.put(name, String.format("%019d", order));
        persist();
    }

    /** Removes a collection and all its documents. */
    public void dropCollection(String name) {
        catalog.remove(name);
        Transaction tx = transactions.begin();
        tx.removeMap(tx.openMap(PREFIX + name));
        tx.commit();
        persist();
    }

    /** Streams the committed documents of a collection in sequence order. */
    public void load(String collection, BiConsumer<Long, String> sink) {
        Transaction tx = transactions.begin();
        try {
            TransactionMap<Long, String> map = tx.openMap(PREFIX + collection);
            for (Map.Entry<Long, String> e : map.entrySet()) {
                sink.accept(e.getKey(), e.getValue());
            }
        } finally {
            tx.rollback();
        }
    }

    /**
     * Writes documents as already committed, without undo information: the fast path for seeding a collection
     * nobody else is writing.
     */
    public void seed(String collection, Map<Long, String> documents) {
        Transaction tx = transactions.begin();
        try {
            TransactionMap<Long, String> map = tx.openMap(PREFIX + collection);
            for (Map.Entry<Long, String> e : documents.entrySet()) {
                map.putCommitted(e.getKey(), e.getValue());
            }
        } finally {
            tx.commit();
        }
        persist();
    }

    /** Starts an all-or-nothing set of changes. */
    public Batch begin() {
        return new Batch(transactions.begin(), this);
    }

    /** In a durable store, commits the changes to the file and forces the file to the storage device. */
    private void persist() {
        if (durable) {
            store.commit();
            store.sync();
        }
    }

    /** Whether the store lives in memory only: nothing written to it is ever read back. */
    public boolean isInMemory() {
        return store.getFileStore() == null;
    }

    /** Writes pending data to the file, if any. */
    public void flush() {
        if (store.getFileStore() != null) {
            store.commit();
        }
    }

    @Override
    public void close() {
        if (!store.isClosed()) {
            if (store.getFileStore() != null) {
                store.commit();
            }
            transactions.close();
            store.close();
        }
    }

    /** One H2 transaction. Not thread-safe: one thread drives a batch. */
    public static final class Batch implements AutoCloseable {
        private final Transaction tx;
        private final DocumentStore owner;
        private boolean open = true;

        private Batch(Transaction tx, DocumentStore owner) {
            this.tx = tx;
            this.owner = owner;
        }

        private TransactionMap<Long, String> map(String collection) {
            return tx.openMap(PREFIX + collection);
        }

        /**
         * Writes a document.
         *
         * @throws WriteConflict if another open transaction changed the same document
         */
        public void put(String collection, long seq, String json) {
            try {
                map(collection).put(seq, json);
            } catch (MVStoreException e) {
                throw conflictOr(e);
            }
        }

        /**
         * Deletes a document.
         *
         * @throws WriteConflict if another open transaction changed the same document
         */
        public void remove(String collection, long seq) {
            try {
                map(collection).remove(seq);
            } catch (MVStoreException e) {
                throw conflictOr(e);
            }
        }

        /** The document as this transaction sees it: its own changes, else the committed value. */
        public String get(String collection, long seq) {
            return map(collection).get(seq);
        }

        public void commit() {
            open = false;
            tx.commit();
            owner.persist();
        }

        public void rollback() {
            if (open) {
                open = false;
                tx.rollback();
            }
        }

        /** Rolls back unless committed. */
        @Override
        public void close() {
            rollback();
        }

        private static RuntimeException conflictOr(MVStoreException e) {
            if (e.getErrorCode() == DataUtils.ERROR_TRANSACTION_LOCKED) {
                return new WriteConflict(e);
            }
            return e;
        }
    }

    /** The store's file is open in another process or store: H2 holds a lock on it. */
    public static final class FileLocked extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FileLocked(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** A document is locked by another open transaction. */
    public static final class WriteConflict extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WriteConflict(Throwable cause) {
            super(cause.getMessage(), cause);
        }
    }
}
