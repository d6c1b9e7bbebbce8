package dev.minicloud.emulator.internal.database.engine;

import dev.minicloud.emulator.internal.database.query.Deadline;
import dev.minicloud.emulator.internal.database.query.Filter;
import dev.minicloud.emulator.internal.database.query.FilterCompiler;
import dev.minicloud.emulator.internal.database.query.IndexProbe;
import dev.minicloud.emulator.internal.database.query.Positional;
import dev.minicloud.emulator.internal.database.query.ValueEncoder;
import dev.minicloud.emulator.internal.database.update.PositionalIndex;
import dev.minicloud.emulator.internal.database.update.UpdateApplier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The writes of one database outside transactions: adds, query-wide updates and removals, and single-document
 * writes. Each prepares its documents first, so a bad one fails the call before anything changes, then writes through
 * the one {@link WritePath}: all of a call's changes commit together or not at all.
 */
final class EngineWrites {
    private final EngineCollections collections;
    private final FilterCompiler matcher;
    private final DocumentWrites writes;
    private final WritePath writePath;
    private final Supplier<ValueEncoder> newRequest;

    EngineWrites(EngineCollections collections, FilterCompiler matcher, DocumentWrites writes, WritePath writePath,
            Supplier<ValueEncoder> newRequest) {
        this.collections = collections;
        this.matcher = matcher;
        this.writes = writes;
        this.writePath = writePath;
        this.newRequest = newRequest;
    }

    Object add(String collection, Object data) {
        ValueEncoder values = newRequest.get();
        boolean batch = data instanceof List;
        List<?> items = batch ? (List<?>) data : Collections.singletonList(data);
        List<Map<String, Object>> docs = new ArrayList<>(items.size());
        for (Object item : items) {
            docs.add(writes.prepareNew(values, item, "collection.add"));
        }
        List<Object> added = writePath.write(collections.forWrite(collection), changes -> {
            List<Object> ids = new ArrayList<>(docs.size());
            for (Map<String, Object> doc : docs) {
                ids.add(writes.insert(changes, doc, values.now()));
            }
            return ids;
        });
        return batch ? Collections.unmodifiableList(added) : added.get(0);
    }

    long update(QuerySpec q, Object data, boolean multi) {
        ValueEncoder values = newRequest.get();
        Map<String, Object> wireFilter = DatabaseEngine.encodeWhere(values, q.where());
        Filter filter = matcher.compile(wireFilter);
        UpdateApplier update = writes.prepareUpdate(values, data);
        CollectionData coll = collections.existingForWrite(q.collection());
        if (coll == null || update.isEmpty()) {
            return 0L;
        }
        Positional positional = update.usesPositional() ? new Positional(matcher, wireFilter) : null;
        IndexProbe probe = collections.probe(wireFilter);
        return writePath.write(coll, changes -> {
            long[] modified = {0};
            coll.forEachMatch(Deadline.guard(filter), probe, e -> {
                Map<String, Object> doc = e.doc();
                UpdateApplier.Outcome outcome = update.apply(doc, positional == null
                        ? PositionalIndex.NONE
                        : path -> positional.firstMatch(doc, path));
                if (outcome.modified()) {
                    DocumentLimits.checkUpdated(outcome.document());
                    changes.replace(doc.get("_id"), outcome.document());
                    modified[0]++;
                }
                return multi;
            });
            return modified[0];
        });
    }

    long remove(QuerySpec q, boolean multi) {
        Map<String, Object> wire = DatabaseEngine.encodeWhere(newRequest.get(), q.where());
        Filter filter = matcher.compile(wire);
        IndexProbe probe = collections.probe(wire);
        CollectionData coll = collections.existingForWrite(q.collection());
        if (coll == null) {
            return 0L;
        }
        return writePath.write(coll, changes -> {
            long[] removed = {0};
            coll.forEachMatch(Deadline.guard(filter), probe, e -> {
                changes.delete(e.doc().get("_id"));
                removed[0]++;
                return multi;
            });
            return removed[0];
        });
    }

    DatabaseEngine.SetOutcome docSet(String collection, Object id, Object data) {
        Object key = DatabaseEngine.canonicalId(id);
        Map<String, Object> replacement = writes.prepareSet(newRequest.get(), key, data);
        return writePath.write(collections.forWrite(collection), changes -> writes.set(changes, key, replacement));
    }

    long docUpdate(String collection, Object id, Object data) {
        UpdateApplier update = writes.prepareUpdate(newRequest.get(), data);
        Object key = DatabaseEngine.canonicalId(id);
        CollectionData coll = collections.existingForWrite(collection);
        if (coll == null || update.isEmpty()) {
            return 0L;
        }
        return writePath.write(coll, changes -> writes.update(changes, key, update));
    }

    long docRemove(String collection, Object id) {
        Object key = DatabaseEngine.canonicalId(id);
        CollectionData coll = collections.existingForWrite(collection);
        if (coll == null) {
            return 0L;
        }
        return writePath.write(coll, changes -> writes.remove(changes, key));
    }
}
