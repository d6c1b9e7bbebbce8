package dev.minicloud.benchmarks;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import dev.minicloud.emulator.database.CollectionReference;
import dev.minicloud.emulator.database.command.Command;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Query cost against collection size measured in turn: one collection per size, all loaded in one JVM (with
 * {@code -Xmx4g}, which is also the check that a million documents load and query in a 4 GB heap), then rounds in
 * which every operation runs once on every size, so no size keeps the CPU caches to itself between its runs. Prints
 * the heap after loading, the median per size and operation, and each median divided by the first size's.
 *
 * <p>Usage: {@code java -Xmx4g -cp benchmarks/target/benchmarks.jar dev.minicloud.benchmarks.ScalingInTurn
 * [indexed|scan] [rounds] [sizes...]}, e.g. {@code scan 40 10000 100000 1000000}.
 */
public final class ScalingInTurn {
    private ScalingInTurn() {}

    public static void main(String[] args) {
        boolean indexed = args.length == 0 || args[0].equals("indexed");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int[] sizes = args.length > 2 ? Arrays.stream(args, 2, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {10_000, 100_000};
        List<CloudEnvironment> envs = new ArrayList<>();
        List<CollectionReference> collections = new ArrayList<>();
        for (int size : sizes) {
            long start = System.nanoTime();
            CloudEnvironment env = CloudEmulator.newEnvironment(EmulatorConfiguration.builder()
                    .addCollections("people").setPathIndexes(indexed).build());
            CollectionReference people = env.database().collection("people");
            Dataset.load(people, size);
            envs.add(env);
            collections.add(people);
            System.out.printf(Locale.ROOT, "loaded %,d documents in %.1f s; heap in use %,d MB%n", size,
                    (System.nanoTime() - start) / 1e9, usedHeapMb());
        }
        Random random = new Random(7);
        Map<String, Function<CollectionReference, Object>> ops = Map.of(
                "equality", c -> c.where(Map.of("city", "city-" + random.nextInt(100))).limit(1000).get().data(),
                "count", c -> c.where(Map.of("age", Command.gte(18 + random.nextInt(60)))).count().total(),
                "aggregate", c -> Dataset.matchGroupSort(c, 18 + random.nextInt(60)));
        for (String op : List.of("equality", "count", "aggregate")) {
            double[][] times = new double[sizes.length][rounds];
            for (int r = -3; r < rounds; r++) {
                for (int s = 0; s < sizes.length; s++) {
                    long t = System.nanoTime();
                    ops.get(op).apply(collections.get(s));
                    if (r >= 0) {
                        times[s][r] = (System.nanoTime() - t) / 1e3;
                    }
                }
            }
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-10s", op));
            double first = median(times[0]);
            for (int s = 0; s < sizes.length; s++) {
                double m = median(times[s]);
                line.append(String.format(Locale.ROOT, " | %,d: %,.0f us (%.1fx)", sizes[s], m, m / first));
            }
            System.out.println(line);
        }
        envs.forEach(CloudEnvironment::close);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long usedHeapMb() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }
}
