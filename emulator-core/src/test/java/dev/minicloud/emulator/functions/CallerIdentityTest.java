package dev.minicloud.emulator.functions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.functions.call.FunctionCall;
import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.functions.call.WxContext;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** who called a function, as getWXContext(), event.userInfo and the result's errMsg show it. */
class CallerIdentityTest extends FunctionsTest {

    @Test
    void a_client_call_reports_openid_appid_and_injects_user_info() {
        FunctionResult r = env.functions().call("whoami", Map.of("k", "v"),
                WxContext.builder().openId("o_alice").unionId("u_alice").clientIp("10.0.0.8").build());
        assertThat(r.errMsg()).isEqualTo("cloud.callFunction:ok");
        Map<String, Object> result = map(r.result());
        assertThat(result.get("wxContext")).isEqualTo(Map.of("OPENID", "o_alice", "APPID", "wx0123456789abcdef",
                "UNIONID", "u_alice", "CLIENTIP", "10.0.0.8", "ENV", "test-1a2b", "SOURCE", "wx_client"));
        assertThat(result.get("userInfo")).isEqualTo(Map.of("appId", "wx0123456789abcdef", "openId", "o_alice"));
    }

    @Test
    void a_server_call_has_no_identity() {
        FunctionResult r = call("whoami", Map.of());
        assertThat(r.errMsg()).isEqualTo("callFunction:ok");
        assertThat(map(r.result()).get("wxContext")).isEqualTo(Map.of("ENV", "test-1a2b", "SOURCE", "wx_unknown"));
        assertThat(map(r.result()).get("userInfo")).isNull();
    }

    @Test
    void the_context_argument_describes_the_invocation() {
        assertThat(map(call("whoami", Map.of()).result()).get("context")).isEqualTo(Map.of("function_name", "whoami",
                "namespace", "test-1a2b", "time_limit_in_ms", 3000, "has_request_id", true));
    }

    @Test
    void a_nested_call_propagates_the_identity_and_extends_the_source_chain() {
        FunctionResult r = callAs("o_alice", "caller", Map.of());
        assertThat(r.succeeded()).isTrue();
        Map<String, Object> result = map(r.result());
        assertThat(result).containsEntry("errMsg", "callFunction:ok").containsEntry("hasRequestId", true);
        Map<String, Object> inner = map(result.get("inner"));
        assertThat(inner.get("wxContext")).isEqualTo(Map.of("OPENID", "o_alice", "APPID", "wx0123456789abcdef",
                "ENV", "test-1a2b", "SOURCE", "wx_client,scf"));
        assertThat(inner.get("userInfo")).isEqualTo(Map.of("appId", "wx0123456789abcdef", "openId", "o_alice"));
    }

    @Test
    void a_failing_nested_call_rejects_with_errcode_minus_1_as_wx_server_sdk_4_does() {
        Map<String, Object> result = map(call("caller", Map.of()).result());
        assertThat(result.get("failure")).isEqualTo(Map.of("errCode", -1,
                "errMsg", "callFunction:fail -504002 functions execute fail. AppError: user u1 not found"));
        assertThat(result.get("missing")).isEqualTo(Map.of("errCode", -1,
                "errMsg", "callFunction:fail -501000 FunctionName parameter could not be found"));
        assertThat(result.get("badName")).isEqualTo(Map.of("errCode", -1,
                "errMsg", "parameter.name should be string instead of undefined;",
                "message", "errCode: -1 unknown error | errMsg: parameter.name should be string instead of undefined;"));
    }

    @Test
    void process_env_carries_configured_variables_and_config_json_env_variables() {
        try (var other = dev.minicloud.emulator.CloudEmulator.newEnvironment(configuration()
                .putFunctionEnvironment("TZ", "Asia/Shanghai").putFunctionEnvironment("GREETING", "hello").build())) {
            assertThat(map(other.functions().call("whoami", Map.of()).result()).get("env"))
                    .isEqualTo(Map.of("tz", "Asia/Shanghai", "greeting", "hello", "fn", "whoami"));
        }
    }

    @Test
    void as_gives_functions_that_call_as_one_user_and_as_server_calls_from_the_server_side() {
        Functions alice = env.functions().as(WxContext.ofOpenId("o_alice"));
        assertThat(alice.caller()).contains(WxContext.ofOpenId("o_alice"));
        assertThat(map(map(alice.call("whoami", Map.of()).result()).get("wxContext"))).containsEntry("OPENID", "o_alice");
        assertThat(alice.call("whoami", Map.of()).errMsg()).isEqualTo("cloud.callFunction:ok");
        assertThat(alice.asServer().call("whoami", Map.of()).errMsg()).isEqualTo("callFunction:ok");
        assertThat(env.functions().caller()).isEmpty();
    }

    @Test
    void the_configured_default_caller_makes_two_argument_calls_client_calls() {
        try (var other = dev.minicloud.emulator.CloudEmulator.newEnvironment(configuration()
                .setDefaultCaller(WxContext.builder().openId("o_bob").appId("wx_other").build()).build())) {
            FunctionResult r = other.functions().call("whoami", Map.of());
            assertThat(r.errMsg()).isEqualTo("cloud.callFunction:ok");
            assertThat(map(map(r.result()).get("wxContext"))).containsEntry("OPENID", "o_bob")
                    .containsEntry("APPID", "wx_other");
            assertThat(other.functions().asServer().call("whoami", Map.of()).errMsg()).isEqualTo("callFunction:ok");
        }
    }

    @Test
    void calls_records_every_call_with_its_caller_event_and_result_nested_ones_included() {
        callAs("o_alice", "caller", Map.of("target", "whoami"));
        List<FunctionCall> calls = env.functions().calls();
        assertThat(calls).extracting(FunctionCall::name)
                .containsExactly("whoami", "failing", "no-such-function", "caller");
        FunctionCall outer = calls.get(3);
        assertThat(outer.caller()).isEqualTo(WxContext.ofOpenId("o_alice"));
        assertThat(outer.nested()).isFalse();
        assertThat(map(outer.event())).containsEntry("target", "whoami").containsKey("userInfo");
        assertThat(outer.startedAt()).isEqualTo(NOW);
        assertThat(outer.result().succeeded()).isTrue();
        assertThat(calls.get(0).nested()).isTrue();
        assertThat(calls.get(0).event()).isEqualTo(Map.of("from", "caller", "userInfo",
                Map.of("appId", "wx0123456789abcdef", "openId", "o_alice")));
        assertThat(calls.get(1).result().errCode()).isEqualTo(-504002);
        assertThat(calls.get(2).result().errCode()).isEqualTo(-501000);
    }
}
