package dev.minicloud.emulator.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.database.CollectionReference;
import dev.minicloud.emulator.database.Database;
import dev.minicloud.emulator.database.DatabaseSnapshot;
import dev.minicloud.emulator.database.Transaction;
import dev.minicloud.emulator.database.command.Command;
import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.internal.sdk.WireResults;
import dev.minicloud.emulator.json.Json;
import dev.minicloud.emulator.storage.Storage;
import dev.minicloud.emulator.storage.result.GetTempFileURLResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The unmodified official {@code wx-server-sdk}, in real Node, against an environment's admin endpoint: every call
 * answers as the same call through the Java API does on an identical environment, and leaves the same data.
 */
class OfficialSdkTest {
    private static final Path FUNCTIONS = Path.of("src/test/resources/dev/minicloud/emulator/admin/fns");

    @BeforeAll
    static void requireNode() {
        OfficialSdk.assumeInstalled();
    }

    private static EmulatorConfiguration configuration() {
        return EmulatorConfiguration.builder()
                .setStartTime(Instant.parse("2024-05-01T00:00:00Z"))
                .addFunctionRoot(FUNCTIONS)
                .addDatabaseSeed(DatabaseSnapshot.builder().addDocuments("todos", List.of(
                        Map.of("_id", "a", "title", "first", "n", 1, "owner", "o_alice", "tags", List.of("p")),
                        Map.of("_id", "b", "title", "second", "n", 2, "owner", "o_bob"),
                        Map.of("_id", "e", "title", "third", "n", 3, "owner", "o_alice",
                                "at", Instant.parse("2024-01-02T03:04:05.678Z"))))
                        .build())
                .build();
    }

    @Test
    void database_calls_answer_and_write_as_through_the_java_api() {
        Map<String, Object> node = ok(run("crud"));
        try (CloudEnvironment env = CloudEmulator.newEnvironment(configuration())) {
            Database db = env.database();
            CollectionReference todos = db.collection("todos");
            Map<String, Object> java = new LinkedHashMap<>();
            java.put("query", sdk(() -> todos.where(Map.of("n", Command.gt(1))).orderBy("n", "desc").get()));
            java.put("page", sdk(() -> todos.orderBy("n", "asc").skip(1).limit(2).field(Map.of("title", true))
                    .get()));
            java.put("doc", sdk(() -> todos.doc("a").get()));
            java.put("add", sdk(() -> todos.add(Map.of("_id", "c", "title", "new", "n", 5,
                    "at", Instant.ofEpochMilli(86400000), "nested", Map.of("k", List.of(1, 2.5))))));
            java.put("update", sdk(() -> todos.doc("a").update(Map.of("n", Command.inc(2),
                    "tags", Command.push("q"), "meta.seen", true))));
            java.put("set", sdk(() -> todos.doc("b").set(Map.of("title", "replaced", "n", 0))));
            java.put("setNew", sdk(() -> todos.doc("d").set(Map.of("title", "created", "n", 7))));
            java.put("updateWhere", sdk(() -> todos.where(Map.of("n", Command.gte(3)))
                    .update(Map.of("done", true, "tags", Command.addToSet("z")))));
            java.put("count", sdk(() -> todos.where(Map.of("title", db.regExp("^rep", "i"))).count()));
            java.put("countOr", sdk(() -> todos.where(Command.or(Map.of("n", Command.lt(1)), Map.of("done", true)))
                    .count()));
            java.put("remove", sdk(() -> todos.doc("c").remove()));
            java.put("removeWhere", sdk(() -> todos.where(Map.of("n", Command.in(List.of(0, 100)))).remove()));
            java.put("missing", sdk(() -> todos.doc("zz").get()));
            java.put("noCollection", sdk(() -> db.collection("nope").get()));
            java.put("after", sdk(() -> todos.orderBy("_id", "asc").get()));
            assertSameAnswers(node, java);
        }
    }

    @Test
    void aggregation_answers_as_through_the_java_api() {
        Map<String, Object> node = ok(run("aggregate"));
        try (CloudEnvironment env = CloudEmulator.newEnvironment(configuration())) {
            CollectionReference todos = env.database().collection("todos");
            Map<String, Object> java = new LinkedHashMap<>();
            java.put("groups", sdk(() -> todos.aggregate().match(Map.of("n", Command.gte(1)))
                    .group(Map.of("_id", "$owner", "total", Map.of("$sum", "$n"), "titles", Map.of("$push", "$title")))
                    .sort(Map.of("_id", 1)).end()));
            java.put("counted", sdk(() -> todos.aggregate().count("c").end()));
            assertSameAnswers(node, java);
        }
    }

