package dev.minicloud.emulator;

import dev.minicloud.emulator.internal.common.MovableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The time source of one environment: it drives {@code db.serverDate()}, the timestamps inside generated
 * {@code _id}s, function timers and the expiry of temporary file URLs.
 *
 * <p>A clock either follows the host's time, shifted by whatever {@link #set} and {@link #advance} asked for
 * ({@link #system()}), or stands still until it is moved ({@link #fixed(Instant)}), which makes tests
 * deterministic:
 *
 * <pre>{@code
 * VirtualClock clock = VirtualClock.fixed(Instant.parse("2024-03-17T02:20:30Z"));
 * try (CloudEnvironment env = CloudEmulator.newEnvironment(
 *         EmulatorConfiguration.builder().setClock(clock).build())) {
 *     clock.advance(Duration.ofMinutes(11)); // a temporary URL with a 10-minute lifetime has now expired
 * }
 * }</pre>
 *
 * <p>Moving the clock runs the timer triggers of the environments using it whose time it passed, before
 * {@link #set} or {@link #advance} returns (see {@code Functions.triggers()}).
 *
 * <p>Instances are thread-safe. Each environment has its own clock unless a test deliberately shares one.
 */
public final class VirtualClock extends Clock {
    private record State(boolean frozen, Instant frozenAt, Duration shift) {}

    private final Clock host;
    private final State initial;
    private final AtomicReference<State> state;
    /** The environments' trigger schedulers, told after every move. */
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    private VirtualClock(Clock host, State initial) {
        this.host = host;
        this.initial = initial;
        this.state = new AtomicReference<>(initial);
    }

    /** A clock that follows the host's time until it is set or advanced, then keeps the shift. */
    public static VirtualClock system() {
        return new VirtualClock(Clock.systemUTC(), new State(false, null, Duration.ZERO));
    }

    /** A clock that stands at {@code start} and moves only when {@link #set} or {@link #advance} is called. */
    public static VirtualClock fixed(Instant start) {
        Objects.requireNonNull(start, "start");
        return new VirtualClock(Clock.systemUTC(), new State(true, start, Duration.ZERO));
    }

    /** Whether the clock stands still between calls to {@link #set} and {@link #advance}. */
    public boolean isFrozen() {
        return state.get().frozen();
    }

    /** Moves the clock to {@code instant}; a clock that follows the host keeps following it from there. */
    public void set(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        state.updateAndGet(s -> s.frozen()
                ? new State(true, instant, s.shift())
                : new State(false, null, Duration.between(host.instant(), instant)));
        moved();
    }

    /** Moves the clock forward by {@code amount} (backward if negative). */
    public void advance(Duration amount) {
        Objects.requireNonNull(amount, "amount");
        state.updateAndGet(s -> s.frozen()
                ? new State(true, s.frozenAt().plus(amount), s.shift())
                : new State(false, null, s.shift().plus(amount)));
        moved();
    }

    private void moved() {
        for (Runnable listener : listeners) {
            listener.run();
        }
    }

    void addListener(Runnable listener) {
        listeners.add(listener);
    }

    void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    @Override
    public Instant instant() {
        State s = state.get();
        return s.frozen() ? s.frozenAt() : host.instant().plus(s.shift());
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }

    /** Always UTC: the service stores instants, and time zones belong to formatting. */
    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** A view of this clock in another zone that moves whenever this clock moves. */
    @Override
    public Clock withZone(ZoneId zone) {
        VirtualClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return self.withZone(other);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    /** This clock as internal code takes it, which does not name this class. */
    MovableClock movable() {
        return new MovableClock(this, this::isFrozen, this::advance, this::set);
    }

    /** Puts the clock back as it was created: at its start instant, or following the host without a shift. */
    void restart() {
        state.set(initial);
    }

    @Override
    public String toString() {
        return (isFrozen() ? "VirtualClock[fixed at " : "VirtualClock[following host, now ") + instant() + "]";
    }
}
