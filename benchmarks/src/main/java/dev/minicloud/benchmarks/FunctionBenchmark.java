package dev.minicloud.benchmarks;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.database.CollectionReference;
import dev.minicloud.emulator.database.command.Command;
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

/** Warm calls of cloud functions: the per-call cost a test pays once its function is loaded. */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Xss4m"})
@State(Scope.Benchmark)
public class FunctionBenchmark {
    private CloudEnvironment env;
    private int n;

    @Setup(Level.Trial)
    public void start() {
        Path functions = SampleFunctions.write();
        env = CloudEmulator.newEnvironment(configure(EmulatorConfiguration.builder().addFunctionRoot(functions)
                .addCollection("todos")).build());
        env.database().collection("todos").add(Map.of("_id", "t1", "title", "benchmark", "views", 0));
        SampleFunctions.check(env.functions().call("trivial", Map.of("n", 0)));
        SampleFunctions.check(env.functions().call("twoOps", Map.of("id", "t1")));
    }

    /** What a subclass adds to the environment's configuration: here, nothing. */
    protected EmulatorConfiguration.Builder configure(EmulatorConfiguration.Builder builder) {
        return builder;
    }

    @TearDown(Level.Trial)
    public void stop() {
        env.close();
    }

    @Benchmark
    public Object warmTrivialCall() {
        return env.functions().call("trivial", Map.of("n", n++)).result();
    }

    @Benchmark
    public Object warmCallWithTwoDatabaseOperations() {
        return env.functions().call("twoOps", Map.of("id", "t1")).result();
    }

    /** The engine's floor under {@link #warmTrivialCall}: see {@link RhinoFloor}. */
    @State(Scope.Thread)
    public static class Floor {
        final RhinoFloor closureSteps = new RhinoFloor(false);
        final RhinoFloor miniCloudSteps = new RhinoFloor(true);
        int n;
    }

    /** Closure's own runtime steps the async handler. */
    @Benchmark
    public String floorBareRhinoAsyncHandler(Floor floor) {
        return floor.closureSteps.callAsync("{\"n\":" + floor.n++ + "}");
    }

    /** MiniCloud's stepping of async functions, nothing else of MiniCloud. */
    @Benchmark
    public String floorBareRhinoAsyncHandlerMiniCloudSteps(Floor floor) {
        return floor.miniCloudSteps.callAsync("{\"n\":" + floor.n++ + "}");
    }

    @Benchmark
    public String floorBareRhinoPlainHandler(Floor floor) {
        return floor.closureSteps.callPlain("{\"n\":" + floor.n++ + "}");
    }

    /** The database part of {@link #warmCallWithTwoDatabaseOperations}: the same two operations from Java. */
    @Benchmark
    public Object floorJavaApiTwoDatabaseOperations() {
        CollectionReference todos = env.database().collection("todos");
        Object title = todos.doc("t1").get().data().get("title");
        return todos.doc("t1").update(Map.of("views", Command.inc(1))).stats().updated() + title.hashCode();
    }
}
