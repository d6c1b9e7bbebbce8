package dev.minicloud.benchmarks;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The baseline of {@link NodeRuntimeBenchmark}: one Node process calls the same handlers directly, {@value #BATCH}
 * calls per request, so that the one pipe round trip per request is spread over the batch and the time per operation
 * is the handler's own (for {@code twoOps}, with the official SDK's two HTTP requests to the admin endpoint).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@State(Scope.Benchmark)
public class NodeInProcessBenchmark {
    static final int BATCH = 200;
    private static final String DRIVER = String.join("\n",
            "const trivial = require(process.argv[2] + '/trivial').main;",
            "const twoOps = require(process.argv[2] + '/twoOps').main;",
            "let buffered = '';",
            "process.stdin.setEncoding('utf8');",
            "process.stdin.on('data', async (chunk) => {",
            "  buffered += chunk;",
            "  while (buffered.includes('\\n')) {",
            "    const line = buffered.slice(0, buffered.indexOf('\\n'));",
            "    buffered = buffered.slice(buffered.indexOf('\\n') + 1);",
            "    const [which, count] = line.split(' ');",
            "    for (let i = 0; i < Number(count); i++) {",
            "      if (which === 'trivial') { await trivial({ n: i }, {}); } else { await twoOps({ id: 't1' }, {}); }",
            "    }",
            "    process.stdout.write('done\\n');",
            "  }",
            "});",
            "process.stdin.on('end', () => process.exit(0));", "");

    private CloudEnvironment env;
    private Process node;
    private OutputStream toNode;
    private BufferedReader fromNode;

    @Setup(Level.Trial)
    public void start() throws IOException {
        Path functions = SampleFunctions.write();
        env = CloudEmulator.newEnvironment(EmulatorConfiguration.builder().addCollection("todos").build());
        env.database().collection("todos").add(Map.of("_id", "t1", "title", "benchmark", "views", 0));
        Path driver = Files.writeString(functions.resolve("driver.js"), DRIVER);
        ProcessBuilder pb = new ProcessBuilder("node", driver.toString(), functions.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("NODE_PATH", SampleFunctions.officialSdk().toString());
        pb.environment().putAll(env.adminEndpointVariables());
        node = pb.start();
        toNode = node.getOutputStream();
        fromNode = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
        batch("twoOps", 1);
    }

    @TearDown(Level.Trial)
    public void stop() {
        node.destroyForcibly();
        env.close();
    }

    private String batch(String function, int count) {
        try {
            toNode.write((function + " " + count + "\n").getBytes(StandardCharsets.UTF_8));
            toNode.flush();
            String line = fromNode.readLine();
            if (!"done".equals(line)) {
                throw new IllegalStateException("node driver answered " + line);
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public Object trivialInProcess() {
        return batch("trivial", BATCH);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public Object twoOpsInProcess() {
        return batch("twoOps", BATCH);
    }
}
