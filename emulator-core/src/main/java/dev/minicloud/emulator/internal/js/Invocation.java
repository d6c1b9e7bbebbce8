package dev.minicloud.emulator.internal.js;

import dev.minicloud.emulator.VirtualClock;
import dev.minicloud.emulator.functions.LogEntry;
import dev.minicloud.emulator.functions.WxContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mozilla.javascript.Callable;

/**
 * One call of one function: who called, when it must end, what it logged and its timers. Lives on the thread that
 * runs the function; the shared host functions reach it through the Rhino context ({@link Running}).
 */
final class Invocation implements Running {
    /** The caller: a client identity, or null for a server-side call; the SOURCE chain; the nesting depth. */
    record Caller(WxContext identity, String source, int depth) {
        boolean isClient() {
            return identity != null;
        }
    }

    final String requestId;
    final FunctionDefinition function;
    final Caller caller;
    final Budget budget;
    final EventLoop loop = new EventLoop();
    private final VirtualClock clock;
    private final List<LogEntry> logs = new ArrayList<>();
    private final Map<String, Long> consoleTimers = new HashMap<>();
    private final Map<String, Integer> consoleCounts = new HashMap<>();

    Invocation(String requestId, FunctionDefinition function, Caller caller, VirtualClock clock, Budget budget) {
        this.requestId = requestId;
        this.function = function;
        this.caller = caller;
        this.clock = clock;
        this.budget = budget;
    }

    VirtualClock clock() {
        return clock;
    }

    List<LogEntry> logs() {
        return List.copyOf(logs);
    }

    @Override
    public long nowMillis() {
        return clock.millis();
    }

    @Override
    public void log(String level, String message) {
        logs.add(new LogEntry(clock.instant(), level, message));
    }

    @Override
    public void consoleLabel(String operation, String label) {
        switch (operation) {
            case "time" -> consoleTimers.put(label, clock.millis());
            case "timeEnd", "timeLog" -> {
                Long start = operation.equals("timeEnd") ? consoleTimers.remove(label) : consoleTimers.get(label);
                if (start != null) {
                    log("log", label + ": " + (clock.millis() - start) + "ms");
                } else {
                    log("warn", "Warning: No such label '" + label + "' for console." + operation + "()");
                }
            }
            default -> log("log", label + ": " + consoleCounts.merge(label, 1, Integer::sum));
        }
    }

    @Override
    public int setTimer(Callable fn, Object[] args, double delayMillis, boolean repeat) {
        return loop.add(fn, args, delayMillis, repeat, clock.millis());
    }

    @Override
    public void clearTimer(int id) {
        loop.cancel(id);
    }
}
