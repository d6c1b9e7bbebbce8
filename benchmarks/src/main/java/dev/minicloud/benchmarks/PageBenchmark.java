package dev.minicloud.benchmarks;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.base.Permission;
import dev.minicloud.emulator.functions.call.WxContext;
import dev.minicloud.emulator.miniprogram.MiniProgram;
import dev.minicloud.emulator.miniprogram.PageInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A warm mini-program page: opening it runs {@code onLoad}, which makes one client query through
 * {@code wx.cloud.database()} (under a PRIVATE permission) and sets its result; then it is unloaded. The bar is
 * under 1 ms.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Xss4m"})
@State(Scope.Benchmark)
public class PageBenchmark {
    private static final String PAGE = """
            const db = wx.cloud.database();
            Page({
              data: { todos: [] },
              onLoad(query) {
                return db.collection('todos').where({ done: false }).limit(10).get()
                  .then((r) => this.setData({ todos: r.data, filter: query.filter }));
              },
            });
            """;

    private CloudEnvironment env;
    private MiniProgram mp;

    @Setup(Level.Trial)
    public void start() {
        env = CloudEmulator.newEnvironment(EmulatorConfiguration.builder().addCollection("todos")
                .setCollectionPermission("todos", Permission.PRIVATE).build());
        WxContext alice = WxContext.ofOpenId("o_alice");
        for (int i = 0; i < 10; i++) {
            env.client(alice).database().collection("todos").add(Map.of("title", "todo " + i, "done", i % 2 == 0));
        }
        mp = env.miniProgram(write(), alice);
        if (!(mp.open("pages/todos/todos", Map.of("filter", "open")).data("todos") instanceof java.util.List<?> l)
                || l.size() != 5) {
            throw new IllegalStateException("the page did not load its five open todos");
        }
    }

    private static Path write() {
        try {
            Path root = Files.createTempDirectory("minicloud-page-benchmark");
            Files.createDirectories(root.resolve("pages/todos"));
            Files.writeString(root.resolve("app.js"), "wx.cloud.init(); App({});\n");
            Files.writeString(root.resolve("pages/todos/todos.js"), PAGE);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        env.close();
    }

    /** Unloaded again, so the page stack stays as it was and every operation does the same work. */
    @Benchmark
    public Object openPageWithOneClientQuery() {
        PageInstance page = mp.open("pages/todos/todos", Map.of("filter", "open"));
        page.unload();
        return page;
    }
}
