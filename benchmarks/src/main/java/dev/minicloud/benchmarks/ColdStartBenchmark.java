package dev.minicloud.benchmarks;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.functions.call.FunctionResult;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A cold JVM to the first function result: every fork is a fresh JVM that creates an environment and calls a
 * database-using function once. The transpile cache on disk is warm (a warm-up fork fills it), as on a developer's
 * second run or a CI run with a cached folder.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 10, warmups = 1, jvmArgsAppend = {"-Xss4m"})
@State(Scope.Benchmark)
public class ColdStartBenchmark {
    private static final Path FUNCTIONS = Path.of(System.getProperty("java.io.tmpdir"), "minicloud-cold-start");

    private EmulatorConfiguration config;

    @Setup
    public void prepare() throws java.io.IOException {
        Path written = SampleFunctions.write();
        java.nio.file.Files.createDirectories(FUNCTIONS.resolve("twoOps"));
        java.nio.file.Files.copy(written.resolve("twoOps/index.js"), FUNCTIONS.resolve("twoOps/index.js"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        config = EmulatorConfiguration.builder().addFunctionRoot(FUNCTIONS).addCollection("todos").build();
    }

    @Benchmark
    public Object coldJvmToFirstResult() {
        try (CloudEnvironment env = CloudEmulator.newEnvironment(config)) {
            env.database().collection("todos").add(Map.of("_id", "t1", "title", "cold", "views", 0));
            FunctionResult r = env.functions().call("twoOps", Map.of("id", "t1"));
            if (!r.succeeded()) {
                throw new IllegalStateException(r.errMsg());
            }
            return r.result();
        }
    }
}
