package dev.minicloud.emulator.internal.database.engine;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Document ids shaped like the service's: 32 lowercase hex characters, 8 derived from the environment, then the
 * creation time in epoch seconds, then a counter. Deterministic for a given env id and clock, so tests that print ids
 * are repeatable.
 */
final class IdGenerator {
    private final String prefix;
    private final AtomicLong counter;

    IdGenerator(String envId) {
        int h = envId.hashCode() * 0x9E3779B1;
        this.prefix = String.format("%08x", h);
        this.counter = new AtomicLong(((long) envId.hashCode() & 0xffffffL) << 24);
    }

    /**
     * Makes later ids differ from {@code id} if it is one this generator could make: a store reopened from a file on
     * a frozen clock (or within the same second) would otherwise hand out its ids again.
     */
    void skipPast(Object id) {
        if (id instanceof String s && s.length() == 32 && s.startsWith(prefix)) {
            try {
                long used = Long.parseUnsignedLong(s.substring(16), 16);
                counter.accumulateAndGet(used + 1, Math::max);
            } catch (NumberFormatException notOurs) {
                // Same length and prefix by chance: an id given by the caller, which cannot collide with ours.
            }
        }
    }

    String next(Instant now) {
        return prefix + String.format("%08x%016x", now.getEpochSecond() & 0xffffffffL, counter.getAndIncrement());
    }
}
