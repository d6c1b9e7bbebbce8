package dev.minicloud.benchmarks;

import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.functions.call.FunctionRuntime;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link FunctionBenchmark}'s warm calls under each runtime: in Rhino, and in a warm Node process with the official
 * wx-server-sdk (its database calls go to the environment's admin endpoint over HTTP). Needs {@code node} and the SDK
 * installed by {@code bash .ci/node-sdk} (found through {@code NODE_PATH}, see {@link SampleFunctions#officialSdk()}).
 * {@link NodeInProcessBenchmark} is the baseline: Node calling the same handlers in its own process.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Xss4m"})
@State(Scope.Benchmark)
public class NodeRuntimeBenchmark extends FunctionBenchmark {
    @Param({"RHINO", "NODE"})
    public FunctionRuntime runtime;

    @Override
    protected EmulatorConfiguration.Builder configure(EmulatorConfiguration.Builder builder) {
        return builder.setFunctionRuntime(runtime)
                .putFunctionEnvironment("NODE_PATH", SampleFunctions.officialSdk().toString());
    }
}
