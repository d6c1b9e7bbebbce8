package dev.minicloud.emulator.cli;

import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.base.CloudException;
import dev.minicloud.emulator.functions.call.LogEntry;
import dev.minicloud.emulator.functions.call.WxContext;
import dev.minicloud.emulator.json.Json;
import dev.minicloud.emulator.miniprogram.MiniProgram;
import java.io.PrintStream;
import java.util.List;

/**
 * The shell's client view ({@code .client <openid>}): JavaScript lines run as a mini-program's code, with
 * {@code wx.cloud} as {@code cloud}, so every database call goes through the same client gate as
 * {@code env.client(user)}: the collections' permissions, {@code _openid} stamped, {@code '{openid}'} replaced, the
 * client's pages and errors. One mini-program serves the whole session; switching users switches its user.
 */
final class ClientView {
    private final CloudEnvironment env;
    private final ShellFunction lines;
    private MiniProgram phone;

    ClientView(CloudEnvironment env, ShellFunction lines) {
        this.env = env;
        this.lines = lines;
    }

    /** From now on, lines run as this mini-program user. */
    void switchTo(String openId) {
        WxContext user = WxContext.ofOpenId(openId);
        if (phone == null) {
            phone = env.miniProgram(lines.miniProgramRoot(), user);
        } else {
            phone.setUser(user);
        }
    }

    /** Runs one line as the current user: what it logs, then its value as JSON; false if it failed. */
    boolean run(String line, PrintStream out, PrintStream err) {
        int logged = phone.logs().size();
        try {
            Object value = phone.require(lines.clientModule(line)).call(ShellFunction.CLIENT_ENTRY);
            printLogs(logged, "", out);
            out.println(Json.stringifyPretty(value));
            return true;
        } catch (CloudException e) {
            // The mini-program also logs an error nothing caught; it is printed once, below.
            printLogs(logged, e.errMsg(), out);
            err.println(ShellFunction.inUserTerms(e.errMsg()));
            return false;
        }
    }

    private void printLogs(int from, String failure, PrintStream out) {
        List<LogEntry> logs = phone.logs();
        for (LogEntry log : logs.subList(from, logs.size())) {
            if (failure.isEmpty() || !failure.contains(log.message())) {
                out.println("[" + log.level() + "] " + log.message());
            }
        }
    }
}
