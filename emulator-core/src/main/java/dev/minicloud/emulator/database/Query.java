package dev.minicloud.emulator.database;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.database.command.Command;
import dev.minicloud.emulator.database.command.LogicCommand;
import dev.minicloud.emulator.database.result.CountResult;
import dev.minicloud.emulator.database.result.GetResult;
import dev.minicloud.emulator.database.result.RemoveResult;
import dev.minicloud.emulator.database.result.UpdateResult;
import dev.minicloud.emulator.database.result.WatchSnapshot;
import dev.minicloud.emulator.database.value.Geo;
import dev.minicloud.emulator.database.value.RegExp;
import dev.minicloud.emulator.database.value.ServerDate;
import dev.minicloud.emulator.internal.common.json.JsonCodec;
import dev.minicloud.emulator.internal.common.json.JsonSyntaxException;
import dev.minicloud.emulator.internal.database.engine.QuerySpec;
import dev.minicloud.emulator.internal.database.query.Projection;
import dev.minicloud.emulator.internal.database.query.QueryEncoder;
import dev.minicloud.emulator.internal.database.query.SdkErrors;
import dev.minicloud.emulator.internal.sdk.DatabaseOperations;
import dev.minicloud.emulator.internal.sdk.DatabaseRequest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A query on a collection, built like the SDK's: every call returns a new immutable query, and only
 * {@link #get()}, {@link #count()}, {@link #update} and {@link #remove} run it.
 *
 * <pre>{@code
 * GetResult r = db.collection("todos")
 *         .where(Map.of("progress", Command.gt(10)))
 *         .orderBy("due", "desc")
 *         .limit(10)
 *         .get();
 * }</pre>
 *
 * <p>As in the SDK, {@code where}, {@code limit}, {@code skip} and {@code field} replace an earlier call, while
 * {@code orderBy} accumulates (a path given again keeps its place and takes the new direction).
 */
public class Query {
    final DatabaseOperations ops;
    final QuerySpec spec;

    Query(DatabaseOperations ops, QuerySpec spec) {
        this.ops = ops;
        this.spec = spec;
    }

    private Query with(Object where, Map<String, Integer> orders, Integer limit, Integer skip,
            Map<String, Object> projection) {
        return new Query(ops, new QuerySpec(spec.collection(), where, orders, limit, skip, projection));
    }

    /**
     * Filters by a condition object, flattened the SDK's way: {@code Map.of("style", Map.of("color", "red"))} means
     * {@code style.color == "red"}. Values may be plain values, {@link Command}s, {@link RegExp}s, dates and
     * {@link ServerDate}s. Replaces an earlier {@code where}.
     */
    public Query where(Map<String, ?> condition) {
        QueryEncoder.checkWhere(condition);
        return with(condition, spec.orders(), spec.limit(), spec.skip(), spec.projection());
    }

    /** Filters by a top-level logic command: {@code where(Command.or(Map.of("a", 1), Map.of("b", 2)))}. */
    public Query where(LogicCommand condition) {
        QueryEncoder.checkWhere(condition);
        return with(condition, spec.orders(), spec.limit(), spec.skip(), spec.projection());
    }

    /**
     * Filters by a condition written as JSON text, with MongoDB operators where a command would be:
     * {@code where("{\"progress\": {\"$gt\": 10}}")}. Dates are written {@code {"$date": <ms or ISO string>}}.
     *
     * @throws CloudException {@code 查询参数必须为对象} if the text is not a JSON object
     */
    public Query where(String json) {
        Object condition;
        try {
            condition = JsonCodec.parse(json, false);
        } catch (JsonSyntaxException e) {
            throw SdkErrors.of(SdkErrors.WHERE_NOT_OBJECT + ": " + e.getMessage());
        }
        QueryEncoder.checkWhere(condition);
        return with(condition, spec.orders(), spec.limit(), spec.skip(), spec.projection());
    }

    /**
     * Adds a sort key after the earlier ones.
     *
     * @param fieldPath a field or dot path, such as {@code "style.color"}
     * @param direction exactly {@code "asc"} or {@code "desc"}
     * @throws CloudException {@code 排序字符不合法} for any other direction
     */
    public Query orderBy(String fieldPath, String direction) {
        if (fieldPath == null || fieldPath.isEmpty()) {
            throw SdkErrors.of("fieldPath must be a non-empty string");
        }
        if (!"asc".equals(direction) && !"desc".equals(direction)) {
            throw SdkErrors.of(SdkErrors.BAD_ORDER_DIRECTION);
        }
        Map<String, Integer> orders = new LinkedHashMap<>(spec.orders() == null ? Map.of() : spec.orders());
        orders.put(fieldPath, "asc".equals(direction) ? 1 : -1);
        return with(spec.where(), Collections.unmodifiableMap(orders), spec.limit(), spec.skip(), spec.projection());
    }

    /**
     * At most {@code limit} documents. The server returns 100 without a limit and never more than 1000; 0 means
     * "no limit given".
     */
    public Query limit(int limit) {
        return with(spec.where(), spec.orders(), limit, spec.skip(), spec.projection());
    }

    /** Skips the first {@code offset} matches. */
    public Query skip(int offset) {
        return with(spec.where(), spec.orders(), spec.limit(), offset, spec.projection());
    }

    /**
     * Which fields to return: {@code Map.of("title", true, "style.color", true)} includes, {@code false} or 0
     * excludes; {@code Command.project.slice(n)} and {@code Command.project.elemMatch(cond)} trim arrays. Replaces an
     * earlier {@code field}.
     */
    public Query field(Map<String, ?> projection) {
        Objects.requireNonNull(projection, "projection");
        return with(spec.where(), spec.orders(), spec.limit(), spec.skip(), Projection.normalize(projection));
    }

    /** Runs the query: {@code {data: [...], errMsg: "collection.get:ok"}}; GeoJSON comes back as {@link Geo}. */
    public GetResult get() {
        return ops.get(new DatabaseRequest.GetDocuments(spec));
    }

    /**
     * {@code watch({onChange, onError})}, mini-program client only: {@code onChange} gets the first snapshot before
     * this returns, then one for every committed write (from any client, function, transaction or the Java API)
     * that changes what this query shows, on the writer's thread before its call returns. {@code orderBy} and
     * {@code limit} shape the list; {@code field} does not apply. Read permissions apply as for {@code get()}.
     *
     * @throws CloudException on the server side, which has no {@code watch}
     */
    public Watcher watch(Consumer<WatchSnapshot> onChange, Consumer<CloudException> onError) {
        return new Watcher(ops.watch(spec, onChange, onError));
    }

    /** Counts the matching documents; skip, limit, order and field are ignored. */
    public CountResult count() {
        return ops.count(new DatabaseRequest.Count(spec));
    }

    /**
     * Updates every matching document ({@code multi: true}). Plain values are set on flattened paths, so nested
     * objects merge; commands apply their operators. A query with no {@code where} updates every document.
     */
    public UpdateResult update(Map<String, ?> data) {
        return update(data, true);
    }

    /** Updates the matching documents, or only the first one when {@code multi} is false. */
    public UpdateResult update(Map<String, ?> data, boolean multi) {
        return ops.update(new DatabaseRequest.UpdateDocuments(spec, data, multi));
    }

    /** Removes every matching document; skip, limit, order and field are ignored, as in the SDK. */
    public RemoveResult remove() {
        return remove(true);
    }

    /** Removes the matching documents, or only the first one when {@code multi} is false. */
    public RemoveResult remove(boolean multi) {
        return ops.remove(new DatabaseRequest.RemoveDocuments(spec, multi));
    }
}
