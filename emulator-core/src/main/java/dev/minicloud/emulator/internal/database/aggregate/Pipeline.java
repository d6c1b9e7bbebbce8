package dev.minicloud.emulator.internal.database.aggregate;

import dev.minicloud.emulator.internal.database.query.Deadline;
import dev.minicloud.emulator.internal.database.query.ExpressionSupport;
import dev.minicloud.emulator.internal.database.query.Filter;
import dev.minicloud.emulator.internal.database.query.IndexProbe;
import dev.minicloud.emulator.internal.database.query.ValueEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A compiled aggregation pipeline in its wire form, {@code [{"$match": <where condition>}, {"$group": {...}}, ...]}.
 * {@code $match} (and {@code $geoNear}'s {@code query}) take {@code where} syntax and go through the SDK's rewrite;
 * every other stage takes its argument as MongoDB does. A leading {@code $match} lets the collection's path indexes
 * narrow the scan.
 *
 * <p>The stages the platform runs are {@code $addFields $bucket $bucketAuto $count $geoNear $group $limit $lookup
 * $match $project $replaceRoot $sample $skip $sort $sortByCount $unwind}. The ones wx-server-sdk declares but cannot
 * build ({@code $collStats $facet $graphLookup $indexStats $out $redact}) are refused by name.
 */
public final class Pipeline {
    /** Stages wx-server-sdk declares although {@code @cloudbase/database} 1.4.3 has no builder for them. */
    static final Set<String> DECLARED_ONLY =
            Set.of("$collStats", "$facet", "$graphLookup", "$indexStats", "$out", "$redact");

    /** Where a pipeline reads collections. */
    @FunctionalInterface
    public interface Source {
        /**
         * The documents of {@code collection} matching {@code filter}, in natural order.
         *
         * @param probe an index condition implied by the filter, or null
         * @param required whether a missing collection fails (the aggregated one) or reads as empty ({@code $lookup})
         */
        List<Map<String, Object>> scan(String collection, Filter filter, IndexProbe probe, boolean required);
    }

    private final StageContext context;
    private final MatchStage leadingMatch;
    private final List<Stage> stages;

    private Pipeline(StageContext context, MatchStage leadingMatch, List<Stage> stages) {
        this.context = context;
        this.leadingMatch = leadingMatch;
        this.stages = stages;
    }

    /**
     * Compiles a top-level pipeline.
     *
     * @param namespace {@code <env>.<collection>}, for messages
     */
    public static Pipeline compile(List<?> spec, Source source, ValueEncoder values, ExpressionSupport expressions,
            String namespace) {
        return compile(spec, new StageContext(source, values, expressions, Map.of(), namespace));
    }

    static Pipeline compile(List<?> spec, StageContext context) {
        List<Stage> stages = new ArrayList<>(spec.size());
        MatchStage leadingMatch = null;
        for (int i = 0; i < spec.size(); i++) {
            if (!(spec.get(i) instanceof Map<?, ?> m) || m.size() != 1) {
                throw Values.fail("A pipeline stage specification object must contain exactly one field.");
            }
            String name = String.valueOf(m.keySet().iterator().next());
            Stage stage = Stages.compile(name, m.get(name), i, context);
            if (i == 0 && stage instanceof MatchStage match) {
                leadingMatch = match;
            } else {
                stages.add(stage);
            }
        }
        return new Pipeline(context, leadingMatch, stages);
    }

    /** Whether a wire pipeline has a top-level {@code $limit} stage (without one the platform returns 20). */
    public static boolean hasLimit(List<?> spec) {
        for (Object stage : spec) {
            if (stage instanceof Map<?, ?> m && m.containsKey("$limit")) {
                return true;
            }
        }
        return false;
    }

    /** Runs the pipeline over a collection. */
    public List<Map<String, Object>> run(String collection, boolean required) {
        Filter filter = leadingMatch == null ? Filter.ALL : leadingMatch.filter();
        IndexProbe probe = leadingMatch == null ? null : leadingMatch.probe();
        return runStages(context.scan(collection, filter, probe, required));
    }

    /** Runs the pipeline over given documents (a {@code $lookup} sub-pipeline over its foreign collection). */
    List<Map<String, Object>> run(List<Map<String, Object>> input) {
        return runStages(leadingMatch == null ? input : leadingMatch.apply(input));
    }

    private List<Map<String, Object>> runStages(List<Map<String, Object>> input) {
        List<Map<String, Object>> docs = input;
        for (Stage stage : stages) {
            // Between stages, and so once per document for the sub-pipeline of a $lookup.
            Deadline.check();
            docs = stage.apply(docs);
        }
        return docs;
    }
}
