package dev.minicloud.emulator.internal.database.aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * The date operators: the field extractors ({@code $year}, {@code $month}, ..., {@code $isoWeek}), which take a date
 * or {@code {date, timezone}}, and {@code $dateToString}, {@code $dateFromString}, {@code $dateFromParts},
 * {@code $dateToParts}. Dates are in UTC unless a timezone is given.
 */
final class DateOperators {
    private DateOperators() {}

    static void register(Operators.Registry r) {
        extractor(r, "year", ZonedDateTime::getYear);
        extractor(r, "month", ZonedDateTime::getMonthValue);
        extractor(r, "dayOfMonth", ZonedDateTime::getDayOfMonth);
        extractor(r, "hour", ZonedDateTime::getHour);
        extractor(r, "minute", ZonedDateTime::getMinute);
        extractor(r, "second", ZonedDateTime::getSecond);
        extractor(r, "millisecond", t -> t.getNano() / 1_000_000);
        extractor(r, "dayOfYear", ZonedDateTime::getDayOfYear);
        extractor(r, "dayOfWeek", DateFormats::dayOfWeek);
        extractor(r, "week", DateFormats::week);
        extractor(r, "isoWeek", t -> t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        extractor(r, "isoWeekYear", t -> t.get(IsoFields.WEEK_BASED_YEAR));
        extractor(r, "isoDayOfWeek", t -> t.getDayOfWeek().getValue());
        r.add("dateToString", DateOperators::dateToString);
        r.add("dateFromString", DateOperators::dateFromString);
        r.add("dateFromParts", DateOperators::dateFromParts);
        r.add("dateToParts", DateOperators::dateToParts);
    }

    /** A date and an optional timezone, both expressions. */
    private record DateArg(Expression date, Expression timezone) {
        ZonedDateTime evaluate(String op, Scope scope) {
            Object d = date.evaluate(scope);
            if (Values.nullish(d)) {
                return null;
            }
            if (!(d instanceof Instant instant)) {
                throw Values.fail(op + ": can't convert from BSON type " + Values.type(d) + " to Date");
            }
            ZoneId zone = zone(timezone, scope);
            return zone == null ? null : instant.atZone(zone);
        }
    }

    /** The zone of a timezone expression: UTC if absent, null if it evaluates to null. */
    private static ZoneId zone(Expression timezone, Scope scope) {
        if (timezone == null) {
            return ZoneOffset.UTC;
        }
        Object tz = timezone.evaluate(scope);
        return Values.nullish(tz) ? null : TimeZones.of(tz);
    }

    private static Expression compileTimezone(Map<String, Object> options, ExpressionCompiler c) {
        return options.containsKey("timezone") ? c.compile(options.get("timezone")) : null;
    }

    private static void extractor(Operators.Registry r, String name, ToIntFunction<ZonedDateTime> field) {
        String op = "$" + name;
        r.add(name, (arg, c) -> {
            DateArg date;
            if (arg instanceof Map<?, ?> m && !m.isEmpty()
                    && !String.valueOf(m.keySet().iterator().next()).startsWith("$")) {
                Map<String, Object> o = Args.options(op, arg, Set.of("date"), Set.of("timezone"));
                date = new DateArg(c.compile(o.get("date")), compileTimezone(o, c));
            } else {
                date = new DateArg(Args.single(op, arg, c), null);
            }
            return scope -> {
                ZonedDateTime t = date.evaluate(op, scope);
                return t == null ? null : (Object) field.applyAsInt(t);
            };
        });
    }

    private static Expression dateToString(Object arg, ExpressionCompiler c) {
        Map<String, Object> o = Args.options("$dateToString", arg, Set.of("date"),
                Set.of("format", "timezone", "onNull"));
        DateArg date = new DateArg(c.compile(o.get("date")), compileTimezone(o, c));
        Expression format = o.containsKey("format") ? c.compile(o.get("format")) : scope -> DateFormats.DEFAULT;
        Expression onNull = o.containsKey("onNull") ? c.compile(o.get("onNull")) : scope -> null;
        return scope -> {
            Object f = format.evaluate(scope);
            if (Values.nullish(f)) {
                return null;
            }
            if (!(f instanceof String formatText)) {
                throw Values.fail("$dateToString requires that 'format' be a string, found: " + Values.type(f));
            }
            if (Values.nullish(date.date().evaluate(scope))) {
                return onNull.evaluate(scope);
            }
            ZonedDateTime t = date.evaluate("$dateToString", scope);
            return t == null ? null : DateFormats.format(t, formatText);
        };
    }

    private static Expression dateFromString(Object arg, ExpressionCompiler c) {
        Map<String, Object> o = Args.options("$dateFromString", arg, Set.of("dateString"),
                Set.of("format", "timezone", "onError", "onNull"));
        Expression text = c.compile(o.get("dateString"));
        Expression format = o.containsKey("format") ? c.compile(o.get("format")) : null;
        Expression timezone = compileTimezone(o, c);
        Expression onNull = o.containsKey("onNull") ? c.compile(o.get("onNull")) : scope -> null;
        Expression onError = o.containsKey("onError") ? c.compile(o.get("onError")) : null;
        return scope -> {
            Object s = text.evaluate(scope);
            if (Values.nullish(s)) {
                return onNull.evaluate(scope);
            }
            ZoneId zone = zone(timezone, scope);
            if (zone == null) {
                return null;
            }
            try {
                return parse(s, format == null ? null : format.evaluate(scope), zone, timezone != null);
            } catch (RuntimeException e) {
                if (onError == null) {
                    throw e;
                }
                return onError.evaluate(scope);
            }
        };
    }

    private static Instant parse(Object s, Object format, ZoneId zone, boolean zoneGiven) {
        if (!(s instanceof String text)) {
            throw Values.fail("$dateFromString requires that 'dateString' be a string, found: " + Values.type(s)
                    + " with value " + Values.show(s));
        }
        if (format != null && !(format instanceof String)) {
            throw Values.fail("$dateFromString requires that 'format' be a string, found: " + Values.type(format));
        }
        DateFormats.Parsed parsed = format == null ? DateFormats.parseIso(text)
                : DateFormats.parse(text, (String) format);
        if (parsed == null) {
            throw Values.fail("Error parsing date string '" + text + "'");
        }
        if (parsed.offset() != null && zoneGiven) {
            throw Values.fail("you cannot pass in a date/time string with time zone information ('" + text
                    + "') together with a timezone argument");
        }
        return parsed.in(zone).toInstant();
    }

    private static final List<String> NATURAL = List.of("year", "month", "day", "hour", "minute", "second",
            "millisecond");
    private static final List<String> ISO = List.of("isoWeekYear", "isoWeek", "isoDayOfWeek", "hour", "minute",
            "second", "millisecond");

    private static Expression dateFromParts(Object arg, ExpressionCompiler c) {
        Set<String> optional = new java.util.HashSet<>(NATURAL);
        optional.addAll(ISO);
        optional.add("timezone");
        Map<String, Object> o = Args.options("$dateFromParts", arg, Set.of(), optional);
        boolean iso = o.containsKey("isoWeekYear");
        if (iso && (o.containsKey("year") || o.containsKey("month") || o.containsKey("day"))) {
            throw Values.fail("$dateFromParts does not allow mixing natural dates with ISO dates");
        }
        if (!iso && !o.containsKey("year")) {
            throw Values.fail("$dateFromParts requires either 'year' or 'isoWeekYear' to be present");
        }
        List<String> names = iso ? ISO : NATURAL;
        Map<String, Expression> parts = new LinkedHashMap<>();
        for (String name : names) {
            if (o.containsKey(name)) {
                parts.put(name, c.compile(o.get(name)));
            }
        }
        Expression timezone = compileTimezone(o, c);
        return scope -> {
            long[] v = new long[names.size()];
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                Expression e = parts.get(name);
                Object value = e == null ? (Object) (i < 3 ? 1 : 0) : e.evaluate(scope);
                if (Values.nullish(value)) {
                    return null;
                }
                v[i] = part(name, value, i == 0 ? 1 : -32768, i == 0 ? 9999 : 32767);
            }
            ZoneId zone = zone(timezone, scope);
            if (zone == null) {
                return null;
            }
            LocalDate day = iso ? DateFormats.isoDate(v[0], v[1], v[2])
                    : LocalDate.of((int) v[0], 1, 1).plusMonths(v[1] - 1).plusDays(v[2] - 1);
            LocalDateTime t = day.atStartOfDay().plusHours(v[3]).plusMinutes(v[4]).plusSeconds(v[5])
                    .plusNanos(v[6] * 1_000_000);
            return t.atZone(zone).toInstant();
        };
    }

