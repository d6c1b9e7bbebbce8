package dev.minicloud.emulator.console;

import dev.minicloud.emulator.CloudEnvironment;
import dev.minicloud.emulator.VirtualClock;
import java.io.IOException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code /api/clock}: the environment's clock, and moving a frozen one forward. A clock following the host is not
 * moved: a server started on the host's time stays on it, as functions' timers and temporary URLs expect.
 */
final class ClockApi implements Api {
    @Override
    public Object handle(Request r, CloudEnvironment env) throws IOException {
        VirtualClock clock = env.clock();
        if (r.segments() == 1 && r.method().equals("GET")) {
            return show(clock);
        }
        if (r.segments() == 2 && "advance".equals(r.segment(1)) && r.method().equals("POST")) {
            if (!clock.isFrozen()) {
                throw new ConsoleError(409, "the clock follows the host's; start serve with --time INSTANT to"
                        + " freeze it and move it from the console");
            }
            clock.advance(duration(CollectionsApi.text(r.json(), "by")));
            return show(clock);
        }
        throw Api.noRoute(r);
    }

    /** An ISO-8601 duration: PT90S, PT10M, PT2H, P1D; negative values go back. */
    private static Duration duration(String text) {
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw ConsoleError.badRequest("'" + text + "' is not an ISO-8601 duration such as PT10M, PT2H or P1D");
        }
    }

    private static Map<String, Object> show(VirtualClock clock) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("time", clock.instant().truncatedTo(ChronoUnit.MILLIS).toString());
        out.put("frozen", clock.isFrozen());
        return out;
    }
}
