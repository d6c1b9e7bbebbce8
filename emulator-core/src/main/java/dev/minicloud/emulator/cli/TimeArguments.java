package dev.minicloud.emulator.cli;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Instants and durations as a person types them. */
final class TimeArguments {
    private static final Pattern SHORT_DURATION = Pattern.compile("(-?\\d{1,9})(ms|s|m|h|d)");

    private TimeArguments() {}

    /**
     * An ISO-8601 instant such as {@code 2024-03-17T02:20:30Z}.
     *
     * @throws UsageException if {@code text} is not one
     */
    static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("'" + text + "' is not an ISO-8601 instant such as 2024-03-17T02:20:30Z", e);
        }
    }

    /**
     * A duration: {@code 90s}, {@code 10m}, {@code 2h}, {@code 1d}, {@code 250ms}, or ISO-8601 ({@code PT10M}).
     *
     * @throws UsageException if {@code text} is neither form
     */
    static Duration duration(String text) {
        Matcher m = SHORT_DURATION.matcher(text);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("'" + text + "' is not a duration such as 90s, 10m, 2h, 1d or PT10M", e);
        }
    }
}
