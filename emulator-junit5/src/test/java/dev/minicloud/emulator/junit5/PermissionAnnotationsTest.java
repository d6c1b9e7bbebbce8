package dev.minicloud.emulator.junit5;

import static dev.minicloud.emulator.junit5.CloudAssertions.assertThat;
import static dev.minicloud.emulator.junit5.CloudAssertions.assertThatCall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.minicloud.emulator.base.Permission;
import dev.minicloud.emulator.client.CloudClient;
import dev.minicloud.emulator.database.Database;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** @CollectionPermission and @SecurityRules set what clients may do, per class and per test. */
@CloudEmulatorTest(collections = {"todos", "posts", "news"}, openId = "o_alice")
@CollectionPermission(collection = "todos", value = Permission.READONLY)
@CollectionPermission(collection = "news", value = Permission.ADMINWRITE)
@SecurityRules(collection = "posts", rules = """
        {"read": true, "write": "doc._openid == auth.openid"}""")
class PermissionAnnotationsTest {

    @Test
    void class_annotations_apply_to_every_collection_they_name(CloudClient alice,
            @CallerIdentity(openId = "o_bob") CloudClient bob, Database db) {
        db.collection("todos").add(Map.of("_id", "t1", "_openid", "o_bob", "title", "bob's"));
        assertThat(alice.database().collection("todos").get().data()).hasSize(1);
        assertThat(alice.database().collection("todos").doc("t1").remove().stats().removed()).isZero();

        assertThatCall(() -> alice.database().collection("news").add(Map.of("title", "x"))).isDenied();
        assertThatCall(() -> alice.database().collection("news").get()).succeeded();

        Object id = bob.database().collection("posts").add(Map.of("title", "bob's post")).id();
        assertThat(db.collection("posts")).document(id).hasOpenId("o_bob");
        assertThatCall(() -> alice.database().collection("posts").where(Map.of("title", "bob's post"))
                .update(Map.of("title", "mine now"))).isDenied();
        assertThatCall(() -> bob.database().collection("posts").where(Map.of("_openid", "{openid}"))
                .update(Map.of("title", "still bob's"))).succeeded();
    }

    @Test
    @CollectionPermission(collection = "todos", value = Permission.ADMINONLY)
    @SecurityRules(collection = "news", rules = "{\"read\": false, \"write\": false}")
    void method_annotations_replace_the_class_s_for_that_test(CloudClient alice) {
        assertThatCall(() -> alice.database().collection("todos").get()).isDenied();
        assertThatCall(() -> alice.database().collection("news").get()).isDenied();
        assertThatCall(() -> alice.database().collection("posts").get()).succeeded();
    }

    @Test
    void collections_nobody_named_keep_the_default_private_mode(CloudClient alice, Database db) {
        db.createCollection("other");
        db.collection("other").add(Map.of("_id", "o1", "_openid", "o_bob"));
        assertThat(alice.database().collection("other").count().total()).isZero();
    }

    @Nested
    @CollectionPermission(collection = "posts", value = Permission.ADMINONLY)
    class AnInnerClass {
        @Test
        void replaces_the_enclosing_class_s_annotation_for_the_same_collection(CloudClient alice) {
            assertThatCall(() -> alice.database().collection("posts").get()).isDenied();
            assertThatCall(() -> alice.database().collection("news").get()).succeeded();
        }
    }

    // ------------------------------------------------------------------ misuse

    @Scenario
    @CloudEmulatorTest(collections = "posts")
    @SecurityRules(collection = "posts", rules = "{\"read\": \"auth.openid = doc._openid\"}")
    static class BadRuleText {
        @Test
        void test(Database db) {}
    }

    @Scenario
    @CloudEmulatorTest
    @CollectionPermission(collection = "todos", value = Permission.READONLY)
    @SecurityRules(collection = "todos", rules = "{\"read\": true, \"write\": false}")
    static class TwiceOnOneClass {
        @Test
        void test(Database db) {}
    }

    @Scenario
    @CloudEmulatorTest
    static class MethodAnnotationWithAClassEnvironment {
        @CloudEnv
        static Database db;

        @Test
        @CollectionPermission(collection = "todos", value = Permission.READONLY)
        void test() {}
    }

    @Test
    void bad_rule_text_fails_the_class_naming_the_annotation_the_key_and_the_position() {
        EngineExecutionResults results = Scenarios.run(BadRuleText.class);
        results.allEvents().failed().assertThatEvents().haveExactly(1, event(finishedWithFailure(
                instanceOf(ExtensionConfigurationException.class),
                message(m -> m.startsWith("@SecurityRules(collection = \"posts\") on " + BadRuleText.class.getName()
                        + ": security rules of collection 'posts': \"read\": ")
                        && m.contains("position")))));
    }

    @Test
    void one_class_giving_a_collection_two_permissions_fails() {
        Scenarios.run(TwiceOnOneClass.class).allEvents().failed().assertThatEvents().haveExactly(1,
                event(finishedWithFailure(instanceOf(ExtensionConfigurationException.class),
                        message("collection 'todos' is given permissions twice on "
                                + TwiceOnOneClass.class.getName()
                                + " (by @CollectionPermission or @SecurityRules): keep one"))));
    }

    @Test
    void a_method_annotation_in_a_class_with_one_environment_per_class_fails_saying_where_to_put_it() {
        Scenarios.run(MethodAnnotationWithAClassEnvironment.class).testEvents().failed().assertThatEvents()
                .haveExactly(1, event(finishedWithFailure(instanceOf(ExtensionConfigurationException.class),
                        message(m -> m.contains("needs the test's own environment")
                                && m.contains("put them on the class")))));
    }
}
