package dev.minicloud.benchmarks;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.database.CollectionReference;
import dev.minicloud.emulator.database.command.Command;
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
 * What writes pay for MiniCloud's automatic path indexes: the same writes into a collection with no index (path
 * indexes off) and with six, built by one query on each path before measuring: {@code city} (100 values),
 * {@code age} (60 values, the field the update changes), {@code score}, {@code style.color}, {@code style.size} (two
 * values, half the collection each) and {@code tags} (an array of three).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-XX:+UseParallelGC"})
@State(Scope.Benchmark)
public class IndexMaintenanceBenchmark {
    static final List<Map<String, Object>> INDEXED_PATHS = List.of(Map.of("city", "city-1"), Map.of("age", 30),
            Map.of("score", 50.0), Map.of("style.color", "color-1"), Map.of("style.size", "L"), Map.of("tags", "t1"));

    @Param({"10000", "100000"})
    public int size;

    /** {@code none}: path indexes off; {@code six}: the six indexes above. */
    @Param({"none", "six"})
    public String indexes;

    private CloudEnvironment env;
    private CollectionReference people;
    private final Random random = new Random(7);
    private int counter;

    @Setup
    public void load() {
        boolean indexed = indexes.equals("six");
        env = CloudEmulator.newEnvironment(EmulatorConfiguration.builder().addCollections("people")
                .setPathIndexes(indexed).build());
        people = env.database().collection("people");
        Dataset.load(people, size);
        for (Map<String, Object> query : INDEXED_PATHS) {
            people.where(query).limit(1).get();
        }
    }

    @TearDown
    public void close() {
        env.close();
    }

    /** {@code doc(id).update({age: _.inc(1)})}: the document moves from one {@code age} key to the next. */
    @Benchmark
    public Object updateByIdWithInc() {
        return people.doc("doc-" + random.nextInt(size)).update(Map.of("age", Command.inc(1)));
    }

    /** An update of a field no index covers: every index keeps the document where it is. */
    @Benchmark
    public Object updateUnindexedField() {
        return people.doc("doc-" + random.nextInt(size)).update(Map.of("note", "note " + counter++));
    }

    /** One new document added and then removed by id, so the collection keeps its size. */
    @Benchmark
    public Object insertThenRemove() {
        Object id = people.add(Dataset.fresh(counter++, random)).id();
        return people.doc(id).remove();
    }
}
