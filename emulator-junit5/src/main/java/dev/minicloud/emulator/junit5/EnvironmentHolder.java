package dev.minicloud.emulator.junit5;

import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EnvironmentSnapshot;
import dev.minicloud.emulator.client.RulePartCoverage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An environment in JUnit's store: JUnit closes it when the test or class it belongs to is done, so the extension
 * writes no teardown of its own.
 */
final class EnvironmentHolder implements AutoCloseable {
    final CloudEnvironment environment;
    final boolean perClass;
    /** For a per-class environment: its state when the first test started, after {@code @BeforeAll}. */
    private EnvironmentSnapshot baseline;
    /** The environment's rule coverage already added to a tally, so each count is added once. */
    private Map<List<String>, long[]> counted = Map.of();

    EnvironmentHolder(CloudEnvironment environment, boolean perClass) {
        this.environment = environment;
        this.perClass = perClass;
    }

    /** Puts a per-class environment back to its baseline before a test, taking the baseline before the first. */
    synchronized void beforeTest() {
        if (baseline == null) {
            baseline = environment.snapshot();
        }
        environment.restore(baseline);
    }

    /**
     * Adds to {@code tally} what the environment's rule coverage gained since the last call. A count that went down
     * means the test called {@code reset()}; everything it shows now is then new.
     */
    synchronized void addCoverageTo(RuleCoverageTally tally) {
        List<RulePartCoverage> now = environment.ruleCoverage();
        List<RulePartCoverage> gained = new ArrayList<>(now.size());
        Map<List<String>, long[]> seen = new HashMap<>();
        for (RulePartCoverage l : now) {
            List<String> part = List.of(l.collection(), l.rule(), l.part());
            long[] before = counted.getOrDefault(part, new long[2]);
            boolean wasReset = l.timesTrue() < before[0] || l.timesFalse() < before[1];
            long t = wasReset ? l.timesTrue() : l.timesTrue() - before[0];
            long f = wasReset ? l.timesFalse() : l.timesFalse() - before[1];
            gained.add(new RulePartCoverage(l.collection(), l.rule(), l.part(), t, f));
            seen.put(part, new long[] {l.timesTrue(), l.timesFalse()});
        }
        counted = seen;
        tally.add(gained);
    }

    @Override
    public void close() {
        environment.close();
    }
}
