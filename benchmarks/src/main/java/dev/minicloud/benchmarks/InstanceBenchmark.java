package dev.minicloud.benchmarks;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
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
 * What a function instance costs to create now that each has a realm of its own: a fresh environment with no call
 * (the baseline), a fresh environment and the first call of a trivial function (environment + instance + call), and a
 * warm call of an existing instance. The module is transpiled before measuring, so no row includes Closure.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Xss4m"})
@State(Scope.Benchmark)
public class InstanceBenchmark {
    private EmulatorConfiguration configuration;
    private CloudEnvironment warm;
    private int n;

    @Setup(Level.Trial)
    public void start() {
        configuration = EmulatorConfiguration.builder().addFunctionRoot(SampleFunctions.write()).build();
        warm = CloudEmulator.newEnvironment(configuration);
        SampleFunctions.check(warm.functions().call("trivial", Map.of("n", 0)));
    }

    @TearDown(Level.Trial)
    public void stop() {
        warm.close();
    }

    @Benchmark
    public Object freshEnvironmentWithoutCall() {
        try (CloudEnvironment env = CloudEmulator.newEnvironment(configuration)) {
            return env.envId();
        }
    }

    @Benchmark
    public Object freshEnvironmentFirstTrivialCall() {
        try (CloudEnvironment env = CloudEmulator.newEnvironment(configuration)) {
            return SampleFunctions.check(env.functions().call("trivial", Map.of("n", n++))).result();
        }
    }

    @Benchmark
    public Object warmTrivialCallSameInstance() {
        return warm.functions().call("trivial", Map.of("n", n++)).result();
    }
}
