package dev.minicloud.emulator.cli;

import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.VirtualClock;
import dev.minicloud.emulator.console.CallJson;
import dev.minicloud.emulator.database.DatabaseSnapshot;
import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.functions.Functions;
import dev.minicloud.emulator.functions.call.LogEntry;
import dev.minicloud.emulator.functions.call.WxContext;
import dev.minicloud.emulator.json.Json;
import dev.minicloud.emulator.storage.StorageSnapshot;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The interactive prompt on a live environment: dot-commands, and JavaScript lines run by {@link ShellFunction}. A
 * failing line is reported and the session goes on; a data directory is flushed after every line.
 */
final class Shell {
    static final String PROMPT = "minicloud> ";

    /** A dot-command as the help lists it. */
    record Command(String usage, String description) {}

    static final List<Command> COMMANDS = List.of(
            new Command(".help", "List these commands."),
            new Command(".functions", "List the functions."),
            new Command(".collections", "List the collections with their document counts."),
            new Command(".files", "List the stored files with their sizes."),
            new Command(".call <name> [JSON|@FILE]", "Call a function with an event (default {}) as the current"
                    + " caller and print the result and logs as JSON, as 'minicloud call' does."),
            new Command(".as <openid>", "Call as this mini-program user from now on."),
            new Command(".as server", "Make server-side calls from now on."),
            new Command(".client <openid>", "Run JavaScript lines as this mini-program user's client (wx.cloud),"
                    + " under the collections' permissions."),
            new Command(".client, .admin", "Run JavaScript lines as an admin (a cloud function) again."),
            new Command(".time", "Show the clock."),
            new Command(".time <INSTANT>", "Set the clock, e.g. .time 2024-03-17T02:20:30Z."),
            new Command(".advance <DURATION>", "Move the clock forward: 90s, 10m, 2h, 1d or ISO-8601 (PT10M)."),
            new Command(".reset", "Put the environment back to its seeds: data, files, clock and warm functions."),
            new Command(".exit, .quit", "Leave the shell (so does end of input)."));

    private final CloudEnvironment env;
    private final ShellFunction lines;
    private final Path workingDirectory;
    private final BufferedReader in;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean interactive;
    private Functions functions;
    private final ClientView client;
    /** The openid of the client view, or null in the admin view. */
    private String clientUser;

    Shell(CloudEnvironment env, ShellFunction lines, Path workingDirectory, BufferedReader in, PrintStream out,
            PrintStream err, boolean interactive) {
        this.env = env;
        this.lines = lines;
        this.workingDirectory = workingDirectory;
        this.in = in;
        this.out = out;
        this.err = err;
        this.interactive = interactive;
        this.functions = env.functions();
        this.client = new ClientView(env, lines);
    }

