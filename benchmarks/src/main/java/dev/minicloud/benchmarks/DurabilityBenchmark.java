package dev.minicloud.benchmarks;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.database.CollectionReference;
import dev.minicloud.emulator.storage.Storage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
 * What durable writes cost: one document added, and one 4 KiB file uploaded, by an environment in memory, with a
 * data directory (the default: the database commits in the background, files at flush), and with a data directory
 * and {@code setDurableWrites(true)} (a commit and a disk sync per write, each file forced and moved into place).
 * The data directory is a temporary folder on the build machine's disk.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@State(Scope.Benchmark)
public class DurabilityBenchmark {
    private static final int FILES = 100;

    @Param({"memory", "data-directory", "durable"})
    public String mode;

    private Path dir;
    private CloudEnvironment env;
    private CollectionReference todos;
    private Storage storage;
    private final byte[] content = new byte[4096];
    private int counter;

    @Setup(Level.Trial)
    public void start() throws IOException {
        new Random(42).nextBytes(content);
        EmulatorConfiguration.Builder config = EmulatorConfiguration.builder().addCollection("todos");
        if (!mode.equals("memory")) {
            dir = Files.createTempDirectory("minicloud-durability");
            config.setDataDirectory(dir).setDurableWrites(mode.equals("durable"));
        }
        env = CloudEmulator.newEnvironment(config.build());
        todos = env.database().collection("todos");
        storage = env.storage();
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        env.close();
        if (dir != null) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(DurabilityBenchmark::delete);
            }
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public Object addDocument() {
        return todos.add(Map.of("title", "task", "n", counter++)).id();
    }

    @Benchmark
    public Object uploadFile() {
        return storage.uploadFile("files/f" + (counter++ % FILES) + ".bin", content).fileID();
    }
}
