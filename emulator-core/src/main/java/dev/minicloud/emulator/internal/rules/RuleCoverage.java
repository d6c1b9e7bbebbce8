package dev.minicloud.emulator.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Which parts of which rules were judged true and false, per collection: a test class can see the rule parts its
 * tests never exercised. Under subset semantics "true" means the query guaranteed the part. Safe for concurrent
 * requests.
 */
public final class RuleCoverage {
    /** One rule part and how often it was judged each way. */
    public record Line(String owner, String rule, String part, long timesTrue, long timesFalse) {}

    /** Receives judged parts for one owner (a collection or the storage). */
    public interface Recorder {
        void record(SecurityRules.Rule rule, RuleExpression part, boolean value);
    }

    private record Key(String owner, String rule, String part) {}

    private final Map<Key, LongAdder[]> counts = new ConcurrentHashMap<>();

    /** A recorder that adds to this coverage under {@code owner}. */
    public Recorder recorder(String owner) {
        return (rule, part, value) -> {
            String text = rule.text().substring(Math.min(part.start(), rule.text().length()),
                    Math.min(part.end(), rule.text().length()));
            LongAdder[] c = counts.computeIfAbsent(new Key(owner, rule.key(), text),
                    k -> new LongAdder[] {new LongAdder(), new LongAdder()});
            c[value ? 0 : 1].increment();
        };
    }

    /** A recorder that keeps nothing. */
    public static Recorder ignoring() {
        return (rule, part, value) -> { };
    }

    /** Every part judged so far, in no particular order. */
    public List<Line> lines() {
        List<Line> out = new ArrayList<>();
        counts.forEach((k, c) -> out.add(new Line(k.owner(), k.rule(), k.part(), c[0].sum(), c[1].sum())));
        return out;
    }

    /** Forgets everything judged so far. */
    public void clear() {
        counts.clear();
    }
}
