package dev.minicloud.emulator.internal.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The environment's clock as internal code sees it: the time, whether it stands still, and moving it (timers of a
 * frozen clock advance it; triggers catch up by setting it). The environment wraps its public {@code MovableClock}
 * in one, so that internal code does not name a type of the package that calls into it (docs/architecture.md).
 */
public final class MovableClock extends Clock {
    private final Clock time;
    private final BooleanSupplier frozen;
    private final Consumer<Duration> advance;
    private final Consumer<Instant> set;

    public MovableClock(Clock time, BooleanSupplier frozen, Consumer<Duration> advance, Consumer<Instant> set) {
        this.time = time;
        this.frozen = frozen;
        this.advance = advance;
        this.set = set;
    }

    /** Whether the clock stands still until moved. */
    public boolean isFrozen() {
        return frozen.getAsBoolean();
    }

    /** Moves the clock forward by {@code amount}. */
    public void advance(Duration amount) {
        advance.accept(amount);
    }

    /** Moves the clock to {@code instant}. */
    public void set(Instant instant) {
        set.accept(instant);
    }

    @Override
    public Instant instant() {
        return time.instant();
    }

    @Override
    public long millis() {
        return time.millis();
    }

    @Override
    public ZoneId getZone() {
        return time.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return time.withZone(zone);
    }
}
