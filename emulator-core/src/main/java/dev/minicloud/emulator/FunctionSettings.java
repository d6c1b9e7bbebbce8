package dev.minicloud.emulator;

import dev.minicloud.emulator.functions.call.FunctionRuntime;
import dev.minicloud.emulator.functions.call.WxContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The cloud functions part of an {@link EmulatorConfiguration}; its builder checks each value as it is set. */
record FunctionSettings(List<Path> roots, Duration timeout, Map<String, String> environment,
        Path transpileCacheDirectory, long memoryBudget, FunctionRuntime runtime, String nodeExecutable,
        WxContext defaultCaller) {

    FunctionSettings {
        roots = List.copyOf(roots);
        environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
    }

    Builder toBuilder() {
        Builder b = new Builder();
        b.roots.addAll(roots);
        b.timeout = timeout;
        b.environment.putAll(environment);
        b.transpileCacheDirectory = transpileCacheDirectory;
        b.memoryBudget = memoryBudget;
        b.runtime = runtime;
        b.nodeExecutable = nodeExecutable;
        b.defaultCaller = defaultCaller;
        return b;
    }

    static final class Builder {
        private final List<Path> roots = new ArrayList<>();
        private Duration timeout = Duration.ofSeconds(EmulatorConfiguration.DEFAULT_FUNCTION_TIMEOUT_SECONDS);
        private final Map<String, String> environment = new LinkedHashMap<>();
        private Path transpileCacheDirectory = Path.of(System.getProperty("java.io.tmpdir"), "minicloud",
                "transpile-cache");
        private long memoryBudget = EmulatorConfiguration.DEFAULT_FUNCTION_MEMORY_BUDGET;
        private FunctionRuntime runtime = FunctionRuntime.RHINO;
        private String nodeExecutable = "node";
        private WxContext defaultCaller;

        void addRoot(Path root) {
            Objects.requireNonNull(root, "root");
            if (!Files.isDirectory(root)) {
                throw new IllegalArgumentException("function root (" + root + ") must be an existing directory");
            }
            roots.add(root.toAbsolutePath().normalize());
        }

        void setTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofSeconds(900)) > 0) {
                throw new IllegalArgumentException("function timeout (" + timeout + ") must be between 1 ms and 900 s");
            }
            this.timeout = timeout;
        }

        void putEnvironment(String name, String value) {
            environment.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        }

        void setTranspileCacheDirectory(Path directory) {
            this.transpileCacheDirectory = directory;
        }

        void setMemoryBudget(long bytes) {
            if (bytes < 1 << 20) {
                throw new IllegalArgumentException("function memory budget (" + bytes + ") must be at least 1 MB");
            }
            this.memoryBudget = bytes;
        }

        void setRuntime(FunctionRuntime runtime) {
            this.runtime = Objects.requireNonNull(runtime, "runtime");
        }

        void setNodeExecutable(String node) {
            if (node == null || node.isBlank()) {
                throw new IllegalArgumentException("the node executable must be a path or a program name");
            }
            this.nodeExecutable = node;
        }

        void setDefaultCaller(WxContext caller) {
            this.defaultCaller = caller;
        }

        FunctionSettings build() {
            return new FunctionSettings(roots, timeout, environment, transpileCacheDirectory, memoryBudget, runtime,
                    nodeExecutable, defaultCaller);
        }
    }
}
