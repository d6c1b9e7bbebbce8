package dev.minicloud.benchmarks;

import dev.minicloud.emulator.CloudEmulator;
import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.EmulatorConfiguration;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Retained heap per function instance: N environments are kept alive without a call, then each calls the trivial
 * function once (one loaded instance each); the difference in heap used after full collections, divided by N, is
 * what one instance (its realm, module cache and {@code process}) keeps.
 *
 * <p>Usage: {@code java -Xmx2g -cp benchmarks/target/benchmarks.jar dev.minicloud.benchmarks.InstanceMemory [N]}
 */
public final class InstanceMemory {
    private InstanceMemory() {}

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        EmulatorConfiguration configuration = EmulatorConfiguration.builder()
                .addFunctionRoot(SampleFunctions.write()).build();
        try (CloudEnvironment first = CloudEmulator.newEnvironment(configuration)) {
            SampleFunctions.check(first.functions().call("trivial", Map.of("n", 0)));
        }
        List<CloudEnvironment> envs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            envs.add(CloudEmulator.newEnvironment(configuration));
        }
        long withoutInstances = usedAfterGc();
        for (CloudEnvironment env : envs) {
            SampleFunctions.check(env.functions().call("trivial", Map.of("n", 1)));
        }
        long withInstances = usedAfterGc();
        System.out.printf(Locale.ROOT, "%d environments: %,d bytes without instances, %,d with one instance each;"
                + " retained per instance: %,d bytes%n", count, withoutInstances, withInstances,
                (withInstances - withoutInstances) / count);
        envs.forEach(CloudEnvironment::close);
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
