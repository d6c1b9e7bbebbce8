package dev.minicloud.emulator.internal.database.aggregate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The format specifiers of {@code $dateToString} and {@code $dateFromString}: {@code %d %G %H %j %L %m %M %S %u %U
 * %V %w %Y %z %Z %%}. Formatting follows MongoDB's table ({@code %w} is 1 for Sunday to 7, {@code %u} 1 for Monday
 * to 7, {@code %Z} the offset in minutes); parsing accepts the same specifiers, and without a format an ISO-8601 date
 * or date-time, with {@code T} or a space, optional seconds and fraction, and an optional {@code Z} or offset.
 */
final class DateFormats {
    /** MongoDB's default format. */
    static final String DEFAULT = "%Y-%m-%dT%H:%M:%S.%LZ";

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})"
            + "(?::(\\d{2})(?:\\.(\\d{1,9}))?)?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?");

    private DateFormats() {}

    /** The 1-7 day of the week from Sunday. */
    static int dayOfWeek(ZonedDateTime t) {
        return t.getDayOfWeek().getValue() % 7 + 1;
    }

    /** The week of the year, 0-53, weeks starting on Sunday (strftime's %U). */
    static int week(ZonedDateTime t) {
        return (t.getDayOfYear() - 1 + 7 - (dayOfWeek(t) - 1)) / 7;
    }

    static String format(ZonedDateTime t, String format) {
        StringBuilder out = new StringBuilder(format.length() + 8);
        for (int i = 0; i < format.length(); i++) {
            char ch = format.charAt(i);
            if (ch != '%') {
                out.append(ch);
                continue;
            }
            if (++i == format.length()) {
                throw Values.fail("Unmatched '%' at end of format string");
            }
            int offsetMinutes = t.getOffset().getTotalSeconds() / 60;
            switch (format.charAt(i)) {
                case 'd' -> pad(out, t.getDayOfMonth(), 2);
                case 'G' -> pad(out, t.get(IsoFields.WEEK_BASED_YEAR), 4);
                case 'H' -> pad(out, t.getHour(), 2);
                case 'j' -> pad(out, t.getDayOfYear(), 3);
                case 'L' -> pad(out, t.getNano() / 1_000_000, 3);
                case 'm' -> pad(out, t.getMonthValue(), 2);
                case 'M' -> pad(out, t.getMinute(), 2);
                case 'S' -> pad(out, t.getSecond(), 2);
                case 'u' -> out.append(t.getDayOfWeek().getValue());
                case 'U' -> pad(out, week(t), 2);
                case 'V' -> pad(out, t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
                case 'w' -> out.append(dayOfWeek(t));
                case 'Y' -> pad(out, t.getYear(), 4);
                case 'z' -> {
                    out.append(offsetMinutes < 0 ? '-' : '+');
                    pad(out, Math.abs(offsetMinutes) / 60, 2);
                    pad(out, Math.abs(offsetMinutes) % 60, 2);
                }
                case 'Z' -> out.append(offsetMinutes < 0 ? "-" : "+").append(Math.abs(offsetMinutes));
                case '%' -> out.append('%');
                default -> throw Values.fail("Invalid format character '%" + format.charAt(i)
                        + "' in format string");
            }
        }
        return out.toString();
    }

    private static void pad(StringBuilder out, int value, int width) {
        String s = Integer.toString(value);
        for (int k = s.length(); k < width; k++) {
            out.append('0');
        }
        out.append(s);
    }

    /** A parsed date-time: the local fields, and the offset if the text named one. */
    record Parsed(LocalDateTime local, ZoneOffset offset) {
        ZonedDateTime in(ZoneId zone) {
            return offset == null ? local.atZone(zone) : local.atOffset(offset).toZonedDateTime();
        }
    }

    /** Parses an ISO-8601-like date string; null if it is not one. */
    static Parsed parseIso(String s) {
        Matcher m = ISO.matcher(s.trim());
        if (!m.matches()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            LocalDateTime t = date.atStartOfDay();
            if (m.group(4) != null) {
                String fraction = m.group(7) == null ? "0" : (m.group(7) + "000000000").substring(0, 9);
                t = date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                        m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), Integer.parseInt(fraction));
            }
            return new Parsed(t.truncatedTo(ChronoUnit.MILLIS), offset(m.group(8)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String text) {
        if (text == null) {
            return null;
        }
        if (text.equals("Z")) {
            return ZoneOffset.UTC;
        }
        return (ZoneOffset) TimeZones.of(text);
    }

    /** Parses {@code s} by {@code format}; null if it does not match. */
    static Parsed parse(String s, String format) {
        int[] fields = {1970, 1, 1, 0, 0, 0, 0};
        Integer dayOfYear = null;
        Integer isoYear = null;
        Integer isoWeek = null;
        Integer isoDay = null;
        ZoneOffset offset = null;
        int pos = 0;
        for (int i = 0; i < format.length(); i++) {
            char ch = format.charAt(i);
            if (ch != '%' || i + 1 == format.length()) {
                if (pos >= s.length() || s.charAt(pos) != ch) {
                    return null;
                }
                pos++;
                continue;
            }
            char spec = format.charAt(++i);
            if (spec == '%') {
                if (pos >= s.length() || s.charAt(pos) != '%') {
                    return null;
                }
                pos++;
                continue;
            }
            if (spec == 'z' || spec == 'Z') {
                Matcher m = Pattern.compile(spec == 'z' ? "[+-]\\d{2}:?\\d{2}" : "[+-]\\d{1,4}")
                        .matcher(s).region(pos, s.length());
                if (!m.lookingAt()) {
                    return null;
                }
                offset = spec == 'z' ? offset(m.group()) : ZoneOffset.ofTotalSeconds(Integer.parseInt(m.group()) * 60);
                pos = m.end();
                continue;
            }
            int width = switch (spec) {
                case 'Y', 'G' -> 4;
                case 'j', 'L' -> 3;
                case 'u', 'w' -> 1;
                case 'd', 'H', 'm', 'M', 'S', 'U', 'V' -> 2;
                default -> throw Values.fail("Invalid format character '%" + spec + "' in format string");
            };
            int end = pos;
            while (end < s.length() && end - pos < width && Character.isDigit(s.charAt(end))) {
                end++;
            }
            if (end == pos || (width == 4 && end - pos != 4)) {
                return null;
            }
            int value = Integer.parseInt(s.substring(pos, end));
            pos = end;
            switch (spec) {
                case 'Y' -> fields[0] = value;
                case 'm' -> fields[1] = value;
                case 'd' -> fields[2] = value;
                case 'H' -> fields[3] = value;
                case 'M' -> fields[4] = value;
                case 'S' -> fields[5] = value;
                case 'L' -> fields[6] = value;
                case 'j' -> dayOfYear = value;
                case 'G' -> isoYear = value;
                case 'V' -> isoWeek = value;
                case 'u' -> isoDay = value;
                default -> {
                    // %U and %w name the week and weekday from Sunday; the date fields already fix the day.
                }
            }
        }
        if (pos != s.length()) {
            return null;
        }
        try {
            LocalDate date;
            if (isoYear != null) {
                date = isoDate(isoYear, isoWeek == null ? 1 : isoWeek, isoDay == null ? 1 : isoDay);
            } else if (dayOfYear != null) {
                date = LocalDate.ofYearDay(fields[0], dayOfYear);
            } else {
                date = LocalDate.of(fields[0], fields[1], fields[2]);
            }
            return new Parsed(date.atTime(fields[3], fields[4], fields[5], fields[6] * 1_000_000), offset);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The date of an ISO week-numbering year, week and day (1 = Monday); out-of-range values carry over. */
    static LocalDate isoDate(long isoYear, long isoWeek, long isoDay) {
        LocalDate firstMonday = LocalDate.of((int) isoYear, 1, 4).with(DayOfWeek.MONDAY);
        return firstMonday.plusWeeks(isoWeek - 1).plusDays(isoDay - 1);
    }
}
