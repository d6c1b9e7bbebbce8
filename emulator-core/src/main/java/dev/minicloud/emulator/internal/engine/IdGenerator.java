package dev.minicloud.emulator.internal.engine;

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

    String next(Instant now) {
        return prefix + String.format("%08x%016x", now.getEpochSecond() & 0xffffffffL, counter.getAndIncrement());
    }
}
