package dev.minicloud.emulator.internal.database.query;

import dev.minicloud.emulator.database.command.Command.ProjectionOperator;
import dev.minicloud.emulator.database.command.LogicCommand;
import dev.minicloud.emulator.database.command.QueryCommand;
import dev.minicloud.emulator.database.command.UpdateCommand;
import dev.minicloud.emulator.database.value.Geo;
import dev.minicloud.emulator.database.value.RegExp;
import dev.minicloud.emulator.database.value.ServerDate;
import dev.minicloud.emulator.internal.common.value.Numbers;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns values from a request (Java API or cloud function) into MiniCloud's canonical values, as the SDK serialises
 * them: numbers canonical, dates as {@link Instant} at millisecond precision, server dates resolved to the request's
 * instant, regular expressions as {@link RegExp}, {@link Geo} values as their GeoJSON objects.
 *
 * <p>One encoder serves one request, so every {@code serverDate()} in it resolves to the same instant.
 */
public final class ValueEncoder {
    /** The largest distance from the epoch a JavaScript {@code Date} can hold, in milliseconds (ECMA-262 §21.4.1). */
    public static final long MAX_DATE_MILLIS = 8_640_000_000_000_000L;

    private final Instant now;

    public ValueEncoder(Instant now) {
        this.now = now.truncatedTo(ChronoUnit.MILLIS);
    }

    /** The request's instant, which {@code serverDate()} resolves against. */
    public Instant now() {
        return now;
    }

    /**
     * A value inside a query or update: plain values canonical, a field-less query command becomes its operator
     * object (as inside {@code elemMatch} or {@code pull}).
     */
    public Object value(Object v) {
        return encode(v, newVisited(), true, null);
    }

    /**
     * Document data for add and set: stored as given (not flattened); commands, {@code $}-prefixed keys and
     * dotted keys are refused.
     *
     * @param api the SDK call, named in error messages
     */
    public Object data(Object v, String api) {
        return encode(v, newVisited(), false, api);
    }

    private static Set<Object> newVisited() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    private Object encode(Object v, Set<Object> visited, boolean commandsAllowed, String api) {
        if (v == null || v instanceof String || v instanceof Boolean) {
            return v;
        }
        if (v instanceof Number n) {
            return Numbers.canonical(n);
        }
        if (v instanceof Character c) {
            return c.toString();
        }
        Instant instant = instant(v);
        if (instant != null) {
            return instant;
        }
        if (v instanceof ServerDate d) {
            return inDateRange(now.toEpochMilli() + (double) d.offsetMillis(), d);
        }
        if (v instanceof RegExp) {
            return v;
        }
        if (v instanceof Pattern p) {
            return RegExp.of(p);
        }
        if (v instanceof Geo g) {
            return encode(g.toGeoJson(), visited, commandsAllowed, null);
        }
        if (v instanceof Map<?, ?> m) {
            enter(visited, m);
            Map<String, Object> out = new LinkedHashMap<>(Math.max(4, m.size() * 2));
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String key = key(e.getKey());
                if (api != null) {
                    checkStoredKey(key);
                }
                out.put(key, encode(e.getValue(), visited, commandsAllowed, api));
            }
            visited.remove(m);
            return out;
        }
        if (v instanceof Collection<?> || v instanceof Object[]) {
            Collection<?> items = v instanceof Object[] a ? java.util.Arrays.asList(a) : (Collection<?>) v;
            enter(visited, v);
            List<Object> out = new ArrayList<>(items.size());
            for (Object item : items) {
                out.add(encode(item, visited, commandsAllowed, api));
            }
            visited.remove(v);
            return out;
        }
        if (v instanceof QueryCommand q && commandsAllowed && !isLogic(q.operator())) {
            return QueryEncoder.operatorObject(q, this);
        }
        if (v instanceof LogicCommand || v instanceof UpdateCommand) {
            if (api != null) {
                throw DatabaseError.invalidParameters("database commands cannot be stored as data: " + v);
            }
            throw SdkErrors.of("a chained or logic command cannot be used as a value here: " + v);
        }
        if (v instanceof ProjectionOperator) {
            throw SdkErrors.of("_.project." + ((ProjectionOperator) v).operator() + " can only be used in field()");
        }
        throw SdkErrors.of("unsupported value of type " + v.getClass().getName());
    }

    static boolean isLogic(String operator) {
        return switch (operator) {
            case "and", "or", "nor", "not", "expr", "jsonSchema" -> true;
            default -> false;
        };
    }

    private static void checkStoredKey(String key) {
        if (key.isEmpty()) {
            throw DatabaseError.invalidParameters("field names cannot be empty");
        }
        if (key.indexOf('\0') >= 0) {
            throw DatabaseError.invalidParameters("field names cannot contain the NUL character: "
                    + key.replace("\0", "\\u0000"));
        }
        if (key.startsWith("$")) {
            throw DatabaseError.invalidParameters("field names cannot start with '$': " + key);
        }
        if (key.indexOf('.') >= 0) {
            throw DatabaseError.invalidParameters("field names cannot contain '.': " + key);
        }
    }

    private static void enter(Set<Object> visited, Object container) {
        if (!visited.add(container)) {
            throw SdkErrors.of("Cannot convert circular structure to JSON");
        }
    }

    static String key(Object key) {
        if (key instanceof String s) {
            return s;
        }
        throw SdkErrors.of("object keys must be strings, got " + (key == null ? "null" : key.getClass().getName()));
    }

    /**
     * A date given in any of the Java forms MiniCloud accepts, at millisecond precision; null if not a date.
     *
     * @throws DatabaseError (-501007) for a date JavaScript cannot hold, beyond {@value #MAX_DATE_MILLIS} ms from
     *     1970 either way
     */
    public static Instant instant(Object v) {
        Instant i;
        if (v instanceof Instant x) {
            i = x;
        } else if (v instanceof Date d) {
            i = d.toInstant();
        } else if (v instanceof java.time.OffsetDateTime || v instanceof java.time.ZonedDateTime) {
            i = Instant.from((TemporalAccessor) v);
        } else {
            return null;
        }
        return inDateRange(i.getEpochSecond() * 1000.0 + i.getNano() / 1_000_000, v);
    }

    /**
     * The instant {@code millis} after 1970 if a JavaScript {@code Date} can hold it. Counted in double, which is
     * exact over that range and cannot overflow outside it.
     */
    private static Instant inDateRange(double millis, Object given) {
        if (Math.abs(millis) > MAX_DATE_MILLIS) {
            throw DatabaseError.invalidParameters("date out of range: " + given + " (a JavaScript Date holds at most "
                    + MAX_DATE_MILLIS + " ms either side of 1970-01-01T00:00:00Z)");
        }
        return Instant.ofEpochMilli((long) Math.floor(millis));
    }
}
