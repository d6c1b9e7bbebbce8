package dev.minicloud.emulator.internal.database.aggregate;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code timezone} argument of date operators: an Olson name ({@code "Asia/Shanghai"}, {@code "UTC"}) or a UTC
 * offset ({@code "+08:00"}, {@code "+0800"}, {@code "+08"}, {@code "-05:30"}). Absent, null-free default: UTC.
 */
final class TimeZones {
    private static final Pattern OFFSET = Pattern.compile("([+-])(\\d{2})(?::?(\\d{2}))?");

    private TimeZones() {}

    /** The zone of an evaluated {@code timezone} value. */
    static ZoneId of(Object value) {
        if (!(value instanceof String s)) {
            throw Values.fail("timezone must evaluate to a string, found " + Values.type(value));
        }
        Matcher m = OFFSET.matcher(s);
        if (m.matches()) {
            int hours = Integer.parseInt(m.group(2));
            int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            int sign = m.group(1).equals("-") ? -1 : 1;
            try {
                return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
            } catch (DateTimeException e) {
                throw unrecognized(s);
            }
        }
        if (!ZoneId.getAvailableZoneIds().contains(s)) {
            throw unrecognized(s);
        }
        return ZoneId.of(s);
    }

    private static RuntimeException unrecognized(String s) {
        return Values.fail("unrecognized time zone identifier: \"" + s + "\"");
    }
}
