package dev.minicloud.emulator.functions.call;

import java.time.Instant;

/**
 * One line a function logged: {@code console.log/info/debug/warn/error/trace}, or {@code cloud.logger()} (whose
 * fields appear as JSON text).
 *
 * @param time when, on the environment's clock
 * @param level {@code log}, {@code info}, {@code debug}, {@code warn}, {@code error} or {@code trace}
 * @param message the text, formatted as Node's console formats it
 */
public record LogEntry(Instant time, String level, String message) {
    @Override
    public String toString() {
        return "[" + level + "] " + message;
    }
}
