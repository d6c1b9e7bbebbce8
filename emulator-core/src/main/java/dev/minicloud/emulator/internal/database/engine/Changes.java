package dev.minicloud.emulator.internal.database.engine;

import dev.minicloud.emulator.internal.common.json.JsonCodec;
import dev.minicloud.emulator.internal.common.json.JsonCodec.DateStyle;
import dev.minicloud.emulator.internal.database.store.DocumentStore.Batch;
import dev.minicloud.emulator.internal.database.watch.DocumentChange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The changes one write (or one transaction) makes to one collection: written to the H2 batch at once, applied to
 * the decoded view only after the batch committed. {@link #current} shows a document as these changes see it.
 *
 * <p>Every change first claims its document: outside a transaction a document an open transaction holds stops the
 * write ({@link DocumentLocked}); inside one the transaction takes the document's lock, and conflicts if another
 * transaction holds it or if the committed document changed since this transaction read it.
 */
final class Changes {
    private final CollectionData coll;
    private final Batch batch;
    private final AtomicLong sequence;
    private final DocumentLocks locks;
    /** The transaction these changes belong to, or null for a single write. */
    private final EngineTransaction owner;
    private final LinkedHashMap<Object, CollectionData.Entry> upserts = new LinkedHashMap<>();
    private final Set<Object> deletes = new LinkedHashSet<>();
    /** For a transaction: the committed entry (or null) each document had when the transaction first read it. */
    private final Map<Object, CollectionData.Entry> observed = new HashMap<>();
    private final List<DocumentChange> log = new ArrayList<>();
    /** The first change to each document, whose {@code before} later changes repeat: a batch stays linear. */
    private final Map<Object, DocumentChange> firstChange = new HashMap<>();

    Changes(CollectionData coll, Batch batch, AtomicLong sequence, DocumentLocks locks, EngineTransaction owner) {
        this.coll = coll;
        this.batch = batch;
        this.sequence = sequence;
        this.locks = locks;
        this.owner = owner;
    }

    CollectionData collection() {
        return coll;
    }

    /**
     * The document as these changes see it: their own writes, else the committed one; in a transaction, a document
     * keeps the version the transaction first read (writing it conflicts if that version is no longer current).
     * Needs a lock.
     */
    CollectionData.Entry current(Object id) {
        CollectionData.Entry own = upserts.get(id);
        if (own != null || deletes.contains(id)) {
            return own;
        }
        if (owner == null) {
            return coll.get(id);
        }
        if (!observed.containsKey(id)) {
            observed.put(id, coll.get(id));
        }
        return observed.get(id);
    }

    /** Whether an id is taken here or by an open transaction: a new document must not use it. */
    boolean taken(Object id) {
        return current(id) != null || locks.holder(coll.name, id) != null;
    }

    void insert(Object id, Map<String, Object> doc) {
        claim(id);
        log(id, doc, DocumentChange.Kind.ADD);
        long seq = sequence.getAndIncrement();
        batch.put(coll.name, seq, JsonCodec.write(doc, DateStyle.EXTENDED));
        upserts.put(id, new CollectionData.Entry(seq, doc));
    }

    /** An update: the document's new version. */
    void replace(Object id, Map<String, Object> doc) {
        overwrite(id, doc, DocumentChange.Kind.UPDATE);
    }

    /** A {@code set} of an existing document: its replacement. */
    void set(Object id, Map<String, Object> doc) {
        overwrite(id, doc, DocumentChange.Kind.REPLACE);
    }

    private void overwrite(Object id, Map<String, Object> doc, DocumentChange.Kind kind) {
        claim(id);
        log(id, doc, kind);
        long seq = current(id).seq();
        batch.put(coll.name, seq, JsonCodec.write(doc, DateStyle.EXTENDED));
        upserts.put(id, new CollectionData.Entry(seq, doc));
    }

    void delete(Object id) {
        claim(id);
        log(id, null, DocumentChange.Kind.REMOVE);
        batch.remove(coll.name, current(id).seq());
        upserts.remove(id);
        deletes.add(id);
    }

    private void claim(Object id) {
        if (owner == null) {
            EngineTransaction holder = locks.holder(coll.name, id);
            if (holder != null) {
                throw new DocumentLocked(holder);
            }
            return;
        }
        if (locks.claim(coll.name, id, owner) != null) {
            throw DatabaseEngine.transactionConflict();
        }
        owner.holds(new DocumentLocks.Key(coll.name, id));
        if (observed.containsKey(id) && observed.get(id) != coll.get(id)) {
            throw DatabaseEngine.transactionConflict();
        }
    }

    /**
     * Notes a change for watchers: the committed document before it (the first time these changes touch the
     * document) and the new version.
     */
    private void log(Object id, Map<String, Object> after, DocumentChange.Kind kind) {
        DocumentChange first = firstChange.get(id);
        Map<String, Object> before;
        if (first != null) {
            before = first.before();
        } else {
            CollectionData.Entry committed = coll.get(id);
            before = committed == null ? null : committed.doc();
        }
        DocumentChange change = new DocumentChange(id, before, after, kind);
        firstChange.putIfAbsent(id, change);
        log.add(change);
    }

    /** The changes for watchers, in the order they were made. */
    List<DocumentChange> log() {
        return log;
    }

    /** Applies the changes to the decoded view once the batch has committed. Needs the write lock. */
    void applyToView() {
        for (Object id : deletes) {
            coll.remove(id);
        }
        upserts.forEach(coll::put);
    }
}
