package dev.minicloud.emulator.internal.functions.runtime;

import dev.minicloud.emulator.internal.functions.Invocation;
import java.util.HashSet;
import java.util.PriorityQueue;
import java.util.Set;
import org.mozilla.javascript.Callable;

/**
 * The timers of one invocation, in Node's order: earliest due first, then in the order they were set;
 * {@code setImmediate} callbacks are due at once. The invocation drives the loop (see {@link Invocation}).
 */
public final class EventLoop {
    /** A scheduled callback. */
    public record Timer(int id, long dueMillis, long order, Callable fn, Object[] args, long intervalMillis) {}

    private final PriorityQueue<Timer> queue = new PriorityQueue<>((a, b) -> a.dueMillis() != b.dueMillis()
            ? Long.compare(a.dueMillis(), b.dueMillis()) : Long.compare(a.order(), b.order()));
    private final Set<Integer> cancelled = new HashSet<>();
    private int nextId = 1;
    private long order;

    /** Schedules a callback; a negative delay means {@code setImmediate}. */
    int add(Callable fn, Object[] args, double delayMillis, boolean repeat, long nowMillis) {
        // Node clamps delays below 1 ms (and NaN) to 1 ms.
        long delay = delayMillis < 0 ? 0 : Math.max(1, Double.isNaN(delayMillis) ? 1 : (long) delayMillis);
        int id = nextId++;
        queue.add(new Timer(id, nowMillis + delay, order++, fn, args, repeat ? delay : -1));
        return id;
    }

    void cancel(int id) {
        cancelled.add(id);
    }

    /** The next live timer without removing it, or null when nothing is scheduled. */
    public Timer peek() {
        Timer t = queue.peek();
        while (t != null && cancelled.contains(t.id())) {
            queue.poll();
            cancelled.remove(t.id());
            t = queue.peek();
        }
        return t;
    }

    /** Removes the next timer; an interval is scheduled again after its period. */
    public Timer take() {
        Timer t = peek();
        if (t != null) {
            queue.poll();
            if (t.intervalMillis() >= 0) {
                queue.add(new Timer(t.id(), t.dueMillis() + t.intervalMillis(), order++, t.fn(), t.args(),
                        t.intervalMillis()));
            }
        }
        return t;
    }
}
