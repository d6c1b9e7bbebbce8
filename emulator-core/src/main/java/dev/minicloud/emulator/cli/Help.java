package dev.minicloud.emulator.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The help texts; the options and the shell's commands come from their own lists, so the help cannot miss one. */
final class Help {
    private static final int WIDTH = 100;
    private static final int LABEL_WIDTH = 24;

    private static final String USAGE = """
            Usage:
              minicloud call <function> [--event JSON|@FILE] [options]
              minicloud shell [options]
              minicloud serve [--port N] [options]
              minicloud help [call|shell|serve]
            """;
    private static final String EXIT_CODES = """
            Exit codes:
              0  done
              1  the function failed (call), or the shell's last line failed
              2  a usage or configuration error: an unknown option, a missing folder, an event or fixture
                 that is not valid JSON, a data directory in use; nothing ran
            """;
    private static final String EXAMPLES = """
            Examples:
              minicloud call todos --project samples --openid o_alice --event '{"action": "list"}'
              minicloud call report --project samples --event @report.json --time 2024-03-17T02:20:30Z
              minicloud shell --project samples --openid o_alice --data-dir .minicloud
              minicloud serve --project samples --data-dir .minicloud
            """;

    private Help() {}

    /** The help of {@code command} ({@code call} or {@code shell}), or the whole help for null. */
    static String of(String command) {
        if (command == null) {
            return whole();
        }
        return switch (command) {
            case "call" -> call();
            case "shell" -> shell();
            case "serve" -> serve();
            default -> throw new UsageException("no help for '" + command
                    + "': the commands are call, shell and serve");
        };
    }

    private static String whole() {
        return "minicloud: mini-program cloud functions, database and storage on this machine, offline.\n\n"
                + USAGE + "\nCommands:\n"
                + entry("call <function>", "Run one cloud function and print its result and logs as JSON on stdout;"
                        + " progress goes to stderr.")
                + entry("shell", "A prompt on a live environment: call functions and run database queries in"
                        + " wx-server-sdk's JavaScript syntax, e.g. db.collection('todos').where({done: false}).get().")
                + entry("serve", "Keep an environment running on the host's clock and serve its web console on"
                        + " 127.0.0.1 (the URL is printed); functions are reloaded when their files change. Stops on"
                        + " Ctrl-C or the end of input.")
                + entry("help [command]", "This help, or a command's.")
                + "\nOptions of every command:\n" + options(null)
                + "\nOptions of call:\n" + options("call")
                + "\nOptions of serve:\n" + options("serve")
                + "\n" + EXIT_CODES + "\n" + EXAMPLES
                + "\nMore in docs/cli.md.\n";
    }

    private static String call() {
        return "Usage: minicloud call <function> [--event JSON|@FILE] [options]\n\n"
                + wrap("Runs one cloud function on an environment built from the options and prints one JSON object"
                        + " on stdout: function, errCode, errMsg, result (on success) or errorStack (on failure),"
                        + " requestId, durationMs and logs ([{level, message}]). The result is what a caller"
                        + " receives: dates are ISO-8601 strings. A line of progress goes to stderr. The exit code is"
                        + " 1 if the function failed (threw, rejected, timed out, ran out of memory, does not exist).",
                        "")
                + "\nOptions:\n" + options("call") + options(null) + "\n" + EXIT_CODES;
    }

    private static String shell() {
        StringBuilder s = new StringBuilder("Usage: minicloud shell [options]\n\n")
                .append(wrap("Opens a prompt (" + Shell.PROMPT.strip() + ") on a live environment. A line is a"
                        + " dot-command, or JavaScript in wx-server-sdk's syntax run as a cloud function by the current"
                        + " caller, with cloud, db, _ (db.command) and $ (db.command.aggregate) defined. A line"
                        + " starting with const, let, var, if, for, while, do, switch, try, return, throw, function, class or { is a"
                        + " function body (return a value to see it); any other line is an expression, awaited and"
                        + " printed as JSON. Each line is its own invocation: variables do not carry over. A failing"
                        + " line prints its error and the session goes on. With --data-dir, the data is saved after"
                        + " every line. Without a terminal, no prompt is printed, so a script can be piped in.", ""))
                .append("\nExamples of lines:\n")
                .append("  db.collection('todos').where({done: false}).orderBy('createdAt', 'desc').get()\n")
                .append("  const r = await db.collection('todos').count(); return r.total\n")
                .append("  cloud.callFunction({name: 'login'})\n")
                .append("\nCommands:\n").append(shellCommands());
        return s.append("\nOptions:\n").append(options(null)).append("\n").append(EXIT_CODES).toString();
    }

    private static String serve() {
        return "Usage: minicloud serve [--port N] [options]\n\n"
                + wrap("Starts an environment from the options and keeps it running, on the host's clock unless"
                        + " --time freezes it, with a web console on http://127.0.0.1:<port>/ (printed on stdout):"
                        + " collections, files, functions and their logs, permissions tried as a user, the clock and"
                        + " a log of the console's requests. Only this machine can connect. When a file under the"
                        + " function folders changes, the environment is started again on the same data, so the next"
                        + " call runs the new code. With --data-dir, the data is saved after every change made from"
                        + " the console. Ctrl-C or the end of input (Ctrl-D) stops it.", "")
                + "\nOptions:\n" + options("serve") + options(null) + "\n" + EXIT_CODES;
    }

    /** The shell's dot-commands, one entry each. */
    static String shellCommands() {
        StringBuilder s = new StringBuilder();
        for (Shell.Command c : Shell.COMMANDS) {
            s.append(entry(c.usage(), c.description()));
        }
        return s.toString();
    }

    /** The options only {@code command} takes, or those of every command for null. */
    private static String options(String command) {
        StringBuilder s = new StringBuilder();
        for (Option o : Option.values()) {
            if (Objects.equals(o.command(), command)) {
                s.append(entry(o.flag() + o.valueName().map(v -> " " + v).orElse(""), o.description()));
            }
        }
        return s.toString();
    }

    /** A label and its description, the description wrapped in a column of its own. */
    private static String entry(String label, String description) {
        String indent = " ".repeat(LABEL_WIDTH + 2);
        String first = "  " + label;
        if (first.length() >= LABEL_WIDTH + 2) {
            return first + "\n" + wrap(description, indent);
        }
        return first + wrap(description, indent).substring(first.length());
    }

    /** {@code text} in lines of at most {@link #WIDTH} characters, each starting with {@code indent}. */
    private static String wrap(String text, String indent) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.split(" ")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return String.join("\n", lines) + "\n";
    }
}