    @Test
    void transactions_commit_and_roll_back_as_through_the_java_api() {
        Map<String, Object> node = ok(run("transaction"));
        try (CloudEnvironment env = CloudEmulator.newEnvironment(configuration())) {
            Database db = env.database();
            Map<String, Object> java = new LinkedHashMap<>();
            java.put("committed", db.runTransaction(t -> {
                Map<String, Object> a = t.collection("todos").doc("a").get().data();
                t.collection("todos").doc("a").update(Map.of("n", ((Number) a.get("n")).intValue() + 10));
                t.collection("todos").doc("b").remove();
                return a.get("title");
            }));
            Transaction t = db.startTransaction();
            t.collection("todos").doc("a").update(Map.of("title", "rolled back"));
            t.rollback();
            java.put("after", sdk(() -> db.collection("todos").orderBy("_id", "asc").get()));
            assertSameAnswers(node, java);
        }
    }

    @Test
    void storage_calls_answer_as_through_the_java_api() {
        Map<String, Object> node = ok(run("storage"));
        try (CloudEnvironment env = CloudEmulator.newEnvironment(configuration())) {
            Storage storage = env.storage();
            Map<String, Object> java = new LinkedHashMap<>();
            java.put("upload", sdk(() -> storage.uploadFile("docs/hello.txt",
                    "hello, 世界".getBytes(StandardCharsets.UTF_8))));
            String fileID = storage.fileIdOf("docs/hello.txt");
            GetTempFileURLResult urls = storage.getTempFileURL(fileID, fileID.replace("hello", "absent"));
            java.put("urls", urls.fileList().stream().map(f -> Map.of("fileID", f.fileID(), "status", f.status(),
                    "errMsg", f.errMsg(), "hasUrl", f.tempFileURL().startsWith("http://127.0.0.1:"))).toList());
            java.put("download", Map.of("text", new String(storage.downloadFile(fileID).fileContent(),
                    StandardCharsets.UTF_8), "errMsg", "downloadFile:ok"));
            java.put("remove", sdk(() -> storage.deleteFile(List.of(fileID, fileID))));
            assertSameAnswers(node, java);
        }
    }

    @Test
    void call_function_reaches_the_environments_functions() {
        Map<String, Object> node = ok(run("callFunction"));
        try (CloudEnvironment env = CloudEmulator.newEnvironment(configuration())) {
            FunctionResult echoed = env.functions().call("echo", Map.of("say", "hi", "n", 1));
            FunctionResult failed = env.functions().call("fails", Map.of());
            assertThat(node.get("ok")).isEqualTo(Map.of("result", echoed.result(), "errMsg", "callFunction:ok"));
            // wx-server-sdk reports every callFunction failure with errCode -1.
            assertThat(node.get("failed")).isEqualTo(Map.of("errCode", -1, "errMsg", failed.errMsg()));
        }
    }

    private static Map<String, Object> run(String scenario) {
        try (CloudEnvironment env = CloudEmulator.newEnvironment(configuration())) {
            return OfficialSdk.run(env, scenario);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> ok(Map<String, Object> outcome) {
        assertThat(outcome).containsKey("ok");
        return (Map<String, Object>) outcome.get("ok");
    }

    private static void assertSameAnswers(Map<String, Object> node, Map<String, Object> java) {
        Object expected = Json.parse(Json.stringify(java));
        assertThat(node.keySet()).isEqualTo(java.keySet());
        for (String step : java.keySet()) {
            assertThat(node.get(step)).as(step).isEqualTo(((Map<?, ?>) expected).get(step));
        }
    }

    /** A Java API result as the SDK's result object, or its error as {@code {errCode, errMsg}}. */
    private static Object sdk(Supplier<Object> call) {
        try {
            return WireResults.encode(call.get());
        } catch (CloudException e) {
            return Map.of("errCode", e.errCode(), "errMsg", e.errMsg());
        }
    }
}
