package dev.minicloud.emulator.junit5;

import static dev.minicloud.emulator.junit5.CloudAssertions.assertThat;
import static dev.minicloud.emulator.junit5.CloudAssertions.assertThatCall;
import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.base.Permission;
import dev.minicloud.emulator.client.CloudClient;
import dev.minicloud.emulator.database.Database;
import dev.minicloud.emulator.functions.call.WxContext;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A CloudClient is injected for the caller in effect, or for a user who is not logged in when there is none. */
@CloudEmulatorTest(collections = "todos", functions = Fixtures.FUNCTIONS, openId = "o_alice")
@CollectionPermission(collection = "todos", value = Permission.PRIVATE)
class ClientInjectionTest {
    @CloudEnv
    CloudClient fieldClient;

    @Test
    void a_client_parameter_is_the_class_s_default_caller_writing_under_permissions(CloudClient client, Database db) {
        assertThat(client.user()).isEqualTo(WxContext.ofOpenId("o_alice"));
        Object id = client.database().collection("todos").add(Map.of("title", "mine")).id();
        assertThat(db.collection("todos")).document(id).hasOpenId("o_alice").hasField("title", "mine");
        assertThat(client.callFunction("todos", Map.of()).errMsg()).isEqualTo("cloud.callFunction:ok");
    }

    @Test
    void the_field_and_the_parameter_are_the_same_user_in_the_same_environment(CloudClient client) {
        assertThat(fieldClient.user()).isEqualTo(client.user());
        fieldClient.database().collection("todos").add(Map.of("_id", "t1", "title", "from the field"));
        assertThat(client.database().collection("todos").doc("t1").get().data()).containsEntry("title",
                "from the field");
    }

    @Test
    @CallerIdentity(openId = "o_bob")
    void a_method_caller_identity_makes_the_client_that_user(CloudClient client) {
        assertThat(client.user().openId()).isEqualTo("o_bob");
        assertThat(fieldClient.user().openId()).isEqualTo("o_bob");
    }

    @Test
    void one_test_can_hold_the_clients_of_two_users(CloudClient alice,
            @CallerIdentity(openId = "o_bob") CloudClient bob, CloudEnvironment env) {
        alice.database().collection("todos").add(Map.of("_id", "a1", "title", "alice's"));
        assertThat(bob.database().collection("todos").get().data()).isEmpty();
        assertThat(bob.database().collection("todos").doc("a1").update(Map.of("title", "bob was here")).stats()
                .updated()).isZero();
        assertThat(env.database().collection("todos")).document("a1").hasField("title", "alice's");
    }

    @Test
    void an_empty_open_id_is_a_user_who_is_not_logged_in(@CallerIdentity(openId = "") CloudClient nobody) {
        assertThat(nobody.user().openId()).isNull();
        assertThatCall(() -> nobody.database().collection("todos").add(Map.of("title", "x"))).isDenied();
    }

    @Nested
    @CollectionPermission(collection = "todos", value = Permission.ADMINONLY)
    class WhenAnInnerClassTightensThePermission {
        @Test
        void its_tests_see_its_mode(CloudClient client) {
            assertThatCall(() -> client.database().collection("todos").get()).isDenied();
        }
    }

    /** A class with no caller at all: its client is a user who is not logged in, never an admin. */
    @Scenario
    @CloudEmulatorTest(collections = "todos")
    @CollectionPermission(collection = "todos", value = Permission.READONLY)
    static class NoCaller {
        @Test
        void the_client_is_not_logged_in(CloudClient client, Database db) {
            db.collection("todos").add(Map.of("_id", "t1", "title", "public"));
            assertThat(client.user().openId()).isNull();
            assertThat(client.database().collection("todos").get().data()).hasSize(1);
            assertThatCall(() -> client.database().collection("todos").add(Map.of("title", "anonymous")))
                    .isDenied();
        }
    }

    @Test
    void without_any_caller_the_client_is_a_user_who_is_not_logged_in() {
        Scenarios.run(NoCaller.class).testEvents().assertStatistics(s -> s.succeeded(1).failed(0));
    }
}
