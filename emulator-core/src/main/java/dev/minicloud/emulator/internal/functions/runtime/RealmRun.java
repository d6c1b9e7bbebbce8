package dev.minicloud.emulator.internal.functions.runtime;

import dev.minicloud.emulator.functions.call.LogEntry;
import dev.minicloud.emulator.internal.common.MovableClock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mozilla.javascript.Callable;

/**
 * The {@link Running} side every realm's run shares: its console lines and labels
 * ({@code console.time/timeEnd/timeLog/count}, printed as Node prints them) and its timers, on the environment's
 * clock. A function's invocation and a mini-program's session extend it.
 */
public abstract class RealmRun implements Running {
    public final EventLoop loop = new EventLoop();
    private final MovableClock clock;
    private final List<LogEntry> logs = new ArrayList<>();
    private final Map<String, Long> timers = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();

    public RealmRun(MovableClock clock) {
        this.clock = clock;
    }

    public MovableClock clock() {
        return clock;
    }

    public List<LogEntry> logs() {
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
        long now = clock.millis();
        switch (operation) {
            case "time" -> timers.put(label, now);
            case "timeEnd", "timeLog" -> {
                Long start = operation.equals("timeEnd") ? timers.remove(label) : timers.get(label);
                if (start != null) {
                    log("log", label + ": " + (now - start) + "ms");
                } else {
                    log("warn", "Warning: No such label '" + label + "' for console." + operation + "()");
                }
            }
            default -> log("log", label + ": " + counts.merge(label, 1, Integer::sum));
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
