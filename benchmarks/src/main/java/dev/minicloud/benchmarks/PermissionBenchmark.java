package dev.minicloud.benchmarks;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.base.Permission;
import dev.minicloud.emulator.database.Query;
import dev.minicloud.emulator.functions.call.WxContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the client side's permission check adds to a {@code get()}: the same query over the same 10,000 documents
 * (100 owners, 100 documents each) as an admin and as the mini-program user {@code o_7} under each kind of
 * permission. Every row returns the same 20 documents, {@code o_7}'s first 20 in natural order.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
@State(Scope.Benchmark)
public class PermissionBenchmark {
    static final String OWNER = "o_7";
    private static final int OWNERS = 100;

    /** {@code indexed}: the automatic path index on {@code _openid} narrows the query; {@code scan}: indexes off. */
    @Param({"indexed", "scan"})
    public String store;

    private CloudEnvironment env;
    private Query admin;
    private Query readonly;
    private Query privateMode;
    private Query customRule;

    @Setup
    public void load() {
        env = CloudEmulator.newEnvironment(EmulatorConfiguration.builder()
                .addCollections("readonly", "private", "custom")
                .setCollectionPermission("readonly", Permission.READONLY)
                .setCollectionPermission("private", Permission.PRIVATE)
                .setSecurityRules("custom", "{\"read\": \"doc._openid == auth.openid\", \"write\": false}")
                .setPathIndexes(store.equals("indexed"))
                .build());
        List<Map<String, Object>> docs = Dataset.documents();
        for (int i = 0; i < docs.size(); i++) {
            docs.get(i).put("_openid", "o_" + (i % OWNERS));
        }
        for (String name : List.of("readonly", "private", "custom")) {
            env.database().collection(name).add(docs);
        }
        var client = env.client(WxContext.ofOpenId(OWNER)).database();
        admin = env.database().collection("readonly").where(Map.of("_openid", OWNER)).limit(20);
        readonly = client.collection("readonly").where(Map.of("_openid", "{openid}"));
        privateMode = client.collection("private").where(Map.of("_openid", "{openid}"));
        customRule = client.collection("custom").where(Map.of("_openid", "{openid}"));
        for (Query q : List.of(admin, readonly, privateMode, customRule)) {
            if (q.get().data().size() != 20) {
                throw new IllegalStateException("expected 20 documents from " + q);
            }
        }
    }

    @TearDown
    public void close() {
        env.close();
    }

    /** {@code env.database()}: {@code where({_openid: 'o_7'}).limit(20).get()}, no permission check. */
    @Benchmark
    public Object adminGet() {
        return admin.get().data();
    }

    /**
     * {@code client.database()} under {@code READONLY}: {@code where({_openid: '{openid}'}).get()} (the client's
     * page is 20): the placeholder substituted, the mode allows the read unchanged.
     */
    @Benchmark
    public Object clientGetReadonly() {
        return readonly.get().data();
    }

    /** The same under {@code PRIVATE}: the read is narrowed to the caller's own documents. */
    @Benchmark
    public Object clientGetPrivate() {
        return privateMode.get().data();
    }

    /** The same under the custom rule {@code doc._openid == auth.openid}, judged by subset semantics. */
    @Benchmark
    public Object clientGetCustomRule() {
        return customRule.get().data();
    }
}
