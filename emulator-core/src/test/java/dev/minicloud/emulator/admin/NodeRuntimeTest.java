package dev.minicloud.emulator.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.VirtualClock;
import dev.minicloud.emulator.database.DatabaseSnapshot;
import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.functions.call.FunctionRuntime;
import dev.minicloud.emulator.functions.call.LogEntry;
import dev.minicloud.emulator.functions.call.OpenApiCall;
import dev.minicloud.emulator.functions.call.WxContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link FunctionRuntime#NODE}: functions run in real Node with their own {@code node_modules}, the real
 * {@code wx-server-sdk} reaching the environment through its admin endpoint.
 */
class NodeRuntimeTest {
    /** Under src/test/node, so that the functions' {@code require('wx-server-sdk')} finds the installed SDK. */
    private static final Path FUNCTIONS = OfficialSdk.FOLDER.resolve("functions");

    @BeforeAll
    static void requireNode() {
        OfficialSdk.assumeInstalled();
    }

    private static EmulatorConfiguration.Builder config(FunctionRuntime runtime) {
        return EmulatorConfiguration.builder().addCollection("todos").addFunctionRoot(FUNCTIONS)
                .setFunctionTimeout(Duration.ofSeconds(60)).setFunctionRuntime(runtime);
    }

    @Test
    void a_node_function_uses_the_environments_database_through_the_official_sdk() {
        try (CloudEnvironment env = CloudEmulator.newEnvironment(config(FunctionRuntime.NODE).build())) {
            FunctionResult r = env.functions().call("nodecrud", Map.of("title", "from node", "n", 1));
            assertThat(r.errMsg()).as(r.errorStack()).isEqualTo("callFunction:ok");
            assertThat(r.result()).isEqualTo(Map.of("title", "from node", "n", 2, "total", 1));
            assertThat(r.logs()).extracting(LogEntry::level, LogEntry::message)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("log", "adding from node"));
            assertThat(env.database().collection("todos").where(Map.of("n", 2)).count().total()).isEqualTo(1);
        }
    }

    @Test
    void a_function_only_node_can_run_passes_under_node_and_names_the_option_under_rhino() throws Exception {
        Map<String, Object> event = Map.of("text", "héllo");
        try (CloudEnvironment node = CloudEmulator.newEnvironment(config(FunctionRuntime.NODE).build());
                CloudEnvironment rhino = CloudEmulator.newEnvironment(config(FunctionRuntime.RHINO).build())) {
            FunctionResult inNode = node.functions().call("nodeonly", event);
            assertThat(inNode.errMsg()).as(inNode.errorStack()).isEqualTo("callFunction:ok");
            assertThat(inNode.result()).isEqualTo(Map.of("unpacked", "héllo", "digest", sha256("héllo"),
                    "big", "72340172838076673"));
            FunctionResult inRhino = rhino.functions().call("nodeonly", event);
            assertThat(inRhino.errCode()).isEqualTo(-504002);
            assertThat(inRhino.errMsg()).contains("FunctionRuntime.NODE");
        }
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void config_json_can_put_one_function_in_node() {
        try (CloudEnvironment env = CloudEmulator.newEnvironment(config(FunctionRuntime.RHINO).build())) {
            FunctionResult r = env.functions().call("nodeconfigured", Map.of());
            assertThat(r.errMsg()).as(r.errorStack()).isEqualTo("callFunction:ok");
            assertThat(r.result()).isEqualTo(Map.of("gzipped", true));
        }
    }

    @Test
    void get_wx_context_reports_the_caller_and_the_instance_stays_warm() {
        try (CloudEnvironment env = CloudEmulator.newEnvironment(config(FunctionRuntime.NODE).build())) {
            WxContext alice = WxContext.builder().openId("o_alice").appId("wx_app").build();
            FunctionResult first = env.functions().call("nodecontext", Map.of(), alice);
            FunctionResult second = env.functions().call("nodecontext", Map.of());
            assertThat(first.errMsg()).as(first.errorStack()).isEqualTo("cloud.callFunction:ok");
            Map<?, ?> one = (Map<?, ?>) first.result();
            Map<?, ?> two = (Map<?, ?>) second.result();
            assertThat(one.get("wx")).isEqualTo(Map.of("OPENID", "o_alice", "APPID", "wx_app",
                    "ENV", env.envId(), "SOURCE", "wx_client"));
            assertThat(one.get("userInfo")).isEqualTo(Map.of("appId", "wx_app", "openId", "o_alice"));
            assertThat(one.get("requestId")).isEqualTo(first.requestId());
            assertThat(two.get("wx")).isEqualTo(Map.of("ENV", env.envId(), "SOURCE", "wx_unknown"));
            assertThat(two.get("calls")).isEqualTo(2);
            assertThat(two.get("pid")).isEqualTo(one.get("pid"));
            assertThat(second.logs()).extracting(LogEntry::message).containsExactly("call 2");
        }
    }

    @Test
    void a_thrown_error_fails_the_call_and_the_instance_serves_again() {
        try (CloudEnvironment env = CloudEmulator.newEnvironment(config(FunctionRuntime.NODE).build())) {
            FunctionResult thrown = env.functions().call("nodefail", Map.of("how", "throw"));
            assertThat(thrown.errCode()).isEqualTo(-504002);
            assertThat(thrown.errMsg()).isEqualTo("callFunction:fail -504002 functions execute fail. TypeError: thrown"
                    + " on purpose");
            assertThat(thrown.errorStack()).contains("at exports.main");
            assertThat(env.functions().call("nodefail", Map.of()).result()).isEqualTo("fine");
        }
    }

    @Test
    void process_exit_fails_the_call_with_504002() {
        try (CloudEnvironment env = CloudEmulator.newEnvironment(config(FunctionRuntime.NODE).build())) {
            FunctionResult exited = env.functions().call("nodefail", Map.of("how", "exit"));
            assertThat(exited.errCode()).isEqualTo(-504002);
            assertThat(exited.errMsg()).contains("exited with code 3");
            assertThat(env.functions().call("nodefail", Map.of()).result()).isEqualTo("fine");
        }
    }

    @Test
    void a_function_past_its_timeout_is_killed_with_504003() throws Exception {
        CloudEnvironment env = CloudEmulator.newEnvironment(EmulatorConfiguration.builder()
                .addFunctionRoot(FUNCTIONS).setFunctionRuntime(FunctionRuntime.NODE).build());
        try {
            long pid = ((Number) ((Map<?, ?>) env.functions().call("nodecontext", Map.of()).result()).get("pid"))
                    .longValue();
            FunctionResult looped = env.functions().call("nodefail", Map.of("how", "loop"));
            assertThat(looped.errCode()).isEqualTo(-504003);
            assertThat(looped.errMsg()).isEqualTo("callFunction:fail -504003 Invoking task timed out after 2"
                    + " seconds");
            env.close();
            // Closing the environment ends its warm processes.
            ProcessHandle.of(pid).ifPresent(p -> {
                try {
                    p.onExit().get(60, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new AssertionError("process " + pid + " outlived its environment", e);
                }
            });
        } finally {
            env.close();
        }
    }

    @Test
    void a_node_function_calls_another_through_the_sdk() {
        try (CloudEnvironment env = CloudEmulator.newEnvironment(config(FunctionRuntime.NODE).build())) {
            FunctionResult r = env.functions().call("nodenested", Map.of("text", "inner"));
            assertThat(r.errMsg()).as(r.errorStack()).isEqualTo("callFunction:ok");
            assertThat(((Map<?, ?>) r.result()).get("unpacked")).isEqualTo("inner");
        }
    }

    @Test
    void a_node_function_reads_the_environments_frozen_clock_in_date_and_server_date() {
        Instant start = Instant.parse("2024-03-17T02:20:30Z");
        try (CloudEnvironment env = CloudEmulator.newEnvironment(config(FunctionRuntime.NODE).setStartTime(start)
                .build())) {
            Map<String, Object> first = map(env.functions().call("nodeclock", Map.of()).result());
            long t = start.toEpochMilli();
            assertThat(first).containsEntry("loadedAt", t).containsEntry("now", t)
                    .containsEntry("iso", "2024-03-17T02:20:30.000Z").containsEntry("stored", t)
                    .containsEntry("server", t).containsEntry("called", "string").containsEntry("isDate", true)
                    .containsEntry("epoch", "1970-01-01T00:00:00.000Z").containsEntry("parsed", 1704067200000L)
                    .containsEntry("utc", 1704067200000L);
            env.clock().advance(Duration.ofHours(1));
            Map<String, Object> second = map(env.functions().call("nodeclock", Map.of()).result());
            long later = t + Duration.ofHours(1).toMillis();
            assertThat(second).containsEntry("loadedAt", t).containsEntry("now", later)
                    .containsEntry("stored", later).containsEntry("server", later);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object result) {
        return (Map<String, Object>) result;
    }

    @Test
    void a_node_function_on_a_running_clock_reads_its_time_not_the_hosts() {
        VirtualClock clock = VirtualClock.system();
        clock.set(Instant.parse("2031-01-01T00:00:00Z"));
        try (CloudEnvironment env = CloudEmulator.newEnvironment(config(FunctionRuntime.NODE).setClock(clock)
                .build())) {
            long before = clock.millis();
            Map<?, ?> r = (Map<?, ?>) env.functions().call("nodeclock", Map.of()).result();
            long after = clock.millis();
            assertThat(((Number) r.get("now")).longValue()).isBetween(before, after);
            assertThat(((Number) r.get("stored")).longValue()).isBetween(before, after);
        }
    }

    @Test
    void a_transaction_a_node_function_leaves_open_is_rolled_back_when_its_invocation_ends() {
        try (CloudEnvironment env = CloudEmulator.newEnvironment(config(FunctionRuntime.NODE)
                .addDatabaseSeed(DatabaseSnapshot.fromClasspath("dev/minicloud/emulator/admin/differential"))
                .setTransactionLockTimeout(Duration.ofMillis(200)).build())) {
            FunctionResult r = env.functions().call("difftx", Map.of("amount", 1, "leaveOpen", true));
            assertThat(r.errMsg()).as(r.errorStack()).isEqualTo("callFunction:ok");
            assertThat(r.logs()).extracting(LogEntry::level, LogEntry::message).contains(
                    org.assertj.core.groups.Tuple.tuple("warn", "the function ended with 1 open transaction(s), now"
                            + " rolled back: a transaction from db.startTransaction() needs commit() or rollback()"));
            // Its write is gone and its lock freed: a write to the same document goes through at once.
            assertThat(env.database().collection("accounts").doc("bob").get().data()).containsEntry("balance", 21);
            env.database().collection("accounts").doc("bob").update(Map.of("balance", 22));
            assertThat(env.database().collection("accounts").doc("bob").get().data()).containsEntry("balance", 22);
        }
    }

    @Test
    void openapi_from_a_node_function_is_answered_and_recorded_by_the_environments_stub() {
        try (CloudEnvironment env = CloudEmulator.newEnvironment(config(FunctionRuntime.NODE).build())) {
            env.functions().openapi().respond("wxacode.getUnlimited", Map.of("errCode", 0, "content_type",
                    "image/png"));
            env.functions().openapi().respond("subscribeMessage.send", Map.of("errCode", 43101, "errMsg",
                    "user refuse to accept the msg"));
            FunctionResult ok = env.functions().call("nodeopenapi", Map.of("module", "wxacode", "method",
                    "getUnlimited", "params", Map.of("scene", "a=1", "checkPath", false)));
            assertThat(ok.result()).isEqualTo(Map.of("ok", Map.of("contentType", "image/png", "errCode", 0,
                    "errMsg", "openapi.wxacode.getUnlimited:ok")));
            FunctionResult refused = env.functions().call("nodeopenapi", Map.of("module", "subscribeMessage",
                    "method", "send", "params", Map.of("touser", "o_alice", "templateId", "t")));
            assertThat(refused.result()).isEqualTo(Map.of("errCode", 43101,
                    "errMsg", "openapi.subscribeMessage.send:fail user refuse to accept the msg"));
            assertThat(env.functions().openapi().calls()).extracting(OpenApiCall::api, OpenApiCall::params,
                    OpenApiCall::function).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("wxacode.getUnlimited",
                            Map.of("scene", "a=1", "checkPath", false), "nodeopenapi"),
                    org.assertj.core.groups.Tuple.tuple("subscribeMessage.send",
                            Map.of("touser", "o_alice", "templateId", "t"), "nodeopenapi"));
        }
    }

    @Test
    void a_missing_node_says_how_to_install_it() {
        try (CloudEnvironment env = CloudEmulator.newEnvironment(config(FunctionRuntime.NODE)
                .setNodeExecutable("/nonexistent/minicloud/node").build())) {
            assertThatThrownBy(() -> env.functions().call("nodeonly", Map.of("text", "x")))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Install Node.js")
                    .hasMessageContaining("FunctionRuntime.RHINO");
        }
    }
}
