package dev.minicloud.emulator.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.admin.RuntimeDifferential.Call;
import dev.minicloud.emulator.database.DatabaseSnapshot;
import dev.minicloud.emulator.functions.call.FunctionRuntime;
import dev.minicloud.emulator.functions.call.WxContext;
import dev.minicloud.emulator.storage.StorageSnapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The differential suite: the same calls of the same functions, on environments built from the same configuration
 * and seeds, under {@link FunctionRuntime#RHINO} (MiniCloud's SDK in the JVM) and {@link FunctionRuntime#NODE} (real
 * Node with the official wx-server-sdk 4.0.2), must give the same results, logs and resulting state.
 */
class RuntimeDifferentialTest {
    private static final Path FIXTURES = OfficialSdk.FOLDER.resolve("functions");
    private static final Path SAMPLES = Path.of("../samples").toAbsolutePath().normalize();
    private static final Instant NOW = Instant.parse("2024-03-17T02:20:30Z");
    private static final WxContext ALICE = WxContext.builder().openId("o_alice").appId("wx_app").build();
    private static final WxContext BOB = WxContext.ofOpenId("o_bob");

    @BeforeAll
    static void requireNode() {
        OfficialSdk.assumeInstalled();
    }

    /** Functions outside src/test/node find the installed official SDK through NODE_PATH, under NODE. */
    private static EmulatorConfiguration.Builder base() {
        return EmulatorConfiguration.builder().setStartTime(NOW).setFunctionTimeout(Duration.ofSeconds(60))
                .putFunctionEnvironment("NODE_PATH", OfficialSdk.FOLDER.resolve("node_modules").toString());
    }

    private static void assertSame(Supplier<EmulatorConfiguration.Builder> config, Consumer<CloudEnvironment> prepare,
            List<Call> calls) {
        Map<String, Object> rhino = RuntimeDifferential.run(config, FunctionRuntime.RHINO, prepare, calls);
        Map<String, Object> node = RuntimeDifferential.run(config, FunctionRuntime.NODE, prepare, calls);
        assertThat(node.keySet()).isEqualTo(rhino.keySet());
        rhino.forEach((step, expected) -> assertThat(node.get(step)).as(step).isEqualTo(expected));
    }

    private static void answerOpenApi(CloudEnvironment env) {
        env.functions().openapi().fail("security.msgSecCheck", 87014, "openapi.security.msgSecCheck:fail risky");
    }

    @Test
    void the_fixture_functions_give_the_same_results_and_state_in_rhino_and_node() {
        Supplier<EmulatorConfiguration.Builder> config = () -> base().addFunctionRoot(FIXTURES)
                .addDatabaseSeed(DatabaseSnapshot.fromClasspath("dev/minicloud/emulator/admin/differential"));
        assertSame(config, RuntimeDifferentialTest::answerOpenApi, List.of(
                Call.server("diffcrud", Map.of("name", "first")),
                Call.client("diffcrud", Map.of("name", "second"), ALICE),
                Call.server("diffcommands", Map.of()),
                Call.server("diffaggregate", Map.of()),
                Call.server("diffmodules", Map.of("text", "héllo, 世界 ", "base", "https://API.example.com:443/v1/a/b",
                        "path", "../c d/./e?x=1#top")),
                Call.server("difftx", Map.of("amount", 30)),
                Call.server("difftx", Map.of("amount", 500)),
                Call.server("difftx", Map.of("amount", 1, "leaveOpen", true)),
                Call.server("diffstorage", Map.of("name", "a", "text", "héllo")),
                Call.client("diffnested", Map.of("value", "v"), ALICE),
                Call.server("diffnested", Map.of("value", "w"))));
    }

    /** A call of the sample's shop by Alice: its route, then keys and values. */
    private static Call shop(Object... urlAndKeyValues) {
        Map<String, Object> event = new java.util.LinkedHashMap<>();
        event.put("$url", urlAndKeyValues[0]);
        for (int i = 1; i < urlAndKeyValues.length; i += 2) {
            event.put((String) urlAndKeyValues[i], urlAndKeyValues[i + 1]);
        }
        return Call.client("shop", event, ALICE);
    }

    @Test
    void the_samples_functions_give_the_same_results_and_state_in_rhino_and_node() {
        Supplier<EmulatorConfiguration.Builder> config = () -> base()
                .addFunctionRoot(SAMPLES.resolve("cloudfunctions"))
                .addDatabaseSeed(DatabaseSnapshot.fromFolder(SAMPLES.resolve("seed/database")))
                .addStorageSeed(StorageSnapshot.fromFolder(SAMPLES.resolve("seed/storage")));
        String png = Base64.getEncoder().encodeToString(new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        assertSame(config, env -> { }, List.of(
                Call.client("login", Map.of("nickName", "Alice"), ALICE),
                Call.client("login", Map.of(), ALICE),
                Call.server("login", Map.of()),
                Call.client("todos", Map.of("action", "add", "title", " buy tea ", "dueDate", "2024-03-18"), ALICE),
                Call.client("todos", Map.of("action", "add", "title", ""), ALICE),
                Call.client("todos", Map.of("action", "list"), ALICE),
                Call.client("todos", Map.of("action", "overdue"), ALICE),
                Call.client("todos", Map.of("action", "list"), BOB),
                shop("products/list"),
                shop("products/detail", "id", "p-tea"),
                shop("cart/add", "productId", "p-tea", "qty", 2),
                shop("cart/add", "productId", "p-mooncake"),
                shop("cart/list"),
                shop("order/checkout"),
                shop("order/checkout"),
                shop("order/list"),
                shop("banner", "fileID", "cloud://nowhere.0/none.png"),
                Call.server("report", Map.of("report", "sales")),
                Call.server("report", Map.of("report", "daily", "days", 30)),
                Call.server("report", Map.of("report", "lowStock")),
                Call.server("report", Map.of("report", "nothing")),
                Call.client("avatar", Map.of("imageBase64", png), ALICE),
                Call.client("avatar", Map.of(), ALICE),
                Call.server("nightlyReport", Map.of("Type", "Timer", "Time", "2024-03-16T18:00:00Z",
                        "TriggerName", "nightly"))));
    }
}
