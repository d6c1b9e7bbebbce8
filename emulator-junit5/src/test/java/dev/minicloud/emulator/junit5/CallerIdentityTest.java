package dev.minicloud.emulator.junit5;

import static dev.minicloud.emulator.junit5.CloudAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.database.Database;
import dev.minicloud.emulator.functions.Functions;
import dev.minicloud.emulator.functions.call.WxContext;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Who calls: @CloudEmulatorTest(openId), then @CallerIdentity on the class, the method and the parameter. */
@CloudEmulatorTest(functions = Fixtures.FUNCTIONS, databaseFixtures = Fixtures.DATABASE, openId = "o_alice",
        appId = "wx_test_app")
class CallerIdentityTest {

    @Test
    void the_annotation_open_id_is_the_default_caller(Functions functions, CloudEnvironment env, WxContext caller) {
        assertThat(caller).isEqualTo(WxContext.ofOpenId("o_alice"));
        assertThat(functions.call("todos", Map.of("action", "mine"))).succeeded()
                .hasResult(java.util.List.of("buy milk", "write tests"));
        assertThat(env.functions().call("todos", Map.of())).hasResultField("who", "o_alice");
        assertThat(functions.call("todos", Map.of()).errMsg()).isEqualTo("cloud.callFunction:ok");
    }

    @Test
    void the_app_id_is_the_environment_s(Functions functions) {
        assertThat(functions.call("todos", Map.of("action", "add", "title", "x"))).succeeded();
        assertThat(functions.calls().get(0).event()).isEqualTo(Map.of("action", "add", "title", "x", "userInfo",
                Map.of("appId", "wx_test_app", "openId", "o_alice")));
    }

    @Test
    @CallerIdentity(openId = "o_bob")
    void a_method_annotation_overrides_it(Functions functions, CloudEnvironment env) {
        assertThat(functions.call("todos", Map.of("action", "mine"))).hasResult(java.util.List.of("call mum"));
        assertThat(env.functions().caller()).contains(WxContext.ofOpenId("o_bob"));
    }

    @Test
    void a_parameter_annotation_lets_one_test_act_as_two_users(Functions alice,
            @CallerIdentity(openId = "o_bob", unionId = "u_bob") Functions bob,
            @CallerIdentity(openId = "o_bob", unionId = "u_bob") WxContext bobContext, Database db) {
        assertThat(bob.call("todos", Map.of("action", "add", "title", "bob's"))).succeeded();
        assertThat(alice.call("todos", Map.of("action", "mine")).result()).asInstanceOf(LIST).doesNotContain("bob's");
        assertThat(db.collection("todos")).containsDocumentMatching(Map.of("title", "bob's", "owner", "o_bob"));
        assertThat(bobContext.unionId()).isEqualTo("u_bob");
        assertThat(bob.caller()).contains(bobContext);
    }

    @Nested
    @CallerIdentity(openId = "o_carol")
    class ForAnotherUser {
        @Test
        void a_class_annotation_applies_to_its_tests(Functions functions) {
            assertThat(functions.call("todos", Map.of())).hasResultField("who", "o_carol");
        }

        @Test
        void server_side_calls_remain_available(Functions functions) {
            assertThat(functions.asServer().call("todos", Map.of())).hasResultField("who", null);
        }
    }
}
