package dev.minicloud.emulator.internal.miniprogram;

import dev.minicloud.emulator.internal.functions.runtime.BudgetExceeded;
import dev.minicloud.emulator.internal.functions.runtime.EventLoop;
import java.time.Duration;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Scriptable;

/**
 * A mini-program's event loop run until it is idle: microtasks, then queued watch events, then timers due within the
 * settle window, in Node's order. On a frozen clock time jumps to each timer (moving the environment's clock); on a
 * running clock the thread waits for it. Errors thrown by a task do not stop the others: they are reported.
 */
final class RealmDrain {
    private final MiniProgramSession session;
    private final Duration window;

    RealmDrain(MiniProgramSession session, Duration window) {
        this.session = session;
        this.window = window;
    }

    void run(Context cx, Scriptable global, BiConsumer<Context, MiniProgramSession.Delivery> deliver,
            Consumer<RhinoException> uncaught) {
        long end = session.clock().millis() + window.toMillis();
        while (true) {
            try {
                cx.processMicrotasks();
                MiniProgramSession.Delivery d = session.nextDelivery();
                if (d != null) {
                    deliver.accept(cx, d);
                    continue;
                }
            } catch (RhinoException e) {
                uncaught.accept(e);
                continue;
            }
            EventLoop.Timer next = session.loop.peek();
            if (next == null) {
                return;
            }
            long now = session.clock().millis();
            if (next.dueMillis() > now) {
                if (next.dueMillis() > end) {
                    return;
                }
                if (!session.clock().isFrozen()) {
                    sleep(next.dueMillis() - now);
                    continue;
                }
                session.clock().advance(Duration.ofMillis(next.dueMillis() - now));
            }
            session.loop.take();
            try {
                next.fn().call(cx, global, global, next.args());
            } catch (RhinoException e) {
                uncaught.accept(e);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BudgetExceeded(BudgetExceeded.Kind.CANCELLED, "interrupted");
        }
    }
}
