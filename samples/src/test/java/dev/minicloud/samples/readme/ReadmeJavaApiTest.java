package dev.minicloud.samples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.database.Database;
import dev.minicloud.emulator.database.DatabaseSnapshot;
import dev.minicloud.emulator.database.command.Command;
import dev.minicloud.emulator.database.result.GetResult;
import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.functions.call.WxContext;
import dev.minicloud.emulator.storage.result.UploadResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Java blocks of README.md, run as written (ReadmeTest checks they stay the same), with checks after them. */
class ReadmeJavaApiTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static int status(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void quick_start_database() {
        GetResult seen;
        try (CloudEnvironment env = CloudEmulator.newEnvironment(
                EmulatorConfiguration.builder().addCollection("todos").build())) {
            Database db = env.database();
            db.collection("todos").add(Map.of("title", "write tests", "progress", 20, "due", db.serverDate()));

            GetResult r = db.collection("todos")
                    .where(Map.of("progress", Command.gt(10)))
                    .orderBy("due", "desc")
                    .limit(10)
                    .get();
            // r.data()   -> [{_id=..., title=write tests, progress=20, due=<now, as an Instant>}]
            // r.errMsg() -> "collection.get:ok"
            seen = r;
        }
        assertThat(seen.errMsg()).isEqualTo("collection.get:ok");
        assertThat(seen.data()).singleElement().satisfies(d -> assertThat(d).containsEntry("title", "write tests")
                .containsEntry("progress", 20).containsKeys("_id", "due"));
    }

    @Test
    void quick_start_functions_storage_and_clock() throws IOException, InterruptedException {
        String tempUrl;
        FunctionResult listed;
        EmulatorConfiguration config = EmulatorConfiguration.builder()
                .addFunctionRoot(Path.of("cloudfunctions"))   // <root>/<name>/index.js, package.json, node_modules ...
                .addDatabaseSeed(DatabaseSnapshot.fromFolder(Path.of("seed/database")))
                .setStartTime(Instant.parse("2024-03-17T02:20:30Z"))
                .build();
        try (CloudEnvironment env = CloudEmulator.newEnvironment(config)) {
            FunctionResult r = env.functions().call("todos", Map.of("action", "list"), WxContext.ofOpenId("o_alice"));
            // r.succeeded(), r.result() -> {ok=true, total=3, ...}, r.errMsg() -> "cloud.callFunction:ok", r.logs()
            UploadResult up = env.storage().uploadFile("avatars/a.png", new byte[] {1, 2, 3});
            String url = env.storage().getTempFileURL(up.fileID()).fileList().get(0).tempFileURL(); // http://127.0.0.1:...
            assertThat(status(url)).isEqualTo(200);
            env.clock().advance(Duration.ofMinutes(11));   // the URL now answers 403
            assertThat(status(url)).isEqualTo(403);
            listed = r;
            tempUrl = url;
        }
        assertThat(listed.errMsg()).isEqualTo("cloud.callFunction:ok");
        assertThat(listed.result()).isEqualTo(listed.resultOrThrow()).extracting("ok", "total").containsExactly(true, 3);
        assertThat(tempUrl).startsWith("http://127.0.0.1:");
    }

    @Test
    void configuration() {
        EmulatorConfiguration config = EmulatorConfiguration.builder()
                .setEnvId("minishop-1a2b")                          // getWXContext().ENV, fileIDs
                .setAppId("wx5a1b2c3d4e5f6a7b")                     // APPID of client calls
                .setDefaultCaller(WxContext.ofOpenId("o_alice"))    // who functions().call(name, event) calls as
                .setStartTime(Instant.parse("2024-03-17T02:20:30Z")) // a frozen clock; setClock(...) to share one
                .setFunctionTimeout(Duration.ofSeconds(10))          // config.json#timeout still wins per function
                .putFunctionEnvironment("TZ", "Asia/Shanghai")      // process.env for every function
                .setFunctionMemoryBudget(256L << 20)                 // bytes one invocation may allocate
                .setQueryLimits(100, 1000)                           // get() without limit(), and the cap on limit()
                .setMaxUploadBytes(10L << 20)
                .setTransactionLockTimeout(Duration.ofSeconds(2))
                .addCollections("todos", "orders")                   // collections that exist from the start
                .setAutoCreateCollections(false)                     // as the service: writing to a missing one fails
                .build();
        try (CloudEnvironment env = CloudEmulator.newEnvironment(config)) {
            assertThat(env.envId()).isEqualTo("minishop-1a2b");
            assertThat(env.functions().caller()).contains(WxContext.ofOpenId("o_alice"));
            assertThat(env.clock().instant()).isEqualTo(Instant.parse("2024-03-17T02:20:30Z"));
            assertThat(env.database().snapshot().collections()).containsExactly("todos", "orders");
        }
    }
}