    private static long part(String name, Object value, int min, int max) {
        if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            throw Values.fail("'" + name + "' must evaluate to an integer, found " + Values.type(value)
                    + " with value " + Values.show(value));
        }
        long l = n.longValue();
        if (l < min || l > max) {
            throw Values.fail("'" + name + "' must evaluate to an integer in the range " + min + " to " + max
                    + ", found " + l);
        }
        return l;
    }

    private static Expression dateToParts(Object arg, ExpressionCompiler c) {
        Map<String, Object> o = Args.options("$dateToParts", arg, Set.of("date"), Set.of("timezone", "iso8601"));
        DateArg date = new DateArg(c.compile(o.get("date")), compileTimezone(o, c));
        Expression iso = o.containsKey("iso8601") ? c.compile(o.get("iso8601")) : scope -> false;
        return scope -> {
            ZonedDateTime t = date.evaluate("$dateToParts", scope);
            if (t == null) {
                return null;
            }
            Map<String, Object> out = new LinkedHashMap<>();
            if (Values.truthy(iso.evaluate(scope))) {
                out.put("isoWeekYear", t.get(IsoFields.WEEK_BASED_YEAR));
                out.put("isoWeek", t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                out.put("isoDayOfWeek", t.getDayOfWeek().getValue());
            } else {
                out.put("year", t.getYear());
                out.put("month", t.getMonthValue());
                out.put("day", t.getDayOfMonth());
            }
            out.put("hour", t.getHour());
            out.put("minute", t.getMinute());
            out.put("second", t.getSecond());
            out.put("millisecond", t.getNano() / 1_000_000);
            return out;
        };
    }
}
