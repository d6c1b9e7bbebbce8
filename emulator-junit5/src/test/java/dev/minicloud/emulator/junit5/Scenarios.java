package dev.minicloud.emulator.junit5;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Runs {@link Scenario} classes with JUnit's {@link EngineTestKit}, so a test can check their events. */
final class Scenarios {
    private static final String PARAMETER = "minicloud.scenario";

    private Scenarios() {}

    /** Runs a scenario class in a fresh engine: sequentially, unless {@code parameters} (name, value, ...) say otherwise. */
    static EngineExecutionResults run(Class<?> scenario, String... parameters) {
        EngineTestKit.Builder kit = EngineTestKit.engine("junit-jupiter").selectors(selectClass(scenario))
                .configurationParameter(PARAMETER, "true")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "false");
        for (int i = 0; i < parameters.length; i += 2) {
            kit.configurationParameter(parameters[i], parameters[i + 1]);
        }
        return kit.execute();
    }

    /** Enables scenarios only when {@link #run} runs them. */
    static final class OnlyInTestKit implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(PARAMETER).isPresent()
                    ? ConditionEvaluationResult.enabled("run by EngineTestKit")
                    : ConditionEvaluationResult.disabled("a scenario for EngineTestKit, run by the test beside it");
        }
    }
}
