package dev.minicloud.emulator.internal.common.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.minicloud.emulator.database.value.Geo;
import dev.minicloud.emulator.database.value.RegExp;
import dev.minicloud.emulator.database.value.ServerDate;
import dev.minicloud.emulator.internal.common.value.Frozen;
import dev.minicloud.emulator.internal.common.value.FrozenMap;
import dev.minicloud.emulator.internal.common.value.Numbers;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON text to and from MiniCloud's value model (Map, List, String, canonical Number, Boolean, null, Instant,
 * RegExp), on Jackson's streaming API.
 *
 * <p>Reading understands the extended forms the service and its console use: {@code {"$date": <ms | ISO string |
 * {"$numberLong": "..."}>}}, {@code {"$numberInt"|"$numberLong"|"$numberDouble": "..."}},
 * {@code {"$regularExpression": {"pattern", "options"}}} and {@code {"$tcb_server_date": {"offset"}}}. Writing has
 * two date styles: {@link DateStyle#EXTENDED} ({@code {"$date": ms}}, lossless, for storage and fixtures) and
 * {@link DateStyle#ISO_STRING} (what {@code JSON.stringify} gives a cloud function's caller).
 */
public final class JsonCodec {
    /** How dates are written. */
    public enum DateStyle {
        /** {@code {"$date": <epoch millis>}}. */
        EXTENDED,
        /** {@code "2024-03-17T02:20:30.000Z"}, as JavaScript's {@code Date#toJSON}. */
        ISO_STRING
    }

    /**
     * The deepest JSON MiniCloud reads or writes. Deep enough that the database's own limit of 100 levels answers
     * first with the service's error; shallow enough that reading it recursively never threatens the stack.
     */
    public static final int MAX_NESTING = 1000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING).build())
            .build();

    /** JavaScript's {@code Date#toISOString} format. */
    public static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private JsonCodec() {}

    /**
     * Parses JSON text, reading the extended forms.
     *
     * @param frozen whether objects and arrays come back unmodifiable (as stored documents are)
     * @throws JsonSyntaxException if the text is not one JSON value
     */
    public static Object parse(String text, boolean frozen) {
        return parse(text, frozen, true);
    }

    /**
     * Parses JSON text.
     *
     * @param frozen whether objects and arrays come back unmodifiable (as stored documents are)
     * @param extended whether {@code {"$date": ...}} and the other extended forms become typed values; plain JSON
     *     (what a cloud function returns) keeps them as objects
     * @throws JsonSyntaxException if the text is not one JSON value
     */
    public static Object parse(String text, boolean frozen, boolean extended) {
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new JsonSyntaxException("empty JSON text");
            }
            Object value = readValue(p, t, frozen, extended);
            if (p.nextToken() != null) {
                throw new JsonSyntaxException("unexpected text after the JSON value at " + location(p));
            }
            return value;
        } catch (JsonParseException e) {
            throw new JsonSyntaxException(e.getOriginalMessage() + " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr());
        } catch (StreamConstraintsException e) {
            throw new JsonTooDeepException(e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String location(Object processor) {
        if (processor instanceof JsonParser p) {
            return "line " + p.currentLocation().getLineNr() + ", column " + p.currentLocation().getColumnNr();
        }
        return "unknown position";
    }

    private static Object readValue(JsonParser p, JsonToken t, boolean frozen, boolean extended)
            throws IOException {
        switch (t) {
            case START_OBJECT:
                return readObject(p, frozen, extended);
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                JsonToken e;
                while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
                    list.add(readValue(p, e, frozen, extended));
                }
                return frozen ? Collections.unmodifiableList(list) : list;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.INT
                        ? Integer.valueOf(p.getIntValue())
                        : Numbers.canonical(p.getNumberValue());
            case VALUE_NUMBER_FLOAT:
                return Numbers.ofDouble(p.getDoubleValue());
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new JsonSyntaxException("unexpected " + t + " at " + location(p));
        }
    }

    private static Object readObject(JsonParser p, boolean frozen, boolean extended) throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        JsonToken t = p.nextToken();
        if (extended && t == JsonToken.FIELD_NAME && p.currentName().startsWith("$")) {
            String name = p.currentName();
            Object value = readValue(p, p.nextToken(), false, true);
            t = p.nextToken();
            if (t == JsonToken.END_OBJECT) {
                Object special = extendedValue(name, value);
                if (special != null) {
                    return special;
                }
            }
            map.put(name, freeze(value, frozen));
        }
        for (; t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            map.put(name, readValue(p, p.nextToken(), frozen, extended));
        }
        return frozen ? FrozenMap.copyOf(map) : map;
    }

    private static Object freeze(Object value, boolean frozen) {
        if (!frozen) {
            return value;
        }
        if (value instanceof Map<?, ?> m) {
            return Frozen.map(m);
        }
        if (value instanceof List<?> l) {
            List<Object> copy = new ArrayList<>(l.size());
            l.forEach(v -> copy.add(freeze(v, true)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }

    /**
     * The typed value an extended-JSON object of one member stands for ({@code {"$date": ...}} a date, and the other
     * forms {@link #parse(String, boolean)} reads), or null when {@code {name: value}} is a plain object.
     */
    public static Object extendedValue(String name, Object value) {
        switch (name) {
            case "$date":
                return date(value);
            case "$numberLong":
            case "$numberInt":
                return value instanceof String s ? Numbers.canonical(Long.parseLong(s.trim())) : null;
            case "$numberDouble":
                return value instanceof String s ? Numbers.ofDouble(Double.parseDouble(s.trim())) : null;
            case "$regularExpression":
                if (value instanceof Map<?, ?> m && m.get("pattern") instanceof String pattern) {
                    Object options = m.get("options");
                    return RegExp.of(pattern, options instanceof String o ? o : "");
                }
                return null;
            case "$tcb_server_date":
                if (value instanceof Map<?, ?> m) {
                    Object offset = m.get("offset");
                    return new ServerDate(offset instanceof Number n ? n.longValue() : 0);
                }
                return null;
            default:
                return null;
        }
    }

    private static Instant date(Object value) {
        if (value instanceof Number n) {
            return Instant.ofEpochMilli(n.longValue());
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof String s) {
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException e) {
                throw new JsonSyntaxException("{\"$date\": \"" + s + "\"} is not an ISO-8601 instant");
            }
        }
        return null;
    }

    /** Writes a value as compact JSON text. */
    public static String write(Object value, DateStyle dates) {
        StringWriter out = new StringWriter(128);
        write(value, dates, out, false);
        return out.toString();
    }

    /** Writes a value as JSON text, indented when {@code pretty}. */
    public static void write(Object value, DateStyle dates, Writer out, boolean pretty) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            writeValue(g, value, dates);
        } catch (StreamConstraintsException e) {
            throw new JsonTooDeepException("cannot write a value nested more than " + MAX_NESTING
                    + " levels deep as JSON");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeValue(JsonGenerator g, Object v, DateStyle dates) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Integer i) {
            g.writeNumber(i);
        } else if (v instanceof Long l) {
            g.writeNumber(l);
        } else if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                g.writeNull();
            } else {
                g.writeNumber(d);
            }
        } else if (v instanceof Number n) {
            writeValue(g, Numbers.canonical(n), dates);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                writeValue(g, e.getValue(), dates);
            }
            g.writeEndObject();
        } else if (v instanceof List<?> l) {
            g.writeStartArray();
            for (Object e : l) {
                writeValue(g, e, dates);
            }
            g.writeEndArray();
        } else if (v instanceof Instant i) {
            if (dates == DateStyle.EXTENDED) {
                g.writeStartObject();
                g.writeNumberField("$date", i.toEpochMilli());
                g.writeEndObject();
            } else {
                g.writeString(ISO_MILLIS.format(i));
            }
        } else if (v instanceof RegExp r) {
            g.writeStartObject();
            g.writeObjectFieldStart("$regularExpression");
            g.writeStringField("pattern", r.regexp());
            g.writeStringField("options", r.options());
            g.writeEndObject();
            g.writeEndObject();
        } else if (v instanceof Geo geo) {
            writeValue(g, geo.toGeoJson(), dates);
        } else if (v instanceof ServerDate d) {
            g.writeStartObject();
            g.writeObjectFieldStart("$tcb_server_date");
            g.writeNumberField("offset", d.offsetMillis());
            g.writeEndObject();
            g.writeEndObject();
        } else {
            throw new IllegalArgumentException("cannot write " + v.getClass().getName() + " as JSON");
        }
    }
}
