package dev.minicloud.emulator.internal.functions.runtime;

import com.google.debugging.sourcemap.SourceMapConsumerV3;
import com.google.debugging.sourcemap.SourceMapParseException;
import com.google.debugging.sourcemap.proto.Mapping.OriginalMapping;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites Rhino's stack traces of transpiled code back to the original files and lines, in Node's format
 * ({@code "    at fn (index.js:12)"}), dropping the frames of Closure's runtime and MiniCloud's preludes. Rhino
 * reports lines only; the first mapping on a generated line gives the original line. Source maps are parsed on the
 * first error that needs them.
 */
public final class StackMapper {
    private static final Pattern RHINO_FRAME = Pattern.compile("^\\s*at (\\S+?):(\\d+)(?: \\((.*)\\))?\\s*$");

    private final Map<String, String> maps = new HashMap<>();
    private final Map<String, SourceMapConsumerV3> parsed = new HashMap<>();
    private final String prefix;

    /** @param prefix the part of script names to hide, e.g. {@code "login/"} */
    public StackMapper(String prefix) {
        this.prefix = prefix;
    }

    public void register(String scriptName, String sourceMapJson) {
        maps.put(scriptName, sourceMapJson);
    }

    /** Node-style frames for a Rhino stack string. */
    List<String> frames(String rhinoStack) {
        List<String> out = new ArrayList<>();
        if (rhinoStack == null) {
            return out;
        }
        for (String line : rhinoStack.split("\n")) {
            Matcher m = RHINO_FRAME.matcher(line);
            if (m.matches()) {
                String frame = frame(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
                if (frame != null) {
                    out.add(frame);
                }
            }
        }
        return out;
    }

    /** One Node-style frame, or null for frames of the runtime that a user should not see. */
    String frame(String file, int line, String function) {
        if (!file.startsWith(prefix) && !maps.containsKey(file)) {
            return null;
        }
        int original = originalLine(file, line);
        String shown = file.startsWith(prefix) ? file.substring(prefix.length()) : file;
        String location = shown + ":" + original;
        return function == null || function.isEmpty() || function.equals("null")
                ? "    at " + location : "    at " + function + " (" + location + ")";
    }

    private int originalLine(String file, int line) {
        String json = maps.get(file);
        if (json == null) {
            return line;
        }
        SourceMapConsumerV3 consumer = parsed.computeIfAbsent(file, f -> {
            SourceMapConsumerV3 c = new SourceMapConsumerV3();
            try {
                c.parse(json);
            } catch (SourceMapParseException e) {
                return null;
            }
            return c;
        });
        if (consumer == null) {
            return line;
        }
        for (int column = 1; column < 400; column++) {
            OriginalMapping m = consumer.getMappingForLine(line, column);
            if (m != null) {
                return m.getLineNumber();
            }
        }
        return line;
    }
}
