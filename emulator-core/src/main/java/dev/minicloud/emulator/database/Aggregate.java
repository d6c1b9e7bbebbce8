package dev.minicloud.emulator.database;

import dev.minicloud.emulator.database.command.PipelineStages;
import dev.minicloud.emulator.database.result.AggregateResult;
import dev.minicloud.emulator.internal.sdk.DatabaseOperations;
import dev.minicloud.emulator.internal.sdk.DatabaseRequest;
import java.util.List;
import java.util.Map;

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
 * <p>The stage methods are those of {@link PipelineStages}, shared with {@code Command.aggregate.pipeline()}. Without a
 * {@link #limit} stage at most 20 documents come back, as on the platform. Dates are in UTC unless an operator is given
 * a timezone. The stages wx-server-sdk declares but cannot build ({@code collStats}, {@code facet},
 * {@code graphLookup}, {@code indexStats}, {@code out}, {@code redact}) have no method here.
 */
public final class Aggregate extends PipelineStages<Aggregate> {
    private final DatabaseOperations ops;
    private final String collection;

    private Aggregate(DatabaseOperations ops, String collection, List<? extends Map<String, ?>> stages) {
        super(stages);
        this.ops = ops;
        this.collection = collection;
    }

    static Aggregate on(DatabaseOperations ops, String collection, List<? extends Map<String, ?>> stages) {
        return new Aggregate(ops, collection, stages);
    }

    @Override
    protected Aggregate withStages(List<Map<String, Object>> stages) {
        return new Aggregate(ops, collection, stages);
    }

    /**
     * Runs the pipeline: {@code {list: [...], errMsg: "collection.aggregate:ok"}}.
     *
     * @throws dev.minicloud.emulator.base.CloudException {@code collection.aggregate:fail -502001 database request
     *     fail. <reason>} for an invalid pipeline; -502005 if the collection does not exist
     */
    @Override
    public AggregateResult end() {
        return ops.aggregate(new DatabaseRequest.Aggregate(collection, done()));
    }
}
