package dev.minicloud.emulator.internal.functions;

import dev.minicloud.emulator.functions.call.FunctionCall;
import java.util.ArrayDeque;
import java.util.List;

/** The most recent function calls of one environment, for tests to inspect and for failure reports. */
final class CallHistory {
    /** Older calls are forgotten, so a long-lived environment does not grow without bound. */
    static final int CAPACITY = 1000;

    private final ArrayDeque<FunctionCall> calls = new ArrayDeque<>();

    synchronized void record(FunctionCall call) {
        if (calls.size() == CAPACITY) {
            calls.removeFirst();
        }
        calls.addLast(call);
    }

    synchronized List<FunctionCall> calls() {
        return List.copyOf(calls);
    }

    synchronized void clear() {
        calls.clear();
    }
}
