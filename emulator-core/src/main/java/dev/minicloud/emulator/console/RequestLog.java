package dev.minicloud.emulator.console;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The console's last API calls, newest first, with their outcome and how long they took. */
final class RequestLog {
    static final int CAPACITY = 200;

    private final Deque<Map<String, Object>> entries = new ArrayDeque<>();

    /**
     * Records one call.
     *
     * @param at when it arrived, on the host's clock
     * @param path the path and query as sent
     * @param status the HTTP status answered
     * @param error the error shown, or null
     */
    synchronized void add(Instant at, String method, String path, int status, long durationMs, String error) {
        if (entries.size() == CAPACITY) {
            entries.removeLast();
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("at", at.toString());
        entry.put("method", method);
        entry.put("path", path);
        entry.put("status", status);
        entry.put("durationMs", durationMs);
        entry.put("error", error);
        entries.addFirst(entry);
    }

    synchronized List<Map<String, Object>> entries() {
        return new ArrayList<>(entries);
    }
}
