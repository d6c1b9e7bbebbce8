package dev.minicloud.emulator.internal.functions.triggers;

import dev.minicloud.emulator.functions.call.FunctionResult;
import dev.minicloud.emulator.functions.call.TimerTrigger;
import dev.minicloud.emulator.internal.common.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;
import org.mozilla.javascript.Context;

/**
 * Fires one environment's timer triggers from its clock. Every firing whose time the clock has passed runs once, in
 * time order (triggers due at the same second by function then trigger name), as a real invocation with the event
 * {@code {Type: 'Timer', TriggerName, Time, Message}}.
 *
 * <p>When the test moves the clock ({@code advance}, {@code set}) the firings it passed run on the test's thread
 * before the move returns, one after the other; on a frozen clock each runs with the clock at its own time, and the
 * clock ends where the move asked (or later, if a run's own timers took it further). On a clock that follows the host, a thread of the environment
 * starts each firing on time without waiting for the previous one, so long runs overlap as on the platform, where
 * timers invoke asynchronously. Time moved by a function's own timers on a frozen clock fires nothing inside that
 * function; its firings run at the next move from outside. Moving the clock back only moves the point from which
 * triggers fire.
 */
public final class TriggerScheduler implements AutoCloseable {
    /** How a firing is run: a server-side invocation whose caller is the trigger. */
    @FunctionalInterface
    public interface Runner {
        FunctionResult run(String function, Map<String, Object> event);
    }

    /** The host thread never sleeps longer than this, so that it notices a clock that was set or advanced. */
    private static final Duration MAX_NAP = Duration.ofMillis(200);

    private final List<TriggerSpec> specs;
    private final Runner runner;
    private final MovableClock clock;
    private final ZoneId zone;
    private final ReentrantLock lock = new ReentrantLock();
    private Instant cursor;
    private Thread hostThread;
    private ExecutorService overlapping;
    private volatile boolean closed;

    public TriggerScheduler(List<TriggerSpec> specs, Runner runner, MovableClock clock, ZoneId zone) {
        this.specs = specs.stream().sorted(Comparator.comparing(TriggerSpec::function)
                .thenComparing(TriggerSpec::name)).toList();
        this.runner = runner;
        this.clock = clock;
        this.zone = zone;
        this.cursor = clock.instant();
    }

    /** Starts the thread that fires triggers on time when the clock follows the host and there is something to fire. */
    public void start() {
        if (clock.isFrozen() || specs.isEmpty()) {
            return;
        }
        overlapping = Executors.newCachedThreadPool(r -> daemon(r, "minicloud-trigger-run"));
        hostThread = daemon(this::followHost, "minicloud-triggers");
        hostThread.start();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** The triggers, by function and name, with their next firing. */
    public List<TimerTrigger> triggers() {
        lock.lock();
        try {
            return specs.stream().map(s -> new TimerTrigger(s.function(), s.name(), s.cron().toString(), zone,
                    s.cron().next(cursor, zone))).toList();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Fires one trigger now, as the platform would at this second.
     *
     * @throws IllegalArgumentException if the function has no trigger of that name, listing the triggers there are
     */
    public FunctionResult fire(String function, String name) {
        TriggerSpec spec = specs.stream().filter(s -> s.function().equals(function) && s.name().equals(name))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no timer trigger '" + name
                        + "' on function '" + function + "'; the triggers are " + specs.stream()
                        .map(s -> s.function() + "/" + s.name()).toList()));
        return runner.run(function, event(spec, clock.instant().truncatedTo(ChronoUnit.SECONDS)));
    }

    /**
     * The clock moved: runs the firings it passed. A move made by function code (a timer on a frozen clock) runs
     * nothing, since its thread is inside an invocation; the next move from outside catches up.
     */
    public void clockMoved() {
        if (closed || lock.isHeldByCurrentThread() || Context.getCurrentContext() != null) {
            return;
        }
        runDue(false);
    }

    /** Runs {@code work} (a reset or a restore) without firing, then fires only what comes after the clock's time. */
    public void quietly(Runnable work) {
        lock.lock();
        try {
            work.run();
        } finally {
            cursor = clock.instant();
            lock.unlock();
        }
    }

    private void runDue(boolean overlap) {
        lock.lock();
        try {
            Instant horizon = clock.instant();
            if (horizon.isBefore(cursor)) {
                cursor = horizon;
                return;
            }
            boolean step = clock.isFrozen() && !overlap;
            while (!closed) {
                // A trigger's function that slept on a frozen clock moved it on: what it passed is due too.
                horizon = step ? max(horizon, clock.instant()) : clock.instant();
                Instant at = earliestDue(horizon);
                if (at == null) {
                    break;
                }
                cursor = at;
                if (step) {
                    // Each run sees its own time, as on the platform; moves made here fire nothing (the lock is ours).
                    clock.set(at);
                }
                for (TriggerSpec s : specs) {
                    if (at.equals(s.cron().next(previous(at), zone))) {
                        run(s, at, overlap);
                    }
                }
            }
            cursor = max(cursor, horizon);
            if (step && !clock.instant().equals(horizon)) {
                clock.set(horizon);
            }
        } finally {
            lock.unlock();
        }
    }

    private static Instant previous(Instant at) {
        return at.minusSeconds(1);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** The earliest firing after the cursor and not after {@code horizon}, or null. */
    private Instant earliestDue(Instant horizon) {
        Instant at = null;
        for (TriggerSpec s : specs) {
            Instant next = s.cron().next(cursor, zone);
            if (next != null && !next.isAfter(horizon) && (at == null || next.isBefore(at))) {
                at = next;
            }
        }
        return at;
    }

    private void run(TriggerSpec spec, Instant at, boolean overlap) {
        Map<String, Object> event = event(spec, at);
        if (overlap) {
            overlapping.execute(() -> runner.run(spec.function(), event));
        } else {
            runner.run(spec.function(), event);
        }
    }

    private static Map<String, Object> event(TriggerSpec spec, Instant at) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("Type", "Timer");
        event.put("TriggerName", spec.name());
        event.put("Time", DateTimeFormatter.ISO_INSTANT.format(at));
        // WeChat's config.json has no field for SCF's optional trigger argument, so the message is always empty.
        event.put("Message", "");
        return event;
    }

    private void followHost() {
        while (!closed) {
            Instant next = null;
            lock.lock();
            try {
                for (TriggerSpec s : specs) {
                    Instant n = s.cron().next(cursor, zone);
                    if (n != null && (next == null || n.isBefore(next))) {
                        next = n;
                    }
                }
            } finally {
                lock.unlock();
            }
            Duration wait = next == null ? MAX_NAP : Duration.between(clock.instant(), next);
            if (!wait.isNegative() && !wait.isZero()) {
                try {
                    Thread.sleep(Math.max(1, Math.min(wait.toMillis(), MAX_NAP.toMillis())));
                } catch (InterruptedException e) {
                    return;
                }
                continue;
            }
            runDue(true);
        }
    }

    /** Stops the host thread; runs already started finish or are stopped with the functions. */
    @Override
    public void close() {
        closed = true;
        if (hostThread != null) {
            hostThread.interrupt();
            overlapping.shutdownNow();
        }
    }
}
