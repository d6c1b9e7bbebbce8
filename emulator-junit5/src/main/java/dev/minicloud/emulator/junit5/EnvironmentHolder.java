package dev.minicloud.emulator.junit5;

import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EnvironmentSnapshot;

/**
 * An environment in JUnit's store: JUnit closes it when the test or class it belongs to is done, so the extension
 * writes no teardown of its own.
 */
final class EnvironmentHolder implements AutoCloseable {
    final CloudEnvironment environment;
    final boolean perClass;
    /** For a per-class environment: its state when the first test started, after {@code @BeforeAll}. */
    private EnvironmentSnapshot baseline;

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

    @Override
    public void close() {
        environment.close();
    }
}
