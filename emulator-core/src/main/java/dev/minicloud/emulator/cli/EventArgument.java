package dev.minicloud.emulator.cli;

import dev.minicloud.emulator.json.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A function's event as typed: JSON text, or {@code @} and the path of a file holding it. */
final class EventArgument {
    private EventArgument() {}

    /**
     * The event {@code text} stands for.
     *
     * @throws UsageException if the file cannot be read or the JSON is not an object
     */
    static Map<String, Object> parse(String text, Path workingDirectory) {
        String json = text;
        String source = "the event";
        if (text.startsWith("@")) {
            Path file = workingDirectory.resolve(text.substring(1)).normalize();
            source = "the event file " + file;
            try {
                json = Files.readString(file);
            } catch (IOException e) {
                throw new UsageException("cannot read " + source + ": " + e, e);
            }
        }
        try {
            return Json.parseObject(json);
        } catch (IllegalArgumentException e) {
            throw new UsageException(source + " is not a JSON object: " + e.getMessage(), e);
        }
    }
}
