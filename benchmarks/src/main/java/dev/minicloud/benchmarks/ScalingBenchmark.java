package dev.minicloud.benchmarks;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.database.CollectionReference;
import dev.minicloud.emulator.database.command.Command;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
 * How query cost grows with the collection: the same equality, count and match + group + sort over 1,000 to
 * 1,000,000 documents of the database benchmark's shape, on MiniCloud with its automatic path indexes, MiniCloud
 * scanning ({@code minicloud-scan}) and the plain-Java floor ({@code floor}: the same documents in an
 * {@code ArrayList} of {@code HashMap}s, scanned and grouped by hand, and a {@code HashMap} by id). Each JMH loop
 * runs one size at a time, so a collection that fits the CPU caches stays in them: what a test suite that queries one
 * collection over and over sees.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-XX:+UseParallelGC"})
@State(Scope.Benchmark)
public class ScalingBenchmark {
    @Param({"minicloud", "minicloud-scan", "floor"})
    public String store;

    @Param({"1000", "10000", "100000"})
    public int size;

    private CloudEnvironment env;
    private CollectionReference people;
    private List<Map<String, Object>> floor;
    private Map<Object, Map<String, Object>> floorById;
    private final Random random = new Random(7);

    @Setup
    public void load() {
        if (store.equals("floor")) {
            floor = new ArrayList<>(size);
            floorById = new HashMap<>();
            Random data = new Random(42);
            for (int i = 0; i < size; i++) {
                Map<String, Object> doc = new HashMap<>(Dataset.document(i, data));
                floor.add(doc);
                floorById.put(doc.get("_id"), doc);
            }
            return;
        }
        env = CloudEmulator.newEnvironment(EmulatorConfiguration.builder().addCollections("people")
                .setPathIndexes(store.equals("minicloud")).build());
        people = env.database().collection("people");
        Dataset.load(people, size);
    }

    @TearDown
    public void close() {
        if (env != null) {
            env.close();
        }
    }

    /** Equality on a flat field with a hit in every 100th document (100 hits at 10k, 1,000 at 100k, capped). */
    @Benchmark
    public Object equality() {
        String city = "city-" + random.nextInt(100);
        if (floor != null) {
            List<Map<String, Object>> out = new ArrayList<>();
            for (Map<String, Object> d : floor) {
                if (city.equals(d.get("city")) && out.size() < 1000) {
                    out.add(d);
                }
            }
            return out;
        }
        return people.where(Map.of("city", city)).limit(1000).get().data();
    }

    @Benchmark
    public long count() {
        int age = 18 + random.nextInt(60);
        if (floor != null) {
            long n = 0;
            for (Map<String, Object> d : floor) {
                if (((Integer) d.get("age")) >= age) {
                    n++;
                }
            }
            return n;
        }
        return people.where(Map.of("age", Command.gte(age))).count().total();
    }

    @Benchmark
    public Object aggregate() {
        int age = 18 + random.nextInt(60);
        if (floor != null) {
            Map<Object, double[]> groups = new HashMap<>();
            for (Map<String, Object> d : floor) {
                if (((Integer) d.get("age")) >= age) {
                    double[] g = groups.computeIfAbsent(d.get("city"), k -> new double[2]);
                    g[0]++;
                    g[1] += ((Number) d.get("score")).doubleValue();
                }
            }
            List<Map.Entry<Object, double[]>> sorted = new ArrayList<>(groups.entrySet());
            sorted.sort((a, b) -> a.getValue()[0] != b.getValue()[0]
                    ? Double.compare(b.getValue()[0], a.getValue()[0])
                    : ((String) a.getKey()).compareTo((String) b.getKey()));
            return sorted;
        }
        return Dataset.matchGroupSort(people, age);
    }

    @Benchmark
    public Object getById() {
        String id = "doc-" + random.nextInt(size);
        if (floor != null) {
            return floorById.get(id);
        }
        return people.doc(id).get().data();
    }
}
