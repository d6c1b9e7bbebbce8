package dev.minicloud.emulator.database.command;

import dev.minicloud.emulator.database.result.AggregateResult;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The stage methods of an aggregation pipeline, one per stage the platform runs, written once for both builders:
 * {@code collection.aggregate()} ({@code database.Aggregate}, which runs) and {@code $.pipeline()}
 * ({@link Pipeline}, a {@code lookup} sub-pipeline). Every call returns a new immutable builder of the same kind.
 *
 * <p>{@link #match} takes a {@code where} condition (commands, nested objects flattened); every other stage takes
 * its argument as MongoDB does, with expressions built by {@link Command#aggregate}.
 *
 * @param <S> the builder's own type, which every stage method returns
 */
public abstract class PipelineStages<S extends PipelineStages<S>> {
    private final List<Map<String, Object>> stages;

    /**
     * A builder holding a copy of {@code stages}, each a {@code {"$<stage>": argument}} map. The stages a stage method
     * hands to {@link #withStages} are already an unmodifiable copy, and are kept as they are.
     */
    protected PipelineStages(List<? extends Map<String, ?>> stages) {
        this.stages = stages instanceof Built built ? built : Built.copyOf(stages);
    }

    /** A builder of this kind, bound as this one is, holding {@code stages}. */
    protected abstract S withStages(List<Map<String, Object>> stages);

    private S pipe(String stage, Object argument) {
        List<Map<String, Object>> next = new ArrayList<>(stages.size() + 1);
        next.addAll(stages);
        next.add(Collections.singletonMap("$" + stage, argument));
        return withStages(new Built(next));
    }

    /** Stages copied and wrapped once, which only this class makes: no builder down a chain copies them again. */
    private static final class Built extends AbstractList<Map<String, Object>> implements RandomAccess {
        private final List<Map<String, Object>> items;

        private Built(List<Map<String, Object>> items) {
            this.items = items;
        }

        static Built copyOf(List<? extends Map<String, ?>> stages) {
            List<Map<String, Object>> copy = new ArrayList<>(stages.size());
            for (Map<String, ?> stage : stages) {
                copy.add(Collections.unmodifiableMap(new LinkedHashMap<>(stage)));
            }
            return new Built(copy);
        }

        @Override
        public Map<String, Object> get(int index) {
            return items.get(index);
        }

        @Override
        public int size() {
            return items.size();
        }
    }

    /** Adds fields computed by expressions, keeping the others: {@code addFields(Map.of("total", $.sum("$a")))}. */
    public S addFields(Map<String, ?> fields) {
        return pipe("addFields", Objects.requireNonNull(fields, "fields"));
    }

    /** Groups into buckets by {@code boundaries}: {@code {groupBy, boundaries, default?, output?}}. */
    public S bucket(Map<String, ?> options) {
        return pipe("bucket", Objects.requireNonNull(options, "options"));
    }

    /** Groups into a number of even buckets: {@code {groupBy, buckets, granularity?, output?}}. */
    public S bucketAuto(Map<String, ?> options) {
        return pipe("bucketAuto", Objects.requireNonNull(options, "options"));
    }

    /** One document {@code {fieldName: <number of documents>}} (none if there are none). */
    public S count(String fieldName) {
        return pipe("count", fieldName);
    }

    /**
     * Documents nearest to a point first; must be the first stage: {@code {near: Geo.point(...), spherical: true,
     * distanceField, maxDistance?, minDistance?, query?, distanceMultiplier?, includeLocs?, key?, limit?}}, distances
     * in metres; {@code query} is a {@code where} condition.
     */
    public S geoNear(Map<String, ?> options) {
        return pipe("geoNear", Objects.requireNonNull(options, "options"));
    }

    /** Groups by {@code _id} (an expression; null groups everything) with accumulators for the other fields. */
    public S group(Map<String, ?> spec) {
        return pipe("group", Objects.requireNonNull(spec, "spec"));
    }

    /** At most {@code n} documents (positive). */
    public S limit(int n) {
        return pipe("limit", n);
    }

    /**
     * A left outer join into an array field: {@code {from, localField, foreignField, as}}, or
     * {@code {from, let, pipeline, as}} with a pipeline built by {@code Command.aggregate.pipeline()...done()}.
     */
    public S lookup(Map<String, ?> options) {
        return pipe("lookup", Objects.requireNonNull(options, "options"));
    }

    /** Keeps the documents matching a {@code where} condition. */
    public S match(Map<String, ?> condition) {
        return pipe("match", Objects.requireNonNull(condition, "condition"));
    }

    /** Keeps the documents matching a top-level logic command, such as {@code Command.expr(...)}. */
    public S match(LogicCommand condition) {
        return pipe("match", Objects.requireNonNull(condition, "condition"));
    }

    /** Shapes documents: 1/true keeps a field, 0/false drops it, an expression computes it. */
    public S project(Map<String, ?> spec) {
        return pipe("project", Objects.requireNonNull(spec, "spec"));
    }

    /** Replaces each document by {@code newRoot}: {@code replaceRoot(Map.of("newRoot", "$address"))}. */
    public S replaceRoot(Map<String, ?> options) {
        return pipe("replaceRoot", Objects.requireNonNull(options, "options"));
    }

    /** {@code size} documents chosen at random: {@code sample(Map.of("size", 3))}. */
    public S sample(Map<String, ?> options) {
        return pipe("sample", Objects.requireNonNull(options, "options"));
    }

    /** Skips the first {@code n} documents. */
    public S skip(int n) {
        return pipe("skip", n);
    }

    /**
     * Sorts by fields, 1 ascending and -1 descending, in the map's order (use a {@code LinkedHashMap} for several
     * keys).
     */
    public S sort(Map<String, ?> spec) {
        return pipe("sort", Objects.requireNonNull(spec, "spec"));
    }

    /** Groups by an expression and counts: {@code {_id, count}} documents, largest count first. */
    public S sortByCount(Object expression) {
        return pipe("sortByCount", expression);
    }

    /** One document per element of the array at {@code "$path"}. */
    public S unwind(String path) {
        return pipe("unwind", path);
    }

    /** {@code {path, includeArrayIndex?, preserveNullAndEmptyArrays?}}. */
    public S unwind(Map<String, ?> options) {
        return pipe("unwind", Objects.requireNonNull(options, "options"));
    }

    /**
     * The stages in their wire form, {@code [{"$match": ...}, {"$group": ...}]}: the value of a {@code lookup}'s
     * {@code pipeline}, and what {@code DatabaseEngine.aggregate} takes.
     */
    public final List<Map<String, Object>> done() {
        return stages;
    }

    /**
     * Runs the pipeline: {@code {list: [...], errMsg: "collection.aggregate:ok"}}.
     *
     * @throws dev.minicloud.emulator.base.CloudException {@code collection.aggregate:fail -502001 database request
     *     fail. <reason>} for an invalid pipeline; -502005 if the collection does not exist; errCode -1
     *     {@code Aggregation pipeline cannot send request} on a {@code Command.aggregate.pipeline()}
     */
    public abstract AggregateResult end();
}
