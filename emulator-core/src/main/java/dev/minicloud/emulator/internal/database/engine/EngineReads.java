package dev.minicloud.emulator.internal.database.engine;

import dev.minicloud.emulator.internal.common.json.JsonSizeBound;
import dev.minicloud.emulator.internal.common.value.Frozen;
import dev.minicloud.emulator.internal.database.aggregate.Pipeline;
import dev.minicloud.emulator.internal.database.geo.Near;
import dev.minicloud.emulator.internal.database.query.DatabaseError;
import dev.minicloud.emulator.internal.database.query.Deadline;
import dev.minicloud.emulator.internal.database.query.ExpressionSupport;
import dev.minicloud.emulator.internal.database.query.Filter;
import dev.minicloud.emulator.internal.database.query.FilterCompiler;
import dev.minicloud.emulator.internal.database.query.IndexProbe;
import dev.minicloud.emulator.internal.database.query.Projection;
import dev.minicloud.emulator.internal.database.query.SdkErrors;
import dev.minicloud.emulator.internal.database.query.Sorter;
import dev.minicloud.emulator.internal.database.query.ValueEncoder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.function.Supplier;

/**
 * The reads of one database: queries, counts, aggregation pipelines and single documents, each under its
 * collection's read lock so it sees one commit whole. Errors leave here as {@link DatabaseError}s; the engine turns
 * them into the service's messages.
 */
final class EngineReads {
    private final EngineCollections collections;
    private final EngineSettings settings;
    private final FilterCompiler matcher;
    private final ExpressionSupport expressions;
    private final Supplier<ValueEncoder> newRequest;

    EngineReads(EngineCollections collections, EngineSettings settings, FilterCompiler matcher,
            ExpressionSupport expressions, Supplier<ValueEncoder> newRequest) {
        this.collections = collections;
        this.settings = settings;
        this.matcher = matcher;
        this.expressions = expressions;
        this.newRequest = newRequest;
    }

    DatabaseEngine.Page get(QuerySpec q, boolean measure) {
        Map<String, Object> wire = DatabaseEngine.encodeWhere(newRequest.get(), q.where());
        Filter filter = matcher.compile(wire);
        IndexProbe probe = collections.probe(wire);
        Optional<Near> near = Near.find(wire);
        Sorter sorter = Sorter.of(q.orders() == null ? Map.of() : q.orders());
        Projection projection = Projection.compile(q.projection(), matcher);
        int skip = skip(q.skip());
        int limit = limit(q.limit());
        CollectionData data = collections.forRead(q.collection());
        List<Map<String, Object>> matches = new ArrayList<>();
        long[] bytes = {0};
        Lock lock = data.lock.readLock();
        lock.lock();
        try {
            int wanted = sorter.isEmpty() && near.isEmpty() ? skip + limit : Integer.MAX_VALUE;
            data.forEachMatch(Deadline.guard(filter), probe, e -> {
                matches.add(e.doc());
                if (measure) {
                    bytes[0] = JsonSizeBound.add(bytes[0], e.jsonBytesAtMost());
                }
                return matches.size() < wanted;
            });
        } finally {
            lock.unlock();
        }
        // $nearSphere orders nearest first; an explicit orderBy then sorts, ties keeping that order.
        List<Map<String, Object>> sorted = sorter.sort(near.map(n -> n.sort(matches)).orElse(matches));
        int from = Math.min(skip, sorted.size());
        int to = Math.min(sorted.size(), from + limit);
        List<Map<String, Object>> page = new ArrayList<>(to - from);
        for (Map<String, Object> doc : sorted.subList(from, to)) {
            page.add(projection.apply(doc));
        }
        // A projection only leaves out, so the stored documents' bound holds for what it leaves.
        long bound = JsonSizeBound.add(bytes[0], 2 + page.size());
        return new DatabaseEngine.Page(Collections.unmodifiableList(page), bound);
    }

    long count(QuerySpec q) {
        Map<String, Object> wire = DatabaseEngine.encodeWhere(newRequest.get(), q.where());
        Filter filter = matcher.compile(wire);
        IndexProbe probe = collections.probe(wire);
        CollectionData data = collections.forRead(q.collection());
        Lock lock = data.lock.readLock();
        lock.lock();
        try {
            return data.count(Deadline.guard(filter), probe);
        } finally {
            lock.unlock();
        }
    }

    List<Map<String, Object>> aggregate(String collection, List<? extends Map<String, ?>> pipeline) {
        if (pipeline == null) {
            throw SdkErrors.parameterType("pipeline", "array", null);
        }
        List<Object> stages = new ArrayList<>(pipeline);
        for (Object stage : stages) {
            DocumentLimits.checkRequest(stage, DocumentLimits.TOO_DEEP);
        }
        if (!Pipeline.hasLimit(stages)) {
            stages.add(Map.of("$limit", DatabaseEngine.AGGREGATE_DEFAULT_LIMIT));
        }
        Pipeline compiled = Pipeline.compile(stages, collections::scan, newRequest.get(), expressions,
                settings.envId() + "." + collection);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> result = (List<Map<String, Object>>) Frozen.freeze(compiled.run(collection, true));
        return result;
    }

    Map<String, Object> docGet(String collection, Object id, Map<String, Object> projection) {
        Projection p = Projection.compile(projection, matcher);
        CollectionData coll = collections.forRead(collection);
        Lock lock = coll.lock.readLock();
        lock.lock();
        try {
            CollectionData.Entry e = coll.get(DatabaseEngine.canonicalId(id));
            return e == null ? null : p.apply(e.doc());
        } finally {
            lock.unlock();
        }
    }

    private int limit(Integer limit) {
        if (limit == null || limit == 0) {
            return settings.defaultLimit();
        }
        return Math.min(Math.abs(limit), settings.maxLimit());
    }

    private static int skip(Integer skip) {
        if (skip == null) {
            return 0;
        }
        if (skip < 0) {
            throw DatabaseError.requestFail("skip value must be non-negative, but received: " + skip);
        }
        return skip;
    }
}
