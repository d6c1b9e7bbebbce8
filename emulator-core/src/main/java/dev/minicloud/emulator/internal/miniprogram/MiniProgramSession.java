package dev.minicloud.emulator.internal.miniprogram;

import dev.minicloud.emulator.internal.common.MovableClock;
import dev.minicloud.emulator.internal.functions.runtime.ErrorInfo;
import dev.minicloud.emulator.internal.functions.runtime.RealmRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What the host functions of a mini-program's realm act on: its console, its timers on the environment's clock, the
 * watch events other threads queued for it, and the errors its callbacks threw. One per mini-program; used on its
 * own thread, except {@link #queue}, which any writer's thread may call.
 */
final class MiniProgramSession extends RealmRun {
    /** A watch event waiting for the mini-program's thread. */
    record Delivery(int watchId, String kind, String json) {}

    private final Queue<Delivery> deliveries = new ConcurrentLinkedQueue<>();
    private final List<ErrorInfo> errors = new ArrayList<>();

    MiniProgramSession(MovableClock clock) {
        super(clock);
    }

    /** Queues a watch event from any thread; the next drain delivers it. */
    void queue(Delivery delivery) {
        deliveries.add(delivery);
    }

    Delivery nextDelivery() {
        return deliveries.poll();
    }

    /** An error nothing in the mini-program could catch: a callback's, a timer's or a watch listener's. */
    void uncaught(ErrorInfo error) {
        errors.add(error);
        log("error", "thirdScriptError\n" + error.render());
    }

    /** The uncaught errors since the last call, which are then forgotten. */
    List<ErrorInfo> takeErrors() {
        List<ErrorInfo> taken = List.copyOf(errors);
        errors.clear();
        return taken;
    }
}
