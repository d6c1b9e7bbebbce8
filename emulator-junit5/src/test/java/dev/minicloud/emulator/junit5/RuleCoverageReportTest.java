package dev.minicloud.emulator.junit5;

import static dev.minicloud.emulator.junit5.CloudAssertions.assertThatCall;
import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.client.CloudClient;
import dev.minicloud.emulator.database.Database;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

/** Which rule parts a class's tests judged true and false: in a failed test's report and at the end of the class. */
class RuleCoverageReportTest {
    static final String RULES = """
            {"read": "doc._openid == auth.openid || doc.public == true", "write": "doc._openid == auth.openid"}""";

    @Scenario
    @CloudEmulatorTest(collections = "posts", openId = "o_alice")
    @SecurityRules(collection = "posts", rules = RULES)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class PerTestEnvironments {
        @Test
        @Order(1)
        void reads_own_posts(CloudClient alice) {
            alice.database().collection("posts").where(Map.of("_openid", "{openid}")).get();
        }

        @Test
        @Order(2)
        void cannot_read_everything(CloudClient alice) {
            assertThatCall(() -> alice.database().collection("posts").get()).isDenied();
        }

        @Test
        @Order(3)
        void fails_after_reading_public_posts(CloudClient alice) {
            alice.database().collection("posts").where(Map.of("public", true)).get();
            assertThat(1).as("a failing assertion").isEqualTo(2);
        }
    }

    @Scenario
    @CloudEmulatorTest(collections = "posts", openId = "o_alice")
    @SecurityRules(collection = "posts", rules = RULES)
    static class OneEnvironmentForTheClass {
        @CloudEnv
        static CloudClient alice;

        @BeforeAll
        static void readOnce() {
            alice.database().collection("posts").where(Map.of("public", true)).count();
        }

        @Test
        void first(Database db) {
            alice.database().collection("posts").where(Map.of("_openid", "{openid}")).get();
        }

        @Test
        void second(Database db) {
            alice.database().collection("posts").where(Map.of("_openid", "{openid}")).get();
        }
    }

    private static List<String> entries(EngineExecutionResults results, String key) {
        return results.allEvents().reportingEntryPublished().stream().map(Event::getPayload)
                .flatMap(java.util.Optional::stream)
                .map(p -> ((ReportEntry) p).getKeyValuePairs().get(key)).filter(Objects::nonNull).toList();
    }

    @Test
    void the_class_publishes_each_rule_part_with_its_counts_and_marks_what_no_test_reached() {
        EngineExecutionResults results = Scenarios.run(PerTestEnvironments.class);
        assertThat(results.testEvents().failed().count()).isEqualTo(1);
        List<String> coverage = entries(results, RuleCoverageTally.REPORT_ENTRY);
        assertThat(coverage).hasSize(1);
        String nl = System.lineSeparator();
        assertThat(coverage.get(0)).isEqualTo(String.join(nl,
                "-- security rule coverage of " + PerTestEnvironments.class.getName()
                        + ": how often each rule part was judged true and false",
                "  posts",
                "    read: doc._openid == auth.openid   true 1, false 2",
                "    read: doc.public == true           true 1, false 1",
                "    write: doc._openid == auth.openid  true 0, false 0  <- never judged",
                "  1 of 3 rule parts not judged both ways") + nl);
    }

    @Test
    void a_failed_test_s_report_shows_the_coverage_of_the_class_so_far() {
        EngineExecutionResults results = Scenarios.run(PerTestEnvironments.class);
        List<String> reports = entries(results, CloudEmulatorExtension.REPORT_ENTRY);
        assertThat(reports).hasSize(1);
        assertThat(reports.get(0))
                .contains("-- security rule coverage of " + PerTestEnvironments.class.getName() + " so far")
                .contains("    read: doc.public == true           true 1, false 1")
                .endsWith("==== end of MiniCloud environment minicloud-local ====" + System.lineSeparator());
    }

    @Test
    void a_class_environment_counts_each_request_once_before_all_and_each_test_included() {
        EngineExecutionResults results = Scenarios.run(OneEnvironmentForTheClass.class);
        assertThat(results.testEvents().succeeded().count()).isEqualTo(2);
        assertThat(entries(results, RuleCoverageTally.REPORT_ENTRY)).singleElement().asString()
                .contains("read: doc._openid == auth.openid   true 2, false 1")
                .contains("read: doc.public == true           true 1, false 0  <- never false");
        assertThat(entries(results, CloudEmulatorExtension.REPORT_ENTRY)).isEmpty();
    }

    @Scenario
    @CloudEmulatorTest(collections = "posts", openId = "o_alice")
    static class NoRules {
        @Test
        void reads(CloudClient alice) {
            alice.database().collection("posts").get();
        }
    }

    @Test
    void a_class_without_custom_rules_publishes_nothing() {
        assertThat(Scenarios.run(NoRules.class).allEvents().reportingEntryPublished().count()).isZero();
    }
}
