package dev.minicloud.emulator.internal.database.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Which parts of which rules were judged true and false, per collection: a test class can see the rule parts its
 * tests never exercised. Under subset semantics "true" means the query guaranteed the part. Safe for concurrent
 * requests.
 */
public final class RuleCoverage {
    /** Receives judged parts for one owner (a collection or the storage). */
    public interface Recorder {
        void record(SecurityRules.Rule rule, RuleExpression part, boolean value);
    }

    /** Makes one line of the report; the public API's record, which this package does not name. */
    public interface Line<T> {
        T of(String owner, String rule, String part, long timesTrue, long timesFalse);
    }

    private record Key(String owner, String rule, String part) {}

    private final Map<Key, LongAdder[]> counts = new ConcurrentHashMap<>();

    /** A recorder that adds to this coverage under {@code owner}. */
    public Recorder recorder(String owner) {
        return (rule, part, value) -> {
            LongAdder[] c = counts.computeIfAbsent(new Key(owner, rule.key(), rule.partText(part)),
                    k -> new LongAdder[] {new LongAdder(), new LongAdder()});
            c[value ? 0 : 1].increment();
        };
    }

    /** A recorder that keeps nothing. */
    public static Recorder ignoring() {
        return (rule, part, value) -> { };
    }

    /**
     * Every part of the collections' custom rules in {@code permissions}, judged or not, by collection name and then
     * in the order written; then parts judged under any other owner.
     */
    public <T> List<T> lines(PermissionSettings permissions, Line<T> line) {
        Map<Key, long[]> ordered = new LinkedHashMap<>();
        new TreeMap<>(permissions.collections()).forEach((collection, policy) -> {
            if (policy.rules() != null) {
                for (Map.Entry<String, String> part : policy.rules().parts()) {
                    ordered.put(new Key(collection, part.getKey(), part.getValue()), new long[2]);
                }
            }
        });
        List<Key> others = new ArrayList<>();
        counts.forEach((k, c) -> {
            long[] n = ordered.get(k);
            if (n == null) {
                others.add(k);
            } else {
                n[0] = c[0].sum();
                n[1] = c[1].sum();
            }
        });
        List<T> out = new ArrayList<>();
        ordered.forEach((k, n) -> out.add(line.of(k.owner(), k.rule(), k.part(), n[0], n[1])));
        others.sort(Comparator.comparing(Key::owner).thenComparing(Key::rule).thenComparing(Key::part));
        for (Key k : others) {
            LongAdder[] c = counts.get(k);
            out.add(line.of(k.owner(), k.rule(), k.part(), c[0].sum(), c[1].sum()));
        }
        return out;
    }

    /** Forgets everything judged so far. */
    public void clear() {
        counts.clear();
    }
}
