package dev.minicloud.emulator.json;

import dev.minicloud.emulator.internal.common.json.JsonCodec;
import dev.minicloud.emulator.internal.common.json.JsonCodec.DateStyle;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/**
 * JSON text to and from the plain Java values MiniCloud uses for documents: {@code Map} (key order kept),
 * {@code List}, {@code String}, {@code Number}, {@code Boolean}, {@code null}, and {@link java.time.Instant} for
 * dates.
 *
 * <p>Numbers follow JavaScript: an integral value comes back as {@code Integer} (or {@code Long}), any other as
 * {@code Double}. Dates are read from the console's export form {@code {"$date": <ms or ISO string>}}.
 *
 * <pre>{@code
 * Map<String, Object> todo = Json.parseObject("{\"title\": \"a\", \"due\": {\"$date\": \"2024-03-17T00:00:00Z\"}}");
 * String text = Json.stringify(todo);   // {"title":"a","due":"2024-03-17T00:00:00.000Z"}
 * }</pre>
 */
public final class Json {
    private Json() {}

    /**
     * Parses JSON text into modifiable plain values.
     *
     * @throws IllegalArgumentException if the text is not one JSON value
     */
    public static Object parse(String text) {
        return JsonCodec.parse(text, false);
    }

    /**
     * Parses a JSON object.
     *
     * @throws IllegalArgumentException if the text is not a JSON object
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseObject(String text) {
        Object v = parse(text);
        if (!(v instanceof Map)) {
            throw new IllegalArgumentException("expected a JSON object, got " + describe(v));
        }
        return (Map<String, Object>) v;
    }

    /**
     * Parses a JSON array.
     *
     * @throws IllegalArgumentException if the text is not a JSON array
     */
    @SuppressWarnings("unchecked")
    public static List<Object> parseArray(String text) {
        Object v = parse(text);
        if (!(v instanceof List)) {
            throw new IllegalArgumentException("expected a JSON array, got " + describe(v));
        }
        return (List<Object>) v;
    }

    private static String describe(Object v) {
        return v == null ? "null" : v.getClass().getSimpleName();
    }

    /** Compact JSON as {@code JSON.stringify} writes it: dates become ISO-8601 strings. */
    public static String stringify(Object value) {
        return JsonCodec.write(value, DateStyle.ISO_STRING);
    }

    /** Indented JSON, dates as ISO-8601 strings. */
    public static String stringifyPretty(Object value) {
        StringWriter out = new StringWriter();
        JsonCodec.write(value, DateStyle.ISO_STRING, out, true);
        return out.toString();
    }

    /** Compact JSON that keeps dates as dates: {@code {"$date": <ms>}}, as the console exports them. */
    public static String stringifyExtended(Object value) {
        return JsonCodec.write(value, DateStyle.EXTENDED);
    }
}
