package dev.minicloud.emulator.database.command;

import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.database.result.AggregateResult;
import java.util.List;
import java.util.Map;

/**
 * {@code $.pipeline()}: an aggregation pipeline bound to no collection, the {@code pipeline} of a {@code lookup}
 * stage. Built with the stage methods and finished with {@link #done()}:
 *
 * <pre>{@code
 * List<Map<String, Object>> orders = Command.aggregate.pipeline()
 *         .match(Command.expr($.eq(List.of("$customer", "$$who"))))
 *         .project(Map.of("_id", 0))
 *         .done();
 * }</pre>
 */
public final class Pipeline extends PipelineStages<Pipeline> {
    Pipeline(List<? extends Map<String, ?>> stages) {
        super(stages);
    }

    @Override
    protected Pipeline withStages(List<Map<String, Object>> stages) {
        return new Pipeline(stages);
    }

    /**
     * Fails as the SDK's does: a sub-pipeline has no collection to run on.
     *
     * @throws CloudException always: errCode -1, {@code Aggregation pipeline cannot send request}
     */
    @Override
    public AggregateResult end() {
        throw new CloudException(-1, "Aggregation pipeline cannot send request");
    }
}