    /** Reads lines until {@code .exit} or the end of input; returns 1 if the last line failed, else 0. */
    int run() throws IOException {
        if (interactive) {
            out.println("MiniCloud shell: JavaScript in wx-server-sdk's syntax, or .help for the commands.");
        }
        boolean lastFailed = false;
        while (true) {
            if (interactive) {
                out.print(clientUser == null ? PROMPT : "minicloud client " + clientUser + "> ");
                out.flush();
            }
            String line = in.readLine();
            if (line == null) {
                break;
            }
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.equals(".exit") || line.equals(".quit")) {
                break;
            }
            lastFailed = !execute(line);
            try {
                env.flush();
            } catch (RuntimeException e) {
                err.println("error: " + e.getMessage());
                lastFailed = true;
            }
        }
        return lastFailed ? 1 : 0;
    }

    /** Runs one line; false if it failed. */
    private boolean execute(String line) {
        try {
            return line.startsWith(".") ? command(line) : javaScript(line);
        } catch (RuntimeException e) {
            err.println("error: " + e.getMessage());
            return false;
        }
    }

    private boolean javaScript(String line) {
        if (clientUser != null) {
            return client.run(line, out, err);
        }
        FunctionResult r = functions.call(ShellFunction.NAME, lines.event(line));
        for (LogEntry log : r.logs()) {
            // A failure's stack is logged too; it is printed below with the failure.
            if (r.succeeded() || !log.message().equals(r.errorStack())) {
                out.println("[" + log.level() + "] " + log.message());
            }
        }
        if (r.succeeded()) {
            out.println(Json.stringifyPretty(r.result()));
            return true;
        }
        // No stack: the whole line is line 1 of its module, so its frames would say nothing the message does not.
        err.println(ShellFunction.inUserTerms(r.errMsg()));
        return false;
    }

    private boolean command(String line) {
        int space = line.indexOf(' ');
        String name = space < 0 ? line : line.substring(0, space);
        String argument = space < 0 ? "" : line.substring(space + 1).strip();
        switch (name) {
            case ".help" -> {
                out.print(Help.shellCommands());
                out.println("Any other line is JavaScript with cloud, db, _ and $ defined, run as a cloud function:");
                out.println("  db.collection('todos').where({done: false}).get()");
            }
            case ".functions" -> functionNames().forEach(out::println);
            case ".collections" -> collections();
            case ".files" -> files();
            case ".call" -> {
                return call(argument);
            }
            case ".as" -> as(argument);
            case ".client" -> client(argument);
            case ".admin" -> client("");
            case ".time" -> time(argument);
            case ".advance" -> {
                env.clock().advance(TimeArguments.duration(argument));
                showTime();
            }
            case ".reset" -> {
                env.reset();
                out.println("back to the seeds: " + Contents.of(env));
            }
            default -> {
                err.println("unknown command " + name + "; .help lists the commands");
                return false;
            }
        }
        return true;
    }

    /** The project's functions, without the shell's own. */
    List<String> functionNames() {
        return env.functions().names().stream().filter(n -> !n.equals(ShellFunction.NAME)).toList();
    }

    private void collections() {
        DatabaseSnapshot database = env.database().snapshot();
        for (String collection : database.collections()) {
            out.println(collection + "  " + Contents.count(database.documents(collection).size(), "document"));
        }
    }

    private void files() {
        StorageSnapshot files = env.storage().snapshot();
        for (String cloudPath : files.cloudPaths()) {
            out.println(cloudPath + "  " + Contents.count(files.content(cloudPath).orElseThrow().length, "byte"));
        }
    }

    private boolean call(String argument) {
        if (argument.isEmpty()) {
            throw new UsageException(".call needs a function name: .call <name> [JSON|@FILE]");
        }
        int space = argument.indexOf(' ');
        String name = space < 0 ? argument : argument.substring(0, space);
        Map<String, Object> event = space < 0 ? Map.of()
                : EventArgument.parse(".call " + name, argument.substring(space + 1).strip(), workingDirectory);
        FunctionResult r = functions.call(name, event);
        out.println(Json.stringifyPretty(CallJson.of(name, r)));
        return r.succeeded();
    }

    private void as(String openId) {
        if (openId.isEmpty()) {
            throw new UsageException(".as needs an OPENID, or 'server'");
        }
        if (openId.equals("server")) {
            functions = env.functions().asServer();
            out.println("calling from the server side");
        } else {
            functions = env.functions().as(WxContext.ofOpenId(openId));
            out.println("calling as " + openId);
        }
    }

    private void client(String openId) {
        if (openId.isEmpty()) {
            clientUser = null;
            out.println("admin view: lines run as a cloud function");
        } else {
            client.switchTo(openId);
            clientUser = openId;
            out.println("client view of " + openId + ": lines run as the mini-program (wx.cloud), under the"
                    + " permissions");
        }
    }

    private void time(String argument) {
        if (!argument.isEmpty()) {
            env.clock().set(TimeArguments.instant(argument));
        }
        showTime();
    }

    private void showTime() {
        VirtualClock clock = env.clock();
        out.println(clock.instant().truncatedTo(ChronoUnit.MILLIS) + (clock.isFrozen() ? " (frozen)" : " (running)"));
    }
}
