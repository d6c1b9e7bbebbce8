package dev.minicloud.emulator.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.minicloud.emulator.database.Database;
import dev.minicloud.emulator.functions.call.WxContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Events;

/** Misuse fails loudly, naming the field, attribute or parameter and the fix. */
class MisconfigurationTest {

    @Scenario
    @CloudEmulatorTest
    static class FinalField {
        @CloudEnv
        final Database db = null;

        @Test
        void test() {}
    }

    @Scenario
    @CloudEmulatorTest
    static class WrongFieldType {
        @CloudEnv
        static String env;

        @Test
        void test() {}
    }

    @Scenario
    @CloudEmulatorTest(databaseFixtures = "classpath:no/such/fixtures")
    static class MissingFixtureFolder {
        @Test
        void test(Database db) {}
    }

    @Scenario
    @CloudEmulatorTest(databaseFixtures = "classpath:dev/minicloud/emulator/junit5/broken")
    static class BrokenFixture {
        @Test
        void test(Database db) {}
    }

    @Scenario
    @CloudEmulatorTest(functions = "no/such/cloudfunctions")
    static class MissingFunctionFolder {
        @Test
        void test(Database db) {}
    }

    @Scenario
    @CloudEmulatorTest(startTime = "yesterday")
    static class BadStartTime {
        @Test
        void test(Database db) {}
    }

    @Scenario
    @CloudEmulatorTest(envId = "not a valid id!")
    static class BadEnvId {
        @Test
        void test(Database db) {}
    }

    @Scenario
    @CloudEmulatorTest
    static class CallerWithoutIdentity {
        @Test
        void test(WxContext caller) {}
    }

    private static Events failures(Class<?> scenario) {
        EngineExecutionResults results = Scenarios.run(scenario);
        assertThat(results.testEvents().succeeded().count()).isZero();
        return results.allEvents().failed();
    }

    @Test
    void a_final_field_fails_the_test_saying_it_must_not_be_final() {
        failures(FinalField.class).assertThatEvents().haveExactly(1, event(finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class),
                message("@CloudEnv field 'db' in " + FinalField.class.getName()
                        + " must not be final: the extension assigns it"))));
    }

    @Test
    void a_field_of_another_type_fails_the_class_listing_the_types() {
        failures(WrongFieldType.class).assertThatEvents().haveExactly(1, event(finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class),
                message("@CloudEnv field 'env' in " + WrongFieldType.class.getName() + " has type java.lang.String;"
                        + " declare it as one of CloudEnvironment, Database, Storage, Functions, VirtualClock,"
                        + " CloudClient or MiniProgram"))));
    }

    @Test
    void a_missing_fixture_folder_is_named_with_its_attribute() {
        failures(MissingFixtureFolder.class).assertThatEvents().haveExactly(1, event(finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class),
                message("@CloudEmulatorTest on " + MissingFixtureFolder.class.getName()
                        + ": databaseFixtures = \"classpath:no/such/fixtures\": seed folder 'no/such/fixtures' not"
                        + " found on the classpath"))));
    }

    @Test
    void a_broken_fixture_file_is_named_with_its_problem() {
        failures(BrokenFixture.class).assertThatEvents().haveExactly(1, event(finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class),
                message(m -> m.contains("databaseFixtures = \"classpath:dev/minicloud/emulator/junit5/broken\"")
                        && m.contains("items.json is not valid JSON")))));
    }

    @Test
    void a_missing_function_folder_is_named_with_where_it_was_looked_for() {
        failures(MissingFunctionFolder.class).assertThatEvents().haveExactly(1, event(finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class),
                message(m -> m.contains("functions = \"no/such/cloudfunctions\": no/such/cloudfunctions is not a"
                        + " folder (resolved to ")))));
    }

    @Test
    void a_start_time_that_is_not_an_instant_is_refused() {
        failures(BadStartTime.class).assertThatEvents().haveExactly(1, event(finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class),
                message(m -> m.contains("startTime = \"yesterday\": Text 'yesterday' could not be parsed")))));
    }

    @Test
    void an_invalid_env_id_is_refused() {
        failures(BadEnvId.class).assertThatEvents().haveExactly(1, event(finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class),
                message(m -> m.contains("envId = \"not a valid id!\": envId (not a valid id!) must be 1-64")))));
    }

    @Test
    void a_caller_parameter_without_an_identity_says_how_to_give_one() {
        failures(CallerWithoutIdentity.class).assertThatEvents().haveExactly(1, event(finishedWithFailure(
                instanceOf(ParameterResolutionException.class),
                message(m -> m.contains("No caller identity for parameter")
                        && m.contains("annotate it, the method or the class with @CallerIdentity(openId = ...)")))));
    }

    @Test
    void scenarios_are_skipped_outside_the_test_kit() {
        Events skipped = org.junit.platform.testkit.engine.EngineTestKit.engine("junit-jupiter")
                .selectors(org.junit.platform.engine.discovery.DiscoverySelectors.selectClass(FinalField.class))
                .execute().containerEvents().skipped();
        assertThat(skipped.count()).isEqualTo(1);
    }
}
