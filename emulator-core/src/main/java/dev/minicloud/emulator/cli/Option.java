package dev.minicloud.emulator.cli;

import java.util.Locale;
import java.util.Optional;

/**
 * Every option of the command line, with what the help says of it: the parser and the help read this one list, so
 * an option cannot exist without being documented.
 */
enum Option {
    PROJECT("--project", "DIR", false, null, "A mini-program project folder: functions from the cloudfunctionRoot of"
            + " DIR/project.config.json, else DIR/cloudfunctions; database fixtures from DIR/seed/database and storage"
            + " fixtures from DIR/seed/storage, client permissions from DIR/security-rules.json and HTTP stubs from"
            + " DIR/http-stubs.json when they exist;"
            + " the app id from project.config.json's appid."),
    FUNCTIONS("--functions", "DIR", true, null, "A folder of cloud functions, one sub-folder each (index.js or"
            + " package.json#main, config.json, node_modules). Repeatable; the first that has a name wins. Replaces"
            + " the project's functions."),
    SEED_DB("--seed-db", "DIR", false, null, "Database fixtures: <collection>.json (an array of documents) or"
            + " <collection>.jsonl (one per line, the console's export), dates as {\"$date\": ...}. Replaces the"
            + " project's."),
    COLLECTIONS("--collections", "NAMES", true, null, "Collections that exist from the start, empty unless seeded:"
            + " comma-separated, e.g. todos,orders. Repeatable. A new data directory only, as seeds."),
    SEED_FILES("--seed-files", "DIR", false, null, "Storage fixtures: every file under DIR, stored at its relative"
            + " path. Replaces the project's."),
    RULES("--rules", "FILE", false, null, "Client permissions: {\"database\": {\"todos\": {\"aclTag\": \"PRIVATE\"}},"
            + " \"storage\": {\"aclTag\": \"READONLY\"}}, a collection's aclTag CUSTOM with its \"rule\" JSON."
            + " Replaces the project's security-rules.json."),
    HTTP_STUBS("--http-stubs", "FILE", false, null, "Answers for the functions' HTTP requests, in WireMock's"
            + " mapping format: {\"mappings\": [{\"request\": {\"method\": \"GET\", \"url\":"
            + " \"https://api.example.com/*\"}, \"response\": {\"status\": 200, \"jsonBody\": {}}}]}. Replaces"
            + " the project's http-stubs.json."),
    DATA_DIR("--data-dir", "DIR", false, null, "Keep the environment in DIR between runs: documents in"
            + " DIR/database.mv.db, files under DIR/storage. Seeds fill only a new DIR; one process at a time."),
    ENV("--env", "ID", false, null, "The environment id: getWXContext().ENV and the env part of fileIDs (default"
            + " minicloud-local)."),
    APPID("--appid", "ID", false, null, "The mini-program app id client calls come from (default: the project's"
            + " appid, else wx0123456789abcdef)."),
    OPENID("--openid", "ID", false, null, "Call as this mini-program user (a client call: OPENID, event.userInfo)."
            + " Without it, calls are server-side calls."),
    TIME("--time", "INSTANT", false, null, "Freeze the clock at this ISO-8601 instant, e.g. 2024-03-17T02:20:30Z;"
            + " timers then jump instead of waiting. Default: the host's clock."),
    TIMEOUT("--timeout", "SECONDS", false, null, "The time limit of functions whose config.json sets none (default"
            + " 3, at most 900)."),
    RUNTIME("--runtime", "rhino|node", false, null, "The engine of functions whose config.json names none: rhino"
            + " (default, nothing to install) or node (real Node.js on the PATH, each function with its own"
            + " node_modules)."),
    ENV_VAR("--env-var", "NAME=VALUE", true, null, "A process.env entry for every function, e.g. TZ=Asia/Shanghai."
            + " Repeatable."),
    PORT("--port", "N", false, "serve", "The port of the console on 127.0.0.1 (default 4280; 0 takes any free"
            + " port)."),
    QUIET("--quiet", null, false, null, "No progress on stderr; errors are still reported."),
    EVENT("--event", "JSON|@FILE", false, "call", "The event, as JSON text or @ and a file holding it (default {})."),
    HELP("--help", null, false, null, "Show the help (also -h, and 'minicloud help [command]').");

    private final String flag;
    private final String valueName;
    private final boolean repeatable;
    private final String command;
    private final String description;

    Option(String flag, String valueName, boolean repeatable, String command, String description) {
        this.flag = flag;
        this.valueName = valueName;
        this.repeatable = repeatable;
        this.command = command;
        this.description = description;
    }

    /** The option as typed, e.g. {@code --data-dir}. */
    String flag() {
        return flag;
    }

    /** What the value stands for in the help, e.g. {@code DIR}; empty for a flag without value. */
    Optional<String> valueName() {
        return Optional.ofNullable(valueName);
    }

    boolean takesValue() {
        return valueName != null;
    }

    boolean repeatable() {
        return repeatable;
    }

    /** The only command that takes it ({@code call}, {@code serve}), or null if every command does. */
    String command() {
        return command;
    }

    String description() {
        return description;
    }

    /**
     * The option a person most likely meant by {@code text}, one that is not an option: the same letters without
     * dashes or case ({@code --open-id} for {@code --openid}), else one at most two edits away.
     */
    static Optional<Option> closest(String text) {
        String typed = bare(text);
        Option best = null;
        int bestDistance = 3;
        for (Option o : values()) {
            int d = Spelling.distance(typed, bare(o.flag));
            if (d < bestDistance) {
                best = o;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String bare(String text) {
        return text.replaceAll("[-_]", "").toLowerCase(Locale.ROOT);
    }

    /** The option typed as {@code text}, if there is one. */
    static Optional<Option> of(String text) {
        if (text.equals("-h")) {
            return Optional.of(HELP);
        }
        for (Option o : values()) {
            if (o.flag.equals(text)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
