package dev.minicloud.emulator.internal.common;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The request ids the service puts in results and logs: version-4 UUIDs, as the service's are. They name a request
 * and guard nothing, so they come from the thread's fast generator rather than {@link UUID#randomUUID}'s
 * {@code SecureRandom}, which cost a warm function call about a quarter of a microsecond.
 */
public final class RequestIds {
    private RequestIds() {}

    /** A new random version-4 UUID in its usual text form. */
    public static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & ~(3L << 62) | (1L << 63);
        return new UUID(high, low).toString();
    }
}
