package dev.minicloud.emulator.cli;

import dev.minicloud.emulator.json.Json;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A function's event as typed: JSON text, or {@code @} and the path of a file holding it. Mistakes are told in the
 * terms of what was typed, never of the Java that read it.
 */
final class EventArgument {
    /** What a person should have typed instead. */
    private static final String EXAMPLE = "the event must be a JSON object, e.g. {\"action\": \"list\"}";
    private static final Pattern LOCATION = Pattern.compile(" at line (\\d+), column (\\d+)$");
    private static final Pattern CHARACTER = Pattern.compile("\\('(.)' \\(code \\d+\\)\\)");
    /** Longer JSON text is cut when a message repeats it. */
    private static final int SHOWN = 40;

    private EventArgument() {}

    /**
     * The event {@code text} stands for.
     *
     * @param typed how the text was given, for messages: {@code --event} or {@code .call todos}
     * @throws UsageException if the file cannot be read or the text is not a JSON object
     */
    static Map<String, Object> parse(String typed, String text, Path workingDirectory) {
        String json = text;
        String source = typed + " " + shown(text);
        if (text.startsWith("@")) {
            Path file = workingDirectory.resolve(text.substring(1)).normalize();
            source = typed + " " + text + ": " + file;
            json = read(source, file);
        }
        Object value;
        try {
            value = Json.parse(json);
        } catch (IllegalArgumentException e) {
            throw new UsageException(source + " is not valid JSON: " + syntax(e.getMessage(), json), e);
        }
        if (!(value instanceof Map)) {
            throw new UsageException(source + " is " + kind(value) + "; " + EXAMPLE);
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> event = (Map<String, Object>) value;
        return event;
    }

    private static String read(String source, Path file) {
        if (Files.isDirectory(file)) {
            throw new UsageException(source + " is a folder, not a file");
        }
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new UsageException(source + " does not exist", e);
        } catch (AccessDeniedException e) {
            throw new UsageException(source + " cannot be read: permission denied", e);
        } catch (IOException e) {
            throw new UsageException(source + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static String shown(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "...";
    }

    private static String kind(Object value) {
        if (value instanceof List) {
            return "a JSON array";
        }
        if (value instanceof String) {
            return "a JSON string";
        }
        if (value instanceof Number) {
            return "a number";
        }
        return value == null ? "null" : value.toString();
    }

    /** The parser's complaint about {@code json}, said without its internals and pointing into the text. */
    static String syntax(String message, String json) {
        if (message.startsWith("Unexpected end-of-input")) {
            String missing = message.contains("close marker for Object") ? "a closing }"
                    : message.contains("close marker for Array") ? "a closing ]" : "the rest of a value";
            return "it ends too early (" + missing + " is missing)";
        }
        if (message.equals("empty JSON text")) {
            return "it is empty";
        }
        String said = CHARACTER.matcher(message).replaceAll("'$1'");
        Matcher at = LOCATION.matcher(said);
        if (at.find() && json.lines().count() <= 1) {
            said = said.substring(0, at.start()) + " at character " + at.group(2);
        }
        return said.substring(0, 1).toLowerCase(Locale.ROOT) + said.substring(1);
    }
}
