package dev.minicloud.emulator.junit5;

import static dev.minicloud.emulator.junit5.CloudAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.database.Database;
import dev.minicloud.emulator.functions.Functions;
import dev.minicloud.emulator.http.RequestPattern;
import dev.minicloud.emulator.http.StubResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

/** Nested classes, PER_CLASS test instances, closing, and the report a failed test leaves. */
class LifecycleTest {
    private static final List<CloudEnvironment> SEEN = new CopyOnWriteArrayList<>();

    @Scenario
    @CloudEmulatorTest(databaseFixtures = Fixtures.DATABASE)
    static class NestedScenario {
        @CloudEnv
        CloudEnvironment outer;

        @Test
        void outer_test(CloudEnvironment env) {
            assertThat(env).isSameAs(outer);
            SEEN.add(env);
        }

        @Nested
        class Inner {
            @CloudEnv
            Database db;

            @Test
            void a_nested_test_shares_its_environment_with_the_outer_instance(CloudEnvironment env) {
                assertThat(env).isSameAs(outer);
                assertThat(db).isSameAs(env.database());
                assertThat(db.collection("todos").count().total()).as("the enclosing class's fixtures").isEqualTo(3);
                SEEN.add(env);
            }
        }
    }

    @Scenario
    @CloudEmulatorTest(collections = "events")
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    static class PerClassInstanceScenario {
        private final CloudEnvironment env;

        PerClassInstanceScenario(CloudEnvironment env) {
            this.env = env;
            SEEN.add(env);
        }

        @Test
        void first(CloudEnvironment same) {
            check(same);
        }

        @Test
        void second(CloudEnvironment same) {
            check(same);
        }

        private void check(CloudEnvironment same) {
            assertThat(same).isSameAs(env);
            assertThat(env.database().collection("events").count().total()).isZero();
            env.database().collection("events").add(Map.of("n", 1));
        }
    }

    @Scenario
    @CloudEmulatorTest(functions = Fixtures.FUNCTIONS, databaseFixtures = Fixtures.DATABASE, openId = "o_alice")
    static class FailingScenario {
        @Test
        void fails_after_calling_a_function(Functions functions) {
            functions.call("todos", Map.of("action", "add", "title", "report me"));
            functions.call("todos", Map.of("action", "add"));
            assertThat(1).as("a failing assertion").isEqualTo(2);
        }

        @Test
        void passes(Functions functions) {
            functions.call("todos", Map.of("action", "mine"));
        }
    }

    private static void assertAllSucceeded(EngineExecutionResults results, long tests) {
        results.allEvents().failed().assertThatEvents().isEmpty();
        assertThat(results.testEvents().succeeded().count()).isEqualTo(tests);
    }

    @Test
    void a_nested_class_sees_the_enclosing_class_s_fixtures_and_the_test_s_environment() {
        SEEN.clear();
        assertAllSucceeded(Scenarios.run(NestedScenario.class), 2);
        assertThat(SEEN).hasSize(2).doesNotHaveDuplicates().allMatch(CloudEnvironment::isClosed);
    }

    @Test
    void per_class_test_instances_get_one_environment_reset_between_tests_and_closed_with_the_class() {
        SEEN.clear();
        assertAllSucceeded(Scenarios.run(PerClassInstanceScenario.class), 2);
        assertThat(SEEN).hasSize(1).allMatch(CloudEnvironment::isClosed);
    }

    @Scenario
    @CloudEmulatorTest(functions = Fixtures.HTTP_FUNCTIONS)
    static class FailingHttpScenario {
        @Test
        void fails_after_a_stubbed_and_an_unmatched_request(CloudEnvironment env) {
            env.http().stub(RequestPattern.get("https://api.example.com/weather").withQuery("city", "Shenzhen"),
                    StubResponse.json(200, Map.of("temp", 24)));
            assertThat(env.functions().call("weather", Map.of("city", "Shenzhen"))).succeeded();
            env.functions().call("weather", Map.of("city", "Beijing"));
            assertThat(env.http().unmatched()).as("a failing assertion").isEmpty();
        }
    }

    private static List<String> reports(EngineExecutionResults results) {
        return results.allEvents().reportingEntryPublished().stream()
                .map(Event::getPayload).flatMap(java.util.Optional::stream)
                .map(p -> ((org.junit.platform.engine.reporting.ReportEntry) p).getKeyValuePairs()
                        .get(CloudEmulatorExtension.REPORT_ENTRY))
                .toList();
    }

    @Test
    void a_failed_test_reports_the_http_stubs_the_requests_and_the_near_misses_of_an_unmatched_one() {
        EngineExecutionResults results = Scenarios.run(FailingHttpScenario.class);
        assertThat(results.testEvents().failed().count()).isEqualTo(1);
        String n = System.lineSeparator();
        assertThat(reports(results)).singleElement().asString()
                .contains("-- HTTP stubs: 1" + n + "  stub 1 GET https://api.example.com/weather [?city=Shenzhen]"
                        + " -> 200, 11 bytes" + n)
                .contains("-- HTTP requests: 2" + n + "  weather at ")
                .contains(": GET https://api.example.com/weather?city=Shenzhen -> stub 1" + n)
                .contains(": GET https://api.example.com/weather?city=Beijing -> unmatched" + n
                        + "    near miss: stub 1 GET https://api.example.com/weather [?city=Shenzhen]: query city is"
                        + " 'Beijing', not 'Shenzhen'" + n);
    }

    @Test
    void a_failed_test_reports_its_function_calls_logs_and_data() {
        EngineExecutionResults results = Scenarios.run(FailingScenario.class);
        assertThat(results.testEvents().failed().count()).isEqualTo(1);
        List<String> reports = reports(results);
        assertThat(reports).as("only the failed test reports").hasSize(1);
        assertThat(reports.get(0))
                .contains("after failed test fails_after_calling_a_function(Functions)")
                .contains("-- function calls: 2")
                .contains("todos by openid o_alice at ")
                .contains("-> cloud.callFunction:ok")
                .contains("[log] todos add for o_alice")
                .contains("-> cloud.callFunction:fail -504002")
                .contains("| Error: title is required")
                .contains("    [error] Error: title is required\n      at index.js:11".replace("\n", System.lineSeparator()))
                .contains("todos (4 documents)")
                .contains("\"title\":\"report me\"")
                .contains("users (2 documents)")
                .contains("-- files: 0");
    }
}
