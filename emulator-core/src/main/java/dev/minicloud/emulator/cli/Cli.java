package dev.minicloud.emulator.cli;

import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.base.ErrorCode;
import dev.minicloud.emulator.console.CallJson;
import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The command line, with its streams and working directory given, so that it runs in a test as in a terminal. It
 * never throws: every outcome is an exit code and readable lines on stderr.
 */
final class Cli {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private final Path workingDirectory;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean interactive;

    /**
     * @param workingDirectory what relative paths are resolved against
     * @param interactive whether stdin is a terminal: the shell then prints its prompt
     */
    Cli(Path workingDirectory, InputStream in, PrintStream out, PrintStream err, boolean interactive) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.in = in;
        this.out = out;
        this.err = err;
        this.interactive = interactive;
    }

    /** Runs the command {@code args} ask for; returns the exit code. */
    int run(String... args) {
        try {
            CommandLine line = CommandLine.parse(args);
            String command = line.command().orElse(null);
            if ("help".equals(command)) {
                expectWords(line, 2);
                out.print(Help.of(line.words().size() > 1 ? line.words().get(1) : null));
                return OK;
            }
            if (line.has(Option.HELP)) {
                out.print(Help.of(command));
                return OK;
            }
            if (command == null) {
                throw new UsageException("no command given: use call, shell or serve");
            }
            checkOptionsOf(line, command);
            return switch (command) {
                case "call" -> call(line);
                case "shell" -> shell(line);
                case "serve" -> serve(line);
                default -> throw new UsageException("unknown command '" + command + "': use call, shell or serve");
            };
        } catch (UsageException e) {
            err.println("minicloud: " + e.getMessage());
            err.println("Run 'minicloud --help' for usage.");
            return USAGE;
        } catch (RuntimeException | IOException | VirtualMachineError e) {
            // Functions' own failures are results; this is MiniCloud or the host failing, still told in one line.
            err.println("minicloud: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            return FAILED;
        }
    }

    private int call(CommandLine line) {
        if (line.words().size() < 2) {
            throw new UsageException("call needs a function name: minicloud call <function>");
        }
        expectWords(line, 2);
        String name = line.words().get(1);
        Map<String, Object> event = line.value(Option.EVENT)
                .map(e -> EventArgument.parse("--event", e, workingDirectory)).orElse(Map.of());
        EnvironmentOptions options = EnvironmentOptions.from(line, workingDirectory);
        try (CloudEnvironment env = options.start()) {
            progress(options, () -> options.summary(Contents.of(env), env.functions().names().size()));
            FunctionResult r = env.functions().call(name, event);
            out.println(Json.stringifyPretty(CallJson.of(name, r)));
            if (r.errCode() == ErrorCode.FUNCTION_NOT_FOUND.code()) {
                List<String> names = env.functions().names();
                err.println("minicloud: there is no function " + name + "; " + (names.isEmpty()
                        ? options.whyNoFunctions() : "the functions are " + String.join(", ", names)));
            }
            return r.succeeded() ? OK : FAILED;
        }
    }

    private int shell(CommandLine line) throws IOException {
        expectWords(line, 1);
        EnvironmentOptions options = EnvironmentOptions.from(line, workingDirectory);
        BufferedReader input = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        try (ShellFunction lines = new ShellFunction(); CloudEnvironment env = options.start(lines.root())) {
            Shell shell = new Shell(env, lines, workingDirectory, input, out, err, interactive);
            progress(options, () -> options.summary(Contents.of(env), shell.functionNames().size()));
            return shell.run();
        }
    }

    private int serve(CommandLine line) throws IOException {
        expectWords(line, 1);
        EnvironmentOptions options = EnvironmentOptions.from(line, workingDirectory);
        int port = line.value(Option.PORT).map(Cli::port).orElse(Serve.DEFAULT_PORT);
        BufferedReader input = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return new Serve(options, port, out, err).run(input);
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // Told below, with the range.
        }
        throw new UsageException("--port " + text + " is not a port number from 0 to 65535");
    }

    /** Refuses an option of another command, e.g. {@code --event} given to shell. */
    private static void checkOptionsOf(CommandLine line, String command) {
        for (Option o : Option.values()) {
            if (o.command() != null && !o.command().equals(command) && line.has(o)
                    && List.of("call", "shell", "serve").contains(command)) {
                String hint = o == Option.EVENT && command.equals("shell")
                        ? "; in the shell, use .call <name> [JSON|@FILE]" : "";
                throw new UsageException(o.flag() + " is an option of " + o.command() + hint);
            }
        }
    }

    private static void expectWords(CommandLine line, int most) {
        if (line.words().size() > most) {
            throw new UsageException("unexpected argument '" + line.words().get(most) + "'");
        }
    }

    private void progress(EnvironmentOptions options, Supplier<String> message) {
        if (!options.quiet()) {
            err.println("minicloud: " + message.get());
        }
    }
}
