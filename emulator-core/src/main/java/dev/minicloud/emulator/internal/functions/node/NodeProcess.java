package dev.minicloud.emulator.internal.functions.node;

import dev.minicloud.emulator.internal.common.SpinWait;
import dev.minicloud.emulator.internal.common.json.JsonCodec;
import dev.minicloud.emulator.internal.common.json.JsonCodec.DateStyle;
import dev.minicloud.emulator.internal.common.json.JsonSyntaxException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One {@code node} process running {@code node_runner.js} for one function folder: requests go in as lines on its
 * stdin, messages come back as marked lines on its stdout, read by a daemon thread into a queue; any other output
 * line is kept as the function's own. The runner ends itself when its stdin closes, so the process ends with the JVM
 * even when the JVM is killed; {@link #kill()} ends it and its children at once.
 */
final class NodeProcess {
    /** The runner, with what it calls to send outbound HTTP to the stubs before it. */
    private static final List<String> RUNNER_RESOURCES = List.of(
            "/dev/minicloud/emulator/internal/js/node/node_outbound.js",
            "/dev/minicloud/emulator/internal/js/node/node_runner.js");
    private static final String MARK = "\u0001minicloud ";
    private static final String RUNNER = readRunner();
    private static final long SPIN_NANOS = 200_000;

    /** What came from the process: a runner message, a line of the function's own output, or the process's end. */
    sealed interface Message {}

    record Marked(Map<String, Object> fields, int length) implements Message {}

    record Output(String level, String line) implements Message {}

    record Ended(int exitCode) implements Message {}

    private final Process process;
    private final OutputStream stdin;
    private final BlockingQueue<Message> messages = new LinkedBlockingQueue<>();
    /** How long recent messages took to come, averaged; written by the one invocation waiting at a time. */
    private volatile long recentWaitNanos;

    /**
     * Starts node on the function's entry file.
     *
     * @param node the node program
     * @param heapMegabytes {@code --max-old-space-size}
     * @param environment the whole environment of the process
     */
    NodeProcess(String node, int heapMegabytes, Path dir, String entry, Map<String, String> environment)
            throws IOException {
        ProcessBuilder pb = new ProcessBuilder(node, "--max-old-space-size=" + heapMegabytes, "-e", RUNNER, entry)
                .directory(dir.toFile());
        pb.environment().clear();
        pb.environment().putAll(environment);
        process = pb.start();
        stdin = process.getOutputStream();
        daemon(() -> read(process.getInputStream(), "log", true), "minicloud-node-out");
        daemon(() -> read(process.getErrorStream(), "error", false), "minicloud-node-err");
    }

    private void read(InputStream in, String level, boolean ends) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                messages.add(parse(line, level));
            }
        } catch (IOException e) {
            // The process is gone; its end is reported below.
        }
        if (ends) {
            messages.add(new Ended(exitCode()));
        }
    }

    @SuppressWarnings("unchecked")
    private static Message parse(String line, String level) {
        if (line.startsWith(MARK)) {
            try {
                return new Marked((Map<String, Object>) JsonCodec.parse(line.substring(MARK.length()), false, false),
                        line.length());
            } catch (JsonSyntaxException | ClassCastException e) {
                return new Output(level, line);
            }
        }
        return new Output(level, line);
    }

    private int exitCode() {
        try {
            return process.waitFor(10, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Sends one request line. */
    void send(Map<String, Object> request) {
        try {
            stdin.write((JsonCodec.write(request, DateStyle.ISO_STRING) + "\n").getBytes(StandardCharsets.UTF_8));
            stdin.flush();
        } catch (IOException e) {
            messages.add(new Ended(exitCode()));
        }
    }

    /**
     * The next message, or null if none came within {@code wait}. While recent messages came within
     * {@value #SPIN_NANOS} ns, the caller spins that long before it parks: a warm trivial call's answer comes within
     * about 100 µs, and waking a parked thread costs 20 to 50 µs of that ({@link SpinWait}). Once answers take
     * longer (a function doing HTTP to the admin endpoint), spinning would only take a core from Node and the endpoint.
     */
    Message next(Duration wait) throws InterruptedException {
        long started = System.nanoTime();
        if (recentWaitNanos <= SPIN_NANOS) {
            SpinWait.until(() -> !messages.isEmpty(), Math.min(SPIN_NANOS, wait.toNanos()));
        }
        Message m = messages.poll(Math.max(0, wait.toNanos()), TimeUnit.NANOSECONDS);
        recentWaitNanos = (3 * recentWaitNanos + System.nanoTime() - started) / 4;
        return m;
    }

    /** Ends the process and whatever it started. */
    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    private static void daemon(Runnable task, String name) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
    }

    private static String readRunner() {
        StringBuilder runner = new StringBuilder();
        for (String resource : RUNNER_RESOURCES) {
            try (InputStream in = NodeProcess.class.getResourceAsStream(resource)) {
                runner.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return runner.toString();
    }

    /**
     * Lines of a Node stack after its headline ({@code "    at f (file.js:1:2)"}), without the runner's own frames
     * (its code runs as {@code [eval]}).
     */
    static List<String> frames(String stack) {
        return stack.lines().filter(l -> l.startsWith("    at ") && !l.contains("[eval]")).toList();
    }
}
