package dev.minicloud.emulator.cli;

import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.console.ConsoleServer;
import dev.minicloud.emulator.console.LiveEnvironment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code minicloud serve}: a long-running environment with its web console on 127.0.0.1, until Ctrl-C or the end of
 * input. Either way the server stops and a data directory is saved once.
 */
final class Serve {
    static final int DEFAULT_PORT = 4280;
    /** How often at most the function folders are compared for changes, on a console request. */
    private static final Duration RELOAD_CHECK = Duration.ofSeconds(1);

    private final EnvironmentOptions options;
    private final int port;
    private final PrintStream out;
    private final PrintStream err;
    private final AtomicBoolean stopped = new AtomicBoolean();

    Serve(EnvironmentOptions options, int port, PrintStream out, PrintStream err) {
        this.options = options;
        this.port = port;
        this.out = out;
        this.err = err;
    }

    /** Serves until {@code input} ends; returns the exit code. */
    int run(BufferedReader input) throws IOException {
        LiveEnvironment live = new LiveEnvironment(options::start, options.functionRoots(), RELOAD_CHECK);
        ConsoleServer server;
        try {
            server = ConsoleServer.start(live, options.rulesFile(), port);
        } catch (IllegalArgumentException e) {
            live.close();
            throw new UsageException(e.getMessage(), e);
        }
        if (!options.quiet()) {
            err.println("minicloud: " + live.use(env -> options.summary(Contents.of(env),
                    env.functions().names().size())));
        }
        out.println("MiniCloud console: " + server.url());
        out.println("Admin endpoint (official SDKs, Node backends): TCB_CONTEXT_CNFG='{\"URL\":\""
                + server.adminEndpoint() + "\"}' TCB_ENV=" + live.use(CloudEnvironment::envId));
        out.flush();
        Thread onInterrupt = new Thread(() -> stop(server, live), "minicloud-serve-stop");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try {
            while (input.readLine() != null) {
                // Lines typed at the server are not commands; only the end of input matters.
            }
        } finally {
            stop(server, live);
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException e) {
                // The JVM is already shutting down (Ctrl-C): the hook runs and finds the work done.
            }
        }
        return Cli.OK;
    }

    private void stop(ConsoleServer server, LiveEnvironment live) {
        if (stopped.compareAndSet(false, true)) {
            server.close();
            live.close();
            if (!options.quiet()) {
                err.println("minicloud: stopped" + (options.configuration().dataDirectory().isPresent()
                        ? "; the data directory is saved" : ""));
            }
        }
    }
}
