package dev.minicloud.emulator.internal.database.aggregate;

import dev.minicloud.emulator.internal.database.geo.Near;
import dev.minicloud.emulator.internal.database.query.Filter;
import dev.minicloud.emulator.internal.database.query.IndexProbe;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code $match}: a {@code where} condition, rewritten as the SDK does and tested by the one matcher. */
record MatchStage(Filter filter, IndexProbe probe) implements Stage {
    static MatchStage compile(Object condition, StageContext context) {
        Map<String, Object> wire = context.encodeWhere(condition);
        if (Near.find(wire).isPresent()) {
            throw Values.fail("$geoNear, $near, and $nearSphere are not allowed in this context");
        }
        return new MatchStage(context.filter(wire), IndexProbe.of(wire).orElse(null));
    }

    @Override
    public List<Map<String, Object>> apply(List<Map<String, Object>> input) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> doc : input) {
            if (filter.test(doc)) {
                out.add(doc);
            }
        }
        return out;
    }
}
