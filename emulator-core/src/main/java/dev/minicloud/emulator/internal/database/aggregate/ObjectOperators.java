package dev.minicloud.emulator.internal.database.aggregate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code $mergeObjects $objectToArray}. */
final class ObjectOperators {
    private ObjectOperators() {}

    static void register(Operators.Registry r) {
        r.add("mergeObjects", (arg, c) -> {
            List<Expression> operands = Args.operands("$mergeObjects", arg, c);
            return scope -> {
                Map<String, Object> out = new LinkedHashMap<>();
                for (Object v : Values.evaluateAll(operands, scope)) {
                    merge(out, v);
                }
                return out;
            };
        });
        r.add("objectToArray", (arg, c) -> {
            Expression operand = Args.single("$objectToArray", arg, c);
            return scope -> {
                Object v = operand.evaluate(scope);
                if (Values.nullish(v)) {
                    return null;
                }
                if (!(v instanceof Map<?, ?> m)) {
                    throw Values.fail("$objectToArray requires a document input, found: " + Values.type(v));
                }
                List<Object> out = new ArrayList<>(m.size());
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    Map<String, Object> kv = new LinkedHashMap<>();
                    kv.put("k", e.getKey());
                    kv.put("v", e.getValue());
                    out.add(kv);
                }
                return out;
            };
        });
    }

    /** Merges one input into {@code into}: later fields win, null and missing inputs are skipped. */
    static void merge(Map<String, Object> into, Object v) {
        if (Values.nullish(v)) {
            return;
        }
        if (!(v instanceof Map<?, ?> m)) {
            throw Values.fail("$mergeObjects requires object inputs, but input " + Values.show(v) + " is of type "
                    + Values.type(v));
        }
        into.putAll(Values.object(m));
    }
}
