package dev.minicloud.emulator.internal.database.watch;

import dev.minicloud.emulator.database.result.WatchChange;
import dev.minicloud.emulator.database.result.WatchSnapshot;
import dev.minicloud.emulator.internal.database.query.Filter;
import dev.minicloud.emulator.internal.database.query.Sorter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One watcher's view of its query: every matching document, the window {@code orderBy}/{@code limit} cut from them,
 * and the next event id. Each committed write becomes at most one {@link WatchSnapshot} whose {@code docChanges} say how
 * the window changed: documents the write touched carry its {@code dataType} ({@code add}, {@code update},
 * {@code replace}, {@code remove}); documents pushed in or out of a limited window by it carry {@code limit}.
 *
 * <p>Without {@code orderBy} the list is in {@code _id} descending order, as the service documents; with one,
 * {@code _id} descending breaks ties, so the order never depends on write timing. Not thread-safe: the environment
 * feeds it from one thread at a time.
 */
public final class WatchState {
    private final Filter filter;
    private final Sorter sorter;
    private final Integer limit;
    private final Map<Object, Map<String, Object>> matching = new LinkedHashMap<>();
    private List<Map<String, Object>> window = List.of();
    private long nextId = 1;

    public WatchState(Filter filter, Map<String, Integer> orders, Integer limit) {
        this.filter = filter;
        Map<String, Integer> withTieBreak = new LinkedHashMap<>(orders == null ? Map.of() : orders);
        withTieBreak.putIfAbsent("_id", -1);
        this.sorter = Sorter.of(withTieBreak);
        this.limit = limit;
    }

    /** The first snapshot ({@code type: 'init'}), from the collection's documents when the watch starts. */
    public WatchSnapshot start(Collection<Map<String, Object>> documents) {
        for (Map<String, Object> doc : documents) {
            if (filter.test(doc)) {
                matching.put(doc.get("_id"), doc);
            }
        }
        window = cut();
        long id = nextId++;
        List<WatchChange> changes = new ArrayList<>(window.size());
        for (Map<String, Object> doc : window) {
            changes.add(new WatchChange(id, "init", "init", doc.get("_id"), doc, null, null));
        }
        return new WatchSnapshot(id, true, window, List.copyOf(changes));
    }

    /** The snapshot one committed write (or transaction) causes, if it changes what this watch shows. */
    public Optional<WatchSnapshot> apply(List<DocumentChange> changes) {
        Map<Object, DocumentChange> touched = merge(changes);
        Map<Object, Map<String, Object>> before = byId(window);
        for (DocumentChange c : touched.values()) {
            if (c.after() != null && filter.test(c.after())) {
                matching.put(c.id(), c.after());
            } else {
                matching.remove(c.id());
            }
        }
        window = cut();
        Map<Object, Map<String, Object>> after = byId(window);
        long id = nextId;
        List<WatchChange> events = new ArrayList<>();
        for (DocumentChange c : touched.values()) {
            String queue = queueType(before.containsKey(c.id()), after.containsKey(c.id()));
            if (queue != null) {
                events.add(touchedEvent(id, c, queue));
            }
        }
        Set<Object> seen = new HashSet<>(touched.keySet());
        after.forEach((docId, doc) -> {
            if (!before.containsKey(docId) && seen.add(docId)) {
                events.add(new WatchChange(id, "limit", "enqueue", docId, doc, null, null));
            }
        });
        before.forEach((docId, doc) -> {
            if (!after.containsKey(docId) && seen.add(docId)) {
                events.add(new WatchChange(id, "limit", "dequeue", docId, doc, null, null));
            }
        });
        if (events.isEmpty()) {
            return Optional.empty();
        }
        nextId++;
        return Optional.of(new WatchSnapshot(id, false, window, List.copyOf(events)));
    }

    private static WatchChange touchedEvent(long id, DocumentChange c, String queue) {
        Map<String, Object> doc = c.after() != null ? c.after() : c.before();
        if (c.kind() == DocumentChange.Kind.UPDATE && c.before() != null && c.after() != null) {
            FieldDiff diff = FieldDiff.between(c.before(), c.after());
            return new WatchChange(id, "update", queue, c.id(), doc, diff.updated, List.copyOf(diff.removed));
        }
        return new WatchChange(id, c.kind().dataType(), queue, c.id(), doc, null, null);
    }

    private static String queueType(boolean wasListed, boolean isListed) {
        if (wasListed) {
            return isListed ? "update" : "dequeue";
        }
        return isListed ? "enqueue" : null;
    }

    /** Several changes to one document in one commit become one: first state before, last state after. */
    private static Map<Object, DocumentChange> merge(List<DocumentChange> changes) {
        Map<Object, DocumentChange> merged = new LinkedHashMap<>();
        for (DocumentChange c : changes) {
            DocumentChange first = merged.get(c.id());
            merged.put(c.id(), first == null ? c : new DocumentChange(c.id(), first.before(), c.after(),
                    first.before() == null && c.after() != null ? DocumentChange.Kind.ADD : c.kind()));
        }
        return merged;
    }

    private List<Map<String, Object>> cut() {
        List<Map<String, Object>> sorted = sorter.sort(new ArrayList<>(matching.values()));
        return List.copyOf(limit == null || sorted.size() <= limit ? sorted : sorted.subList(0, limit));
    }

    private static Map<Object, Map<String, Object>> byId(List<Map<String, Object>> docs) {
        Map<Object, Map<String, Object>> out = new LinkedHashMap<>();
        for (Map<String, Object> d : docs) {
            out.put(d.get("_id"), d);
        }
        return out;
    }
}
