package dev.minicloud.emulator.internal.functions.triggers;

import dev.minicloud.emulator.internal.common.json.JsonCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code triggers} of a function's {@code config.json} with the rules the WeChat developer tools apply when
 * they upload it: at most one trigger, of type {@code timer}, named with a letter then letters, digits, {@code -} or
 * {@code _} (60 characters at most), with a valid cron expression.
 */
public final class TriggerConfig {
    private TriggerConfig() {}

    /**
     * The timer triggers of the function in {@code dir}.
     *
     * @throws IllegalArgumentException naming the function and what is wrong
     */
    public static List<TriggerSpec> read(String function, Path dir) {
        Path file = dir.resolve("config.json");
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        Object config;
        try {
            config = JsonCodec.parse(Files.readString(file), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            // A config.json that is not JSON is ignored, as for the timeout.
            return List.of();
        }
        if (!(config instanceof Map<?, ?> map) || !map.containsKey("triggers")) {
            return List.of();
        }
        if (!(map.get("triggers") instanceof List<?> list)) {
            throw invalid(function, "'triggers' must be an array");
        }
        if (list.size() > 1) {
            throw invalid(function, "only one trigger per function is supported, this config.json declares "
                    + list.size());
        }
        List<TriggerSpec> specs = new ArrayList<>();
        for (Object item : list) {
            specs.add(spec(function, item));
        }
        return List.copyOf(specs);
    }

    private static TriggerSpec spec(String function, Object item) {
        if (!(item instanceof Map<?, ?> t)) {
            throw invalid(function, "a trigger must be an object with name, type and config");
        }
        if (!(t.get("name") instanceof String name) || !name.matches("[A-Za-z][A-Za-z0-9_-]{0,59}")) {
            throw invalid(function, "trigger name " + describe(t.get("name")) + " must start with a letter and"
                    + " have at most 60 letters, digits, '-' and '_'");
        }
        if (!"timer".equals(t.get("type"))) {
            throw invalid(function, "trigger '" + name + "' has type " + describe(t.get("type"))
                    + "; only 'timer' is supported");
        }
        if (!(t.get("config") instanceof String config)) {
            throw invalid(function, "trigger '" + name + "' needs a cron expression in 'config'");
        }
        try {
            return new TriggerSpec(function, name, CronExpression.parse(config));
        } catch (IllegalArgumentException e) {
            throw invalid(function, "trigger '" + name + "' has an invalid cron expression '" + config + "': "
                    + e.getMessage());
        }
    }

    private static String describe(Object value) {
        return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    }

    private static IllegalArgumentException invalid(String function, String message) {
        return new IllegalArgumentException("function '" + function + "': config.json: " + message);
    }
}
