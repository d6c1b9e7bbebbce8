package dev.minicloud.emulator.database;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.database.result.AggregateResult;
import dev.minicloud.emulator.internal.database.query.SdkErrors;
import dev.minicloud.emulator.internal.sdk.DatabaseOperations;
import dev.minicloud.emulator.internal.sdk.DatabaseRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code collection.aggregate()}: an aggregation pipeline, built stage by stage like the SDK's and run by
 * {@link #end()}. Every call returns a new immutable builder.
 *
 * <pre>{@code
 * AggregateCommand $ = Command.aggregate;
 * AggregateResult r = db.collection("books").aggregate()
 *         .match(Map.of("category", "novel"))
 *         .group(Map.of("_id", "$author", "total", $.sum("$sales")))
 *         .sort(Map.of("total", -1))
 *         .limit(10)
 *         .end();
 * // r.list() -> [{_id=..., total=...}, ...], r.errMsg() -> "collection.aggregate:ok"
 * }</pre>
 *
 * <p>{@link #match} takes a {@code where} condition (commands, nested objects flattened); every other stage takes
 * its argument as MongoDB does, with expressions built by {@link Command#aggregate}. Without a {@link #limit} stage
 * at most 20 documents come back, as on the platform. Dates are in UTC unless an operator is given a timezone. The
 * stages wx-server-sdk declares but cannot build ({@code collStats}, {@code facet}, {@code graphLookup},
 * {@code indexStats}, {@code out}, {@code redact}) have no method here.
 */
public final class Aggregate {
    private final DatabaseOperations ops;
    private final String collection;
    private final List<Map<String, Object>> stages;

    private Aggregate(DatabaseOperations ops, String collection, List<Map<String, Object>> stages) {
        this.ops = ops;
        this.collection = collection;
        this.stages = stages;
    }

    static Aggregate on(DatabaseOperations ops, String collection, List<? extends Map<String, ?>> stages) {
        List<Map<String, Object>> copy = new ArrayList<>(stages.size());
        for (Map<String, ?> stage : stages) {
            copy.add(Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stage)));
        }
        return new Aggregate(ops, collection, Collections.unmodifiableList(copy));
    }

    /** {@code $.pipeline()}: a pipeline bound to no collection, for {@code lookup}. */
    static Aggregate pipeline() {
        return new Aggregate(null, null, List.of());
    }

    private Aggregate pipe(String stage, Object argument) {
        List<Map<String, Object>> next = new ArrayList<>(stages);
        next.add(Collections.singletonMap("$" + stage, argument));
        return new Aggregate(ops, collection, Collections.unmodifiableList(next));
    }

    /** Adds fields computed by expressions, keeping the others: {@code addFields(Map.of("total", $.sum("$a")))}. */
    public Aggregate addFields(Map<String, ?> fields) {
        return pipe("addFields", Objects.requireNonNull(fields, "fields"));
    }

    /** Groups into buckets by {@code boundaries}: {@code {groupBy, boundaries, default?, output?}}. */
    public Aggregate bucket(Map<String, ?> options) {
        return pipe("bucket", Objects.requireNonNull(options, "options"));
    }

    /** Groups into a number of even buckets: {@code {groupBy, buckets, granularity?, output?}}. */
    public Aggregate bucketAuto(Map<String, ?> options) {
        return pipe("bucketAuto", Objects.requireNonNull(options, "options"));
    }

    /** One document {@code {fieldName: <number of documents>}} (none if there are none). */
    public Aggregate count(String fieldName) {
        return pipe("count", fieldName);
    }

    /**
     * Documents nearest to a point first; must be the first stage: {@code {near: Geo.point(...), spherical: true,
     * distanceField, maxDistance?, minDistance?, query?, distanceMultiplier?, includeLocs?, key?, limit?}}, distances
     * in metres; {@code query} is a {@code where} condition.
     */
    public Aggregate geoNear(Map<String, ?> options) {
        return pipe("geoNear", Objects.requireNonNull(options, "options"));
    }

    /** Groups by {@code _id} (an expression; null groups everything) with accumulators for the other fields. */
    public Aggregate group(Map<String, ?> spec) {
        return pipe("group", Objects.requireNonNull(spec, "spec"));
    }

    /** At most {@code n} documents (positive). */
    public Aggregate limit(int n) {
        return pipe("limit", n);
    }

    /**
     * A left outer join into an array field: {@code {from, localField, foreignField, as}}, or
     * {@code {from, let, pipeline, as}} with a pipeline built by {@code Command.aggregate.pipeline()...done()}.
     */
    public Aggregate lookup(Map<String, ?> options) {
        return pipe("lookup", Objects.requireNonNull(options, "options"));
    }

    /** Keeps the documents matching a {@code where} condition. */
    public Aggregate match(Map<String, ?> condition) {
        return pipe("match", Objects.requireNonNull(condition, "condition"));
    }

    /** Keeps the documents matching a top-level logic command, such as {@code Command.expr(...)}. */
    public Aggregate match(LogicCommand condition) {
        return pipe("match", Objects.requireNonNull(condition, "condition"));
    }

    /** Shapes documents: 1/true keeps a field, 0/false drops it, an expression computes it. */
    public Aggregate project(Map<String, ?> spec) {
        return pipe("project", Objects.requireNonNull(spec, "spec"));
    }

    /** Replaces each document by {@code newRoot}: {@code replaceRoot(Map.of("newRoot", "$address"))}. */
    public Aggregate replaceRoot(Map<String, ?> options) {
        return pipe("replaceRoot", Objects.requireNonNull(options, "options"));
    }

    /** {@code size} documents chosen at random: {@code sample(Map.of("size", 3))}. */
    public Aggregate sample(Map<String, ?> options) {
        return pipe("sample", Objects.requireNonNull(options, "options"));
    }

    /** Skips the first {@code n} documents. */
    public Aggregate skip(int n) {
        return pipe("skip", n);
    }

    /**
     * Sorts by fields, 1 ascending and -1 descending, in the map's order (use a {@code LinkedHashMap} for several
     * keys).
     */
    public Aggregate sort(Map<String, ?> spec) {
        return pipe("sort", Objects.requireNonNull(spec, "spec"));
    }

    /** Groups by an expression and counts: {@code {_id, count}} documents, largest count first. */
    public Aggregate sortByCount(Object expression) {
        return pipe("sortByCount", expression);
    }

    /** One document per element of the array at {@code "$path"}. */
    public Aggregate unwind(String path) {
        return pipe("unwind", path);
    }

    /** {@code {path, includeArrayIndex?, preserveNullAndEmptyArrays?}}. */
    public Aggregate unwind(Map<String, ?> options) {
        return pipe("unwind", Objects.requireNonNull(options, "options"));
    }

    /**
     * The stages in their wire form, {@code [{"$match": ...}, {"$group": ...}]}: the value of a {@code lookup}'s
     * {@code pipeline}, and what {@code DatabaseEngine.aggregate} takes.
     */
    public List<Map<String, Object>> done() {
        return stages;
    }

    /**
     * Runs the pipeline: {@code {list: [...], errMsg: "collection.aggregate:ok"}}.
     *
     * @throws CloudException {@code collection.aggregate:fail -502001 database request fail.
     *     <reason>} for an invalid pipeline; -502005 if the collection does not exist; errCode -1
     *     {@code Aggregation pipeline cannot send request} on a {@code Command.aggregate.pipeline()}
     */
    public AggregateResult end() {
        if (ops == null) {
            throw SdkErrors.of("Aggregation pipeline cannot send request");
        }
        return ops.aggregate(new DatabaseRequest.Aggregate(collection, stages));
    }
}
