package dev.minicloud.emulator.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.minicloud.emulator.database.Database;
import dev.minicloud.emulator.miniprogram.MiniProgram;
import dev.minicloud.emulator.miniprogram.PageInstance;
import dev.minicloud.emulator.miniprogram.WxCall;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

/**
 * A {@code MiniProgram} parameter is the project's mini-program ({@code miniprogramRoot} of its
 * {@code project.config.json}) on the phone of the caller in effect, under the project's permissions.
 */
@CloudEmulatorTest(project = Fixtures.PROJECT, collections = "todos", openId = "o_alice")
class MiniProgramInjectionTest {

    @Test
    void a_page_runs_as_the_caller_in_effect_under_the_projects_rules(MiniProgram phone, Database db) {
        db.collection("todos").add(Map.of("_id", "t0", "title", "the admin's"));
        PageInstance notes = phone.open("pages/notes/notes");

        notes.call("onAdd", Map.of("title", "alice's"));

        assertThat(phone.user().openId()).isEqualTo("o_alice");
        assertThat(notes.data("titles")).isEqualTo(List.of("alice's", "the admin's"));
        assertThat(phone.calls("showToast")).extracting(WxCall::options).containsExactly(Map.of("title", "Added"));
        assertThat(db.collection("todos").where(Map.of("title", "alice's")).get().data())
                .singleElement().extracting(d -> d.get("_openid")).isEqualTo("o_alice");
    }

    @Test
    void each_parameter_is_a_phone_of_its_own_for_its_caller(MiniProgram alice,
            @CallerIdentity(openId = "o_bob") MiniProgram bob) {
        alice.open("pages/notes/notes").call("onAdd", Map.of("title", "alice's"));

        assertThat(bob.user().openId()).isEqualTo("o_bob");
        assertThat(bob.open("pages/notes/notes").data("titles")).isEqualTo(List.of("alice's"));
        assertThat(bob.calls()).isEmpty();
    }

    @Scenario
    @CloudEmulatorTest(project = Fixtures.PROJECT, collections = "todos", openId = "o_alice")
    static class FailingPageScenario {
        @Test
        void fails_after_adding_from_the_page(MiniProgram phone) {
            PageInstance notes = phone.open("pages/notes/notes");
            notes.call("onAdd", Map.of("title", "report me"));
            assertThat(1).as("a failing assertion").isEqualTo(2);
        }
    }

    @Test
    void a_failed_test_reports_each_pages_data_its_setData_calls_the_wx_calls_and_the_console() {
        EngineExecutionResults results = Scenarios.run(FailingPageScenario.class);

        List<String> reports = results.allEvents().reportingEntryPublished().stream()
                .map(Event::getPayload).flatMap(java.util.Optional::stream)
                .map(p -> ((ReportEntry) p).getKeyValuePairs().get(CloudEmulatorExtension.REPORT_ENTRY))
                .filter(java.util.Objects::nonNull).toList();
        assertThat(reports).singleElement().asString()
                .contains("-- mini-programs: 1")
                .contains("miniprogram as openid o_alice")
                .contains("page pages/notes/notes data: {\"titles\":[\"report me\"]}")
                .contains("setData calls: 2")
                .contains("{\"titles\":[]}")
                .contains("wx calls: 1")
                .contains("showToast {\"title\":\"Added\"} on pages/notes/notes")
                .contains("console lines: 1")
                .contains("adding report me");
    }

    @Scenario
    @CloudEmulatorTest(collections = "todos")
    static class NoProjectScenario {
        @Test
        void asks_for_a_mini_program(MiniProgram phone) {
            phone.open("pages/notes/notes");
        }
    }

    @Test
    void a_mini_program_without_a_project_folder_names_the_attribute_to_set() {
        Scenarios.run(NoProjectScenario.class).testEvents().assertThatEvents().haveExactly(1,
                event(finishedWithFailure(instanceOf(ParameterResolutionException.class),
                        message(m -> m.contains("@CloudEmulatorTest(project = ...)")))));
    }
}
