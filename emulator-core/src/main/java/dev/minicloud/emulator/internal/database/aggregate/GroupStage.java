package dev.minicloud.emulator.internal.database.aggregate;

import dev.minicloud.emulator.internal.common.value.ValueOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code $group}: documents with equal {@code _id} values (missing counts as null; objects compare field by field in
 * order) share one output document of accumulated fields. Groups come out in the order their first document came
 * in, which MongoDB leaves unspecified.
 */
final class GroupStage implements Stage {
    private final Expression id;
    private final List<Accumulators.GroupField> fields;
    private final StageContext context;

    private GroupStage(Expression id, List<Accumulators.GroupField> fields, StageContext context) {
        this.id = id;
        this.fields = fields;
        this.context = context;
    }

    static Stage compile(Object spec, StageContext context) {
        if (!(spec instanceof Map<?, ?> m)) {
            throw Values.fail("a group's fields must be specified in an object");
        }
        Map<String, Object> group = Values.object(m);
        if (!group.containsKey("_id")) {
            throw Values.fail("a group specification must include an _id");
        }
        List<Accumulators.GroupField> fields = new ArrayList<>();
        for (Map.Entry<String, Object> e : group.entrySet()) {
            if (!e.getKey().equals("_id")) {
                fields.add(Accumulators.groupField(e.getKey(), e.getValue(), context.compiler()));
            }
        }
        return new GroupStage(context.compiler().compile(group.get("_id")), fields, context);
    }

    @Override
    public List<Map<String, Object>> apply(List<Map<String, Object>> input) {
        return group(input, doc -> Values.orNull(id.evaluate(context.scope(doc))), fields, context);
    }

    /** Groups documents by a key, accumulating {@code fields}; output {@code {_id: key, ...fields}}. */
    static List<Map<String, Object>> group(List<Map<String, Object>> input,
            java.util.function.Function<Map<String, Object>, Object> key, List<Accumulators.GroupField> fields,
            StageContext context) {
        TreeMap<Object, Accumulators.Accumulator[]> groups = new TreeMap<>(ValueOrder::compare);
        List<Object> order = new ArrayList<>();
        for (Map<String, Object> doc : input) {
            Object k = key.apply(doc);
            Accumulators.Accumulator[] accs = groups.get(k);
            if (accs == null) {
                accs = new Accumulators.Accumulator[fields.size()];
                for (int i = 0; i < accs.length; i++) {
                    accs[i] = fields.get(i).accumulator().get();
                }
                groups.put(k, accs);
                order.add(k);
            }
            Scope scope = context.scope(doc);
            for (int i = 0; i < accs.length; i++) {
                accs[i].add(fields.get(i).input().evaluate(scope));
            }
        }
        List<Map<String, Object>> out = new ArrayList<>(order.size());
        for (Object k : order) {
            out.add(output(k, groups.get(k), fields));
        }
        return out;
    }

    static Map<String, Object> output(Object key, Accumulators.Accumulator[] accs,
            List<Accumulators.GroupField> fields) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("_id", key);
        for (int i = 0; i < accs.length; i++) {
            doc.put(fields.get(i).name(), accs[i].result());
        }
        return doc;
    }
}
