package dev.minicloud.emulator.internal.functions.triggers;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * A timer trigger's seven-field cron expression as SCF reads it: second, minute, hour, day of month, month, day of
 * week, year, separated by spaces. Each field takes numbers, {@code ,} lists, {@code a-b} ranges, {@code *} and
 * {@code start/step} increments; months and weekdays also take English names (JAN, MON); weekday 0 is Sunday. The day
 * fields also take {@code ?} (any) and the day of month {@code L} (its last day). When both day fields are
 * restricted a day matches if either matches, as in classic cron.
 */
public final class CronExpression {
    private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
            "OCT", "NOV", "DEC");
    private static final List<String> WEEKDAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");
    private static final int LAST_YEAR = 2099;

    private final String text;
    private final BitSet seconds;
    private final BitSet minutes;
    private final BitSet hours;
    private final BitSet days;
    private final boolean lastDay;
    private final BitSet months;
    private final BitSet weekdays;
    private final BitSet years;
    private final boolean anyDay;
    private final boolean anyWeekday;

    private CronExpression(String text, String[] f) {
        this.text = text;
        this.seconds = field(f[0], "second", 0, 59, List.of());
        this.minutes = field(f[1], "minute", 0, 59, List.of());
        this.hours = field(f[2], "hour", 0, 23, List.of());
        this.lastDay = f[3].equals("L");
        this.anyDay = f[3].equals("*") || f[3].equals("?");
        this.days = lastDay ? new BitSet() : field(f[3].equals("?") ? "*" : f[3], "day", 1, 31, List.of());
        this.months = field(f[4], "month", 1, 12, MONTHS);
        this.anyWeekday = f[5].equals("*") || f[5].equals("?");
        this.weekdays = field(f[5].equals("?") ? "*" : f[5], "weekday", 0, 6, WEEKDAYS);
        this.years = field(f[6], "year", 1970, LAST_YEAR, List.of());
    }

    /**
     * Parses {@code text}.
     *
     * @throws IllegalArgumentException naming the field that is wrong and why
     */
    public static CronExpression parse(String text) {
        String[] fields = text == null ? new String[0] : text.trim().toUpperCase(Locale.ROOT).split("\\s+");
        if (fields.length != 7) {
            throw new IllegalArgumentException("a cron expression has seven fields (second minute hour day month"
                    + " weekday year), this one has " + (text == null || text.isBlank() ? 0 : fields.length));
        }
        return new CronExpression(text.trim(), fields);
    }

    private static BitSet field(String spec, String name, int min, int max, List<String> names) {
        BitSet set = new BitSet();
        for (String part : spec.split(",", -1)) {
            String range = part;
            int step = 1;
            int slash = part.indexOf('/');
            if (slash >= 0) {
                range = part.substring(0, slash);
                step = number(part.substring(slash + 1), name, 1, max - min + 1, List.of(), 0);
            }
            int from;
            int to;
            if (range.equals("*")) {
                from = min;
                to = max;
            } else if (range.contains("-")) {
                String[] ends = range.split("-", -1);
                if (ends.length != 2) {
                    throw invalid(name, part);
                }
                from = number(ends[0], name, min, max, names, min);
                to = number(ends[1], name, min, max, names, min);
                if (to < from) {
                    throw new IllegalArgumentException("the " + name + " range '" + part + "' ends before it starts");
                }
            } else {
                from = number(range, name, min, max, names, min);
                to = slash >= 0 ? max : from;
            }
            for (int v = from; v <= to; v += step) {
                set.set(v);
            }
        }
        return set;
    }

    private static int number(String s, String name, int min, int max, List<String> names, int offset) {
        int named = names.indexOf(s);
        if (named >= 0) {
            return named + offset;
        }
        if (!s.matches("\\d{1,4}")) {
            throw invalid(name, s);
        }
        int v = Integer.parseInt(s);
        if (v < min || v > max) {
            throw new IllegalArgumentException("the " + name + " " + v + " is outside " + min + "-" + max);
        }
        return v;
    }

    private static IllegalArgumentException invalid(String name, String part) {
        return new IllegalArgumentException("'" + part + "' is not a valid " + name + " (use numbers, names, ',',"
                + " '-', '*' and '/'" + (name.equals("day") ? ", '?' or 'L'" : name.equals("weekday") ? " or '?'" : "")
                + ")");
    }

    /** The first instant strictly after {@code after} that matches, read in {@code zone}; null if none before 2100. */
    public Instant next(Instant after, ZoneId zone) {
        LocalDateTime t = LocalDateTime.ofInstant(after, zone).truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        while (t.getYear() <= LAST_YEAR) {
            if (!years.get(t.getYear())) {
                t = LocalDateTime.of(t.getYear() + 1, 1, 1, 0, 0);
            } else if (!months.get(t.getMonthValue())) {
                t = t.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).plusMonths(1);
            } else if (!dayMatches(t)) {
                t = t.truncatedTo(ChronoUnit.DAYS).plusDays(1);
            } else if (!hours.get(t.getHour())) {
                t = t.truncatedTo(ChronoUnit.HOURS).plusHours(1);
            } else if (!minutes.get(t.getMinute())) {
                t = t.truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
            } else if (!seconds.get(t.getSecond())) {
                t = t.plusSeconds(1);
            } else {
                Instant at = t.atZone(zone).toInstant();
                if (at.isAfter(after)) {
                    return at;
                }
                t = t.plusSeconds(1);
            }
        }
        return null;
    }

    private boolean dayMatches(LocalDateTime t) {
        boolean day = lastDay ? t.toLocalDate().equals(t.toLocalDate().with(TemporalAdjusters.lastDayOfMonth()))
                : days.get(t.getDayOfMonth());
        boolean weekday = weekdays.get(t.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : t.getDayOfWeek().getValue());
        if (anyWeekday) {
            return day;
        }
        if (anyDay) {
            return weekday;
        }
        return day || weekday;
    }

    @Override
    public String toString() {
        return text;
    }
}
