package dev.minicloud.emulator.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.database.DatabaseSnapshot;
import dev.minicloud.emulator.database.command.Command;
import dev.minicloud.emulator.storage.Storage;
import dev.minicloud.emulator.storage.StorageSnapshot;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What only @cloudbase/node-sdk sends ({@code updateAndReturn}, {@code copyFile}) and what the endpoint refuses
 * ({@code cloudPay}), run in real Node.
 */
class NodeSdkActionsTest {
    @BeforeAll
    static void requireNode() {
        OfficialSdk.assumeInstalled();
    }

    private static CloudEnvironment environment() {
        return CloudEmulator.newEnvironment(EmulatorConfiguration.builder()
                .setStartTime(Instant.parse("2024-05-01T00:00:00Z"))
                .addDatabaseSeed(DatabaseSnapshot.builder().addDocuments("todos", List.of(
                        Map.of("_id", "a", "title", "first", "n", 1, "owner", "o_alice"),
                        Map.of("_id", "b", "title", "second", "n", 2, "owner", "o_bob"),
                        Map.of("_id", "e", "title", "third", "n", 3, "owner", "o_alice",
                                "at", Instant.parse("2024-01-02T03:04:05.678Z"))))
                        .build())
                .build());
    }

    @Test
    void update_and_return_updates_the_first_match_and_answers_with_it_as_updated() {
        try (CloudEnvironment env = environment()) {
            Map<String, Object> node = ok(OfficialSdk.run(env, "updateAndReturn"));
            assertThat(node.get("first")).isEqualTo(Map.of("updated", 1, "doc", Map.of("_id", "a", "title", "first",
                    "n", 11, "owner", "o_alice", "seen", true)));
            assertThat(node.get("again")).isEqualTo(Map.of("updated", 1, "doc", Map.of("_id", "a", "title", "first",
                    "n", 12, "owner", "o_alice", "seen", true)));
            assertThat(node.get("leavesQuery")).isEqualTo(Map.of("updated", 1, "doc", Map.of("_id", "b",
                    "title", "second", "n", 2, "owner", "o_carol")));
            Map<String, Object> none = new LinkedHashMap<>();
            none.put("updated", 0);
            none.put("doc", null);
            assertThat(node.get("none")).isEqualTo(none);
            CloudException javaError = catchThrowableOfType(CloudException.class, () -> env.database().collection("todos")
                    .where(Map.of("owner", "o_carol")).update(Map.of("title", Command.push("x"))));
            assertThat(node.get("badUpdate")).isEqualTo(Map.of("code", "DATABASE_REQUEST_FAILED",
                    "message", javaError.errMsg().substring(javaError.errMsg().indexOf(". ") + 2)));
            assertThat(node.get("inTransaction")).isEqualTo(Map.of("code", "INVALID_PARAM",
                    "message", "a transaction reads and writes single documents: use doc(id)"));
            assertThat(env.database().collection("todos").doc("e").get().data()).containsEntry("n", 3)
                    .doesNotContainKey("seen");
        }
    }

    @Test
    void copy_file_copies_each_file_on_its_own_and_moves_with_remove_original() {
        try (CloudEnvironment env = environment()) {
            Map<String, Object> node = ok(OfficialSdk.run(env, "copyFile"));
            Storage storage = env.storage();
            assertThat(node.get("copied")).isEqualTo(List.of(
                    Map.of("fileId", storage.fileIdOf("b/pic.txt")),
                    Map.of("fileId", storage.fileIdOf("d/pic.txt"), "code", "STORAGE_FILE_NONEXIST",
                            "message", "storage file not exists"),
                    Map.of("fileId", storage.fileIdOf("c/pic.txt"), "code", "STORAGE_REQUEST_FAIL",
                            "message", "the destination " + storage.fileIdOf("c/pic.txt")
                                    + " exists and overwrite is false"),
                    Map.of("fileId", "cloud://other-env.bucket/x/pic.txt", "code", "STORAGE_EXCEED_AUTHORITY",
                            "message", "storage permission denied")));
            assertThat(node.get("moved")).isEqualTo(List.of(Map.of("fileId", storage.fileIdOf("e/pic.txt"))));
            StorageSnapshot files = storage.snapshot();
            assertThat(files.cloudPaths()).containsExactly("a/pic.txt", "c/pic.txt", "e/pic.txt");
            assertThat(files.content("e/pic.txt")).hasValue("picture".getBytes(StandardCharsets.UTF_8));
            assertThat(files.content("c/pic.txt")).hasValue("kept".getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void cloud_pay_is_refused_with_the_services_error_shape() {
        try (CloudEnvironment env = environment()) {
            assertThat(ok(OfficialSdk.run(env, "cloudPay")).get("order")).isEqualTo(Map.of("errCode", -501007,
                    "errMsg", "cloudPay.unifiedOrder:fail -501007 invalid parameters. action wx.wxPayApi is not served"
                            + " by MiniCloud's admin endpoint"));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> ok(Map<String, Object> outcome) {
        assertThat(outcome).containsKey("ok");
        return (Map<String, Object>) outcome.get("ok");
    }
}
