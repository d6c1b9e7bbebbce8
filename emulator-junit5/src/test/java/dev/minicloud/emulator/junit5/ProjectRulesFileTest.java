package dev.minicloud.emulator.junit5;

import static dev.minicloud.emulator.junit5.CloudAssertions.assertThatCall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.base.Permission;
import dev.minicloud.emulator.client.CloudClient;
import dev.minicloud.emulator.database.Database;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The project folder's security-rules.json sets the permissions; annotations still override it. */
@CloudEmulatorTest(project = Fixtures.PROJECT, collections = {"todos", "posts", "other"}, openId = "o_alice")
class ProjectRulesFileTest {

    @Test
    void the_project_file_sets_basic_modes_custom_rules_and_the_default(CloudClient alice, Database db) {
        db.collection("todos").add(Map.of("_id", "t1", "_openid", "o_bob", "title", "bob's"));
        assertThat(alice.database().collection("todos").get().data()).hasSize(1);
        assertThat(alice.database().collection("todos").doc("t1").remove().stats().removed()).isZero();

        db.collection("posts").add(Map.of("_id", "p1", "_openid", "o_bob"));
        assertThatCall(() -> alice.database().collection("posts").where(Map.of("_id", "p1"))
                .update(Map.of("title", "mine now"))).isDenied();
        assertThatCall(() -> alice.database().collection("posts").get()).succeeded();

        assertThatCall(() -> alice.database().collection("other").get()).isDenied();
    }

    @Test
    @SecurityRules(collection = "other", rules = "{\"read\": true, \"write\": false}")
    void a_method_annotation_overrides_the_file(CloudClient alice) {
        assertThatCall(() -> alice.database().collection("other").get()).succeeded();
        assertThatCall(() -> alice.database().collection("todos").get()).succeeded();
    }

    @Nested
    @CollectionPermission(collection = "todos", value = Permission.ADMINONLY)
    class AClassAnnotation {
        @Test
        void overrides_the_file_for_its_collection_only(CloudClient alice) {
            assertThatCall(() -> alice.database().collection("todos").get()).isDenied();
            assertThatCall(() -> alice.database().collection("posts").get()).succeeded();
        }
    }

    // ------------------------------------------------------------------ other folders

    @Scenario
    @CloudEmulatorTest(project = "classpath:dev/minicloud/emulator/junit5/fixtures", collections = "todos",
            openId = "o_alice")
    static class ProjectWithoutRulesFile {
        @Test
        void test(CloudClient alice, Database db) {
            db.collection("todos").add(Map.of("_id", "t1", "_openid", "o_bob"));
            assertThat(alice.database().collection("todos").count().total()).isZero();
        }
    }

    @Scenario
    @CloudEmulatorTest(project = "classpath:dev/minicloud/emulator/junit5/broken-project")
    static class BrokenRulesFile {
        @Test
        void test(Database db) {}
    }

    @Scenario
    @CloudEmulatorTest(project = "no/such/project")
    static class MissingProject {
        @Test
        void test(Database db) {}
    }

    @Scenario
    static class RegisteredWithAProject {
        @RegisterExtension
        static CloudEmulatorExtension cloud = CloudEmulatorExtension.builder()
                .configuration(EmulatorConfiguration.builder().addCollections("other").build())
                .project(Fixtures.PROJECT).build();

        @Test
        void test(@CallerIdentity(openId = "o_alice") CloudClient alice) {
            assertThatCall(() -> alice.database().collection("other").get()).isDenied();
        }
    }

    @Test
    void a_registered_extension_reads_the_project_file_too() {
        Scenarios.run(RegisteredWithAProject.class).testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
    }

    @Test
    void a_project_without_the_file_keeps_the_default_private_mode() {
        Scenarios.run(ProjectWithoutRulesFile.class).testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
    }

    @Test
    void a_bad_file_fails_the_class_naming_the_attribute_the_file_and_the_position() {
        Scenarios.run(BrokenRulesFile.class).allEvents().failed().assertThatEvents().haveExactly(1,
                event(finishedWithFailure(instanceOf(ExtensionConfigurationException.class), message(m -> m
                        .startsWith("@CloudEmulatorTest on " + BrokenRulesFile.class.getName() + ": project = ")
                        && m.contains("security-rules.json") && m.contains("collection 'posts'")
                        && m.contains("position")))));
    }

    @Test
    void a_missing_project_folder_fails_the_class() {
        Scenarios.run(MissingProject.class).allEvents().failed().assertThatEvents().haveExactly(1,
                event(finishedWithFailure(instanceOf(ExtensionConfigurationException.class),
                        message(m -> m.contains("project = \"no/such/project\"") && m.contains("not a folder")))));
    }
}
